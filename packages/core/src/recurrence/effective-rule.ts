import { civilDate, DAY_SECONDS, weekdayOf } from "./calendar.js";
import type { RecurrenceRule } from "./rule.js";

/** DTSTART's calendar and clock fields, which fill the parts a rule leaves out. */
export interface StartFields {
  /** Floating seconds since 1970-01-01T00:00 (wall clock). */
  readonly seconds: number;
  /** Day number. */
  readonly day: number;
  /** Year, month (1..12) and day of the month. */
  readonly year: number;
  readonly month: number;
  readonly dayOfMonth: number;
  /** Clock fields. */
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The fields of a floating instant given in whole seconds. */
export function startFields(seconds: number): StartFields {
  const day = Math.floor(seconds / DAY_SECONDS);
  const ofDay = seconds - day * DAY_SECONDS;
  const { year, month, day: dayOfMonth } = civilDate(day);
  return { seconds, day, year, month, dayOfMonth, hour: Math.floor(ofDay / 3600), minute: Math.floor(ofDay / 60) % 60, second: ofDay % 60 };
}

const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/**
 * The rule with the parts DTSTART supplies (RFC 5545 §3.3.10: "information, not contained
 * in the rule, necessary to determine the various recurrence instance start time and dates
 * are derived from the Start Time"): a YEARLY rule without day parts recurs on DTSTART's
 * month and day, a MONTHLY one on its day of the month, a WEEKLY one on its weekday; a
 * frequency coarser than the hour/minute/second takes DTSTART's. BY lists come sorted.
 */
export function effectiveRule(rule: RecurrenceRule, start: StartFields): RecurrenceRule {
  const dayParts = rule.byWeekNo.length + rule.byYearDay.length + rule.byMonthDay.length + rule.byDay.length;
  let { byMonth, byMonthDay, byDay } = rule;
  if (dayParts === 0 && rule.freq === "YEARLY") {
    if (byMonth.length === 0) byMonth = [start.month];
    byMonthDay = [start.dayOfMonth];
  } else if (dayParts === 0 && rule.freq === "MONTHLY") byMonthDay = [start.dayOfMonth];
  else if (dayParts === 0 && rule.freq === "WEEKLY") byDay = [{ weekday: weekdayOf(start.day) }];
  const coarserThan = (freq: "HOURLY" | "MINUTELY" | "SECONDLY"): boolean => {
    const order = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"];
    return order.indexOf(rule.freq) > order.indexOf(freq);
  };
  const byHour = rule.byHour.length === 0 && coarserThan("HOURLY") ? [start.hour] : rule.byHour;
  const byMinute = rule.byMinute.length === 0 && coarserThan("MINUTELY") ? [start.minute] : rule.byMinute;
  const bySecond = rule.bySecond.length === 0 && coarserThan("SECONDLY") ? [start.second] : rule.bySecond;
  return {
    ...rule,
    byMonth: ascending(byMonth),
    byMonthDay,
    byDay,
    byHour: ascending(byHour),
    byMinute: ascending(byMinute),
    bySecond: ascending(bySecond),
  };
}
