import type { Period } from "@lontar/core";
import { DateTime } from "luxon";

import type { DateSpan } from "../plan/date-span.js";

export type { DateSpan };

const unitOf = { day: "day", week: "week", month: "month", quarter: "quarter", year: "year" } as const;

function periodStart(date: DateTime, per: Period): DateTime {
  if (per === "semester") return date.set({ month: date.month <= 6 ? 1 : 7, day: 1 }).startOf("day");
  // luxon's weeks start on Monday (ISO), as the model's weeks do.
  return date.startOf(unitOf[per]);
}

function periodEnd(start: DateTime, per: Period): DateTime {
  return per === "semester" ? start.plus({ months: 6 }).minus({ days: 1 }) : start.endOf(unitOf[per]).startOf("day");
}

/**
 * The calendar periods (weeks Monday-Sunday, months, quarters, semesters January-June
 * and July-December, years) that overlap `span`, whole and in order. Date arithmetic
 * runs in UTC: these are calendar dates, not instants.
 *
 * @example periodsOverlapping("month", { from: "2019-01-15", to: "2019-02-02" }) // Jan and Feb 2019
 */
export function periodsOverlapping(per: Period, span: DateSpan): DateSpan[] {
  const last = DateTime.fromISO(span.to, { zone: "utc" });
  const result: DateSpan[] = [];
  let start = periodStart(DateTime.fromISO(span.from, { zone: "utc" }), per);
  while (start <= last) {
    const end = periodEnd(start, per);
    result.push({ from: start.toISODate() ?? span.from, to: end.toISODate() ?? span.to });
    start = end.plus({ days: 1 });
  }
  return result;
}

/** The dates of an inclusive span, in order. */
export function datesOf(span: DateSpan): string[] {
  const dates: string[] = [];
  const last = Date.parse(`${span.to}T00:00:00Z`);
  for (let ms = Date.parse(`${span.from}T00:00:00Z`); ms <= last; ms += 86_400_000) dates.push(new Date(ms).toISOString().slice(0, 10));
  return dates;
}

/** The overlap of two spans, or undefined. */
export function intersect(a: DateSpan, b: DateSpan): DateSpan | undefined {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : undefined;
}
