import { minutesOfDay, WEEKDAYS, type FlexibleSchedule, type Library, type Program } from "@lontar/core";
import { mergeWindows } from "../calendar/merge-windows.js";
import { datesOf, intersect, weekdayIndex, type DateSpan } from "../calendar/periods.js";
import { closureCalendar } from "../expand/closures.js";

/** A day a flexible schedule's windows allow, on which its library is closed, and why. */
export interface ClosedWindowDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The holiday's name or the closure's reason. */
  readonly detail: string;
}

/**
 * The days in `horizon` that a program's flexible schedules allow (a window on that
 * weekday long enough for the session, inside the schedule's `from`/`until`), when every
 * one of them is a holiday or a closure of the program's library: the first `limit` of
 * them with why. Undefined when the program has no flexible schedule that skips closures,
 * when its windows allow no day at all (a narrow window, dates outside the horizon: the
 * schedule itself gives nothing), or when some allowed day is open.
 *
 * @example closedWindowDays(program, library, { from: "2027-01-01", to: "2027-12-31" }, 3) // [{ date: "2027-03-15", detail: "Cuti bersama Idul Fitri" }]
 */
export function closedWindowDays(program: Program, library: Pick<Library, "closures" | "openOnCollectiveLeave">, horizon: DateSpan, limit: number): ClosedWindowDay[] | undefined {
  const flexible = program.schedules.filter((s): s is FlexibleSchedule => s.kind === "flexible");
  if (flexible.length === 0 || flexible.length !== program.schedules.length || flexible.some((s) => !s.skipClosures)) return undefined;
  const closures = closureCalendar(library);
  const closed: ClosedWindowDay[] = [];
  let allowed = 0;
  for (const schedule of flexible) {
    const span = schedule.within === undefined ? horizon : intersect(schedule.within, horizon);
    if (span === undefined) continue;
    const fits = new Set(mergeWindows(schedule.windows).flatMap((w) => (minutesOfDay(w.time.end) - minutesOfDay(w.time.start) >= schedule.durationMinutes ? w.days : [])));
    for (const date of datesOf(span)) {
      const day = WEEKDAYS[weekdayIndex(date)];
      if (day === undefined || !fits.has(day)) continue;
      allowed++;
      const why = closures.closedOn(date);
      if (why === undefined) return undefined;
      if (closed.length < limit) closed.push({ date, detail: why.detail });
    }
  }
  return allowed === 0 ? undefined : closed;
}
