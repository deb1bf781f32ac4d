import { minutesOfDay, WEEKDAYS, type Weekday, type WeeklyWindow } from "@lontar/core";
import { readInstant } from "../export/instant.js";
import { mergeWindows } from "./merge-windows.js";
import { dayNumber, weekdayIndex } from "./periods.js";

/** A session as its library's clock reads it: the local date, weekday and times, `HH:mm`. */
export interface LocalSession {
  /** Local date of the start, `YYYY-MM-DD`. */
  readonly date: string;
  /** Its day of the week. */
  readonly weekday: Weekday;
  /** Local start, `HH:mm`. */
  readonly start: string;
  /** Local end, `HH:mm` (of the end's own day). */
  readonly end: string;
  /** Local date of the end, `YYYY-MM-DD`: later than `date` for a session past midnight. */
  readonly endDate: string;
}

/**
 * A session's end as a reader checks it against a closing time: its time, with its date
 * when it ends on a later day than it starts (a session past midnight).
 *
 * @example localEnd({ date: "2027-02-02", weekday: "tue", start: "09:00", end: "15:00", endDate: "2027-02-03" }) // "2027-02-03 15:00"
 */
export function localEnd(session: LocalSession): string {
  return session.endDate === session.date ? session.end : `${session.endDate} ${session.end}`;
}

/**
 * How a session falls outside its library's opening hours, in the terms a reader checks
 * against the `open` line: the library is closed that whole day; it closes before the
 * session ends; it opens after the session starts; or (a gap between two windows, a
 * session across midnight) it is open only at the hours listed.
 */
export type OpeningGap =
  | { readonly kind: "closedDay"; readonly session: LocalSession }
  | { readonly kind: "closesBefore"; readonly session: LocalSession; readonly closes: string }
  | { readonly kind: "opensAfter"; readonly session: LocalSession; readonly opens: string }
  | { readonly kind: "outside"; readonly session: LocalSession; readonly hours: readonly { readonly start: string; readonly end: string }[] };

/**
 * How the session from `start` to `end` (ISO instants with the library's offset, as a
 * planned occurrence carries them) falls outside `openingHours`; undefined when it lies
 * inside the hours (windows of one day that overlap or touch count as one), when the library declares no hours (always open), or when an
 * instant cannot be read. A session may end at the closing time.
 *
 * @example openingGap(library.openingHours, "2019-05-05T10:00:00+07:00", "2019-05-05T12:00:00+07:00")?.kind // "closedDay" (a Sunday)
 */
export function openingGap(openingHours: readonly WeeklyWindow[], start: string, end: string): OpeningGap | undefined {
  if (openingHours.length === 0) return undefined;
  const from = readInstant(start);
  const to = readInstant(end);
  if (from === undefined || to === undefined) return undefined;
  const weekday = WEEKDAYS[weekdayIndex(from.date)] ?? "mon";
  const session: LocalSession = { date: from.date, weekday, start: from.time, end: to.time, endDate: to.date };
  const startMin = minutesOfDay(from.time);
  const endMin = minutesOfDay(to.time) + 1440 * (dayNumber(to.date) - dayNumber(from.date));
  const today = mergeWindows(openingHours)
    .filter((w) => w.days.includes(weekday))
    .map((w) => ({ start: w.time.start, end: w.time.end, startMin: minutesOfDay(w.time.start), endMin: minutesOfDay(w.time.end) }))
    .sort((a, b) => a.startMin - b.startMin || a.endMin - b.endMin);
  if (today.length === 0) return { kind: "closedDay", session };
  if (today.some((w) => startMin >= w.startMin && endMin <= w.endMin)) return undefined;
  // The window the session starts in closes too early; or the session starts before the window it ends in opens.
  const startsIn = today.filter((w) => startMin >= w.startMin && startMin < w.endMin).sort((a, b) => b.endMin - a.endMin)[0];
  if (startsIn !== undefined) return { kind: "closesBefore", session, closes: startsIn.end };
  const endsIn = today.filter((w) => endMin > w.startMin && endMin <= w.endMin).sort((a, b) => a.startMin - b.startMin)[0];
  if (endsIn !== undefined) return { kind: "opensAfter", session, opens: endsIn.start };
  return { kind: "outside", session, hours: today.map((w) => ({ start: w.start, end: w.end })) };
}
