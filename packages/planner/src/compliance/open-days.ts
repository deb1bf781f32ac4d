import { WEEKDAYS, type Agreement, type Workspace } from "@lontar/core";
import { closureCalendar } from "../expand/closures.js";
import { dateOfDay, dayNumber, weekdayIndex, type DateSpan } from "../calendar/periods.js";

/** Whether a library is open on a local date (`YYYY-MM-DD`): see {@link agreementOpenDays}. */
export type OpenDayTest = (date: string) => boolean;

/**
 * The days an agreement's library is open: not closed (a holiday or cuti bersama it closes on,
 * a closure), on a weekday of its opening hours (any day, when it declares none). What lowers
 * the share a period held only in part asks for: a week of which the agreement holds Friday 1
 * January (a holiday) to Sunday holds no day the library works, and asks for none of a weekly
 * minimum (a walk of stop 56: every "2 sessions a week" agreement of 2027 failed its first week).
 * Undefined when the agreement's library is not among the workspace's (a model built by an app).
 *
 * @example agreementOpenDays(workspace, agreement)?.("2027-01-01") // false: Tahun Baru
 */
export function agreementOpenDays(workspace: Workspace, agreement: Agreement): OpenDayTest | undefined {
  const library = workspace.libraries.find((l) => l.id === agreement.library);
  if (library === undefined) return undefined;
  const closures = closureCalendar(library);
  const days = new Set(library.openingHours.flatMap((w) => w.days));
  const works = (date: string): boolean => library.openingHours.length === 0 || days.has(WEEKDAYS[weekdayIndex(date)] ?? "mon");
  return (date) => works(date) && closures.closedOn(date) === undefined;
}

/** How many days of `span` `open` accepts (a period is at most a year: at most 366 days are read). */
export function openDaysIn(span: DateSpan, open: OpenDayTest): number {
  let count = 0;
  const last = dayNumber(span.to);
  for (let day = dayNumber(span.from); day <= last; day++) if (open(dateOfDay(day))) count++;
  return count;
}
