import { Settings } from "luxon";

/**
 * Gives luxon a fixed locale for the rest of the process. The command reads and writes
 * dates only in fixed numeric formats, so the host's locale has nothing to add; without
 * one luxon asks `Intl` for the system's on its first date, which alone costs about as
 * much as checking a small file, and could make digits depend on the host.
 */
export function fixCalendarLocale(): void {
  Settings.defaultLocale = "en-US";
}
