import { type Library, WEEKDAYS, minutesOfDay } from "@lontar/core";
import type { Occurrence } from "./occurrence.js";

/**
 * True when the occurrence lies inside one of the library's weekly opening windows
 * (same local day, start at or after the opening, end at or before the closing). A
 * library that declares no opening hours is taken as always open.
 */
export function withinOpeningHours(occurrence: Occurrence, library: Pick<Library, "openingHours">): boolean {
  if (library.openingHours.length === 0) return true;
  const day = WEEKDAYS[(new Date(`${occurrence.localDate}T00:00:00Z`).getUTCDay() + 6) % 7];
  const start = minutesOfDay(occurrence.localStart);
  const minutes = Math.round((occurrence.endMs - occurrence.startMs) / 60_000);
  return library.openingHours.some(
    (window) => day !== undefined && window.days.includes(day) && minutesOfDay(window.time.start) <= start && start + minutes <= minutesOfDay(window.time.end),
  );
}
