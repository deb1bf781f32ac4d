import { dayNumber as civilDayNumber, type Period } from "@lontar/core";

import type { DateSpan } from "../plan/date-span.js";

export type { DateSpan };

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const DAY_MS = 86_400_000;

function parse(date: string): { y: number; m: number; d: number } {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

/** Epoch ms of midnight UTC of a date; years 0-99 too (`Date.UTC` would read them as 1900-1999). */
export function utcMidnight(y: number, m: number, d: number): number {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getTime();
}

/** The number written in `date` from `at`, `length` digits long (NaN when one is not a digit). */
function digits(date: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const c = date.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/** Days since 1970-01-01 of a calendar date (pure arithmetic: no host zone involved, no allocation: it runs per occurrence). */
export function dayNumber(date: string): number {
  return civilDayNumber(digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2));
}

/** The calendar date of a day number. */
export function dateOfDay(day: number): string {
  const t = new Date(day * DAY_MS);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** ISO weekday index of a date: 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  return (((dayNumber(date) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; before 1970 the remainder is negative
}

/**
 * The calendar period containing `date`: weeks run Monday-Sunday, semesters are
 * January-June and July-December.
 *
 * @example periodOf("2025-05-14", "quarter") // { from: "2025-04-01", to: "2025-06-30" }
 */
export function periodOf(date: string, per: Period): DateSpan {
  const { y, m } = parse(date);
  const monthsSpan = (first: number, count: number): DateSpan => {
    const last = new Date(Date.UTC(y, first - 1 + count, 0));
    return { from: `${pad(y, 4)}-${pad(first)}-01`, to: `${pad(y, 4)}-${pad(first + count - 1)}-${pad(last.getUTCDate())}` };
  };
  switch (per) {
    case "day":
      return { from: date, to: date };
    case "week": {
      const monday = dayNumber(date) - weekdayIndex(date);
      return { from: dateOfDay(monday), to: dateOfDay(monday + 6) };
    }
    case "month":
      return monthsSpan(m, 1);
    case "quarter":
      return monthsSpan(firstMonth(m, per), 3);
    case "semester":
      return monthsSpan(firstMonth(m, per), 6);
    case "year":
      return monthsSpan(1, 12);
  }
}

/** The first month of the period of kind `per` (a month or longer) that month `m` (1–12) is in. */
function firstMonth(m: number, per: Period): number {
  switch (per) {
    case "month":
      return m;
    case "quarter":
      return Math.floor((m - 1) / 3) * 3 + 1;
    case "semester":
      return m <= 6 ? 1 : 7;
    default:
      return 1;
  }
}

/**
 * The day number (days since 1970-01-01) of the first day of the period of kind `per` that
 * contains `date` (`YYYY-MM-DD`, whose ISO weekday index, 0 = Monday, is `weekday`): the
 * first day of {@link periodOf} as a number, with no string built (the solver asks per probe).
 */
export function periodStartDay(date: string, weekday: number, per: Period): number {
  if (per === "day") return dayNumber(date);
  if (per === "week") return dayNumber(date) - weekday;
  return civilDayNumber(digits(date, 0, 4), firstMonth(digits(date, 5, 2), per), 1);
}

/** The most days a period of each kind has: how far apart two dates in one period can be. */
export const PERIOD_DAYS_AT_MOST: Readonly<Record<Period, number>> = { day: 1, week: 7, month: 31, quarter: 92, semester: 184, year: 366 };

/** Days in a period of each kind on average (a year of 365.25 days): the share of a period a span of days holds. */
export const PERIOD_DAYS_ON_AVERAGE: Readonly<Record<Period, number>> = { day: 1, week: 7, month: 365.25 / 12, quarter: 365.25 / 4, semester: 365.25 / 2, year: 365.25 };

/** A stable key of the period containing `date` (its first day). */
export function periodKey(date: string, per: Period): string {
  return per === "day" ? date : periodOf(date, per).from;
}

/**
 * The periods of kind `per` that meet `span`, in order, bounded to `limit` periods
 * (a daily period over decades must not run away). Each is returned whole, with
 * `inside` true when it lies entirely within `span`.
 */
export function periodsMeeting(span: DateSpan, per: Period, limit = 20_000): { period: DateSpan; inside: boolean }[] {
  const out: { period: DateSpan; inside: boolean }[] = [];
  let cursor = span.from;
  while (cursor <= span.to && out.length < limit) {
    const period = periodOf(cursor, per);
    out.push({ period, inside: period.from >= span.from && period.to <= span.to });
    cursor = dateOfDay(dayNumber(period.to) + 1);
  }
  return out;
}

/** The dates of an inclusive span, in order. */
export function datesOf(span: DateSpan): string[] {
  const dates: string[] = [];
  for (let day = dayNumber(span.from), last = dayNumber(span.to); day <= last; day++) dates.push(dateOfDay(day));
  return dates;
}

/** The overlap of two spans, or undefined. */
export function intersect(a: DateSpan, b: DateSpan): DateSpan | undefined {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : undefined;
}
