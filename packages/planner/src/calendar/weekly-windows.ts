import { type WeeklyWindow, WEEKDAYS, minutesOfDay } from "@lontar/core";
import { mergeWindows } from "./merge-windows.js";

/** A weekly window in numbers: a weekday bit mask (bit 0 = Monday) and minutes of the day. */
export interface NumericWindow {
  /** Bit i set when ISO weekday i (0 = Monday) is included. */
  readonly days: number;
  /** Start minute, inclusive. */
  readonly start: number;
  /** End minute, exclusive. */
  readonly end: number;
}

/** A span of one day in numbers: ISO weekday (0 = Monday) and minutes after midnight. */
export interface DaySpan {
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** Start minute. */
  readonly startMin: number;
  /** End minute: above 1440 when the span runs past midnight. */
  readonly endMin: number;
}

/**
 * Weekly windows (opening hours, availability) as numbers, read once so that testing a
 * million occurrences against them parses no text. Windows of one day that overlap or
 * touch are merged first ({@link mergeWindows}), so a span inside their union is inside.
 *
 * @example numericWindows([{ days: ["mon"], time: { start: "08:00", end: "16:00" } }]) // [{ days: 1, start: 480, end: 960 }]
 */
export function numericWindows(windows: readonly WeeklyWindow[]): NumericWindow[] {
  return mergeWindows(windows).map((w) => ({ days: w.days.reduce((mask, d) => mask | (1 << WEEKDAYS.indexOf(d)), 0), start: minutesOfDay(w.time.start), end: minutesOfDay(w.time.end) }));
}

/** True when the span lies wholly inside one of the windows; an empty list means always. */
export function withinSpans(span: DaySpan, windows: readonly NumericWindow[]): boolean {
  if (windows.length === 0) return true;
  for (const w of windows) if ((w.days & (1 << span.weekday)) !== 0 && span.startMin >= w.start && span.endMin <= w.end) return true;
  return false;
}
