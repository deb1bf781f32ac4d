/**
 * A person's caps on hours of work, as the solver keeps them: `maxHoursPerWeek` is a cap per
 * week, each of `maxHours` one per any calendar period (`20 hours per month`, `4 hours per day`). Each is counted in
 * calendar periods of the person's zone (weeks from Monday, semesters January–June and
 * July–December), never as an average: twenty hours a month let five 4-hour sessions into
 * one month, however they fall in its weeks.
 */
import { dayNumber as civilDayNumber, periodLabels, type Labels, type Period, type Resource } from "@lontar/core";
import { dayNumber } from "../calendar/periods.js";

/** At most `minutes` of work in each calendar `per`. */
export interface HoursLimit {
  /** Hours of work allowed in one period, as declared. */
  readonly hours: number;
  /** The same in whole minutes, as the solver counts them. */
  readonly minutes: number;
  /** The period. */
  readonly per: Period;
}

/**
 * The caps of a resource: none for places and things, or for people who declare none; one per
 * period (the least hours where several are given for one: `maxHoursPerWeek` and a weekly
 * `maxHours` alike), the week's first, then the others in the order of periods (at most six).
 */
export function hoursLimits(resource: Resource): readonly HoursLimit[] {
  if (resource.kind !== "staff" && resource.kind !== "volunteer") return [];
  const least = new Map<Period, number>();
  const add = (hours: number, per: Period): void => void least.set(per, Math.min(hours, least.get(per) ?? Number.POSITIVE_INFINITY));
  if (resource.maxHoursPerWeek !== undefined) add(resource.maxHoursPerWeek, "week");
  for (const cap of resource.maxHours ?? []) add(cap.hours, cap.per);
  const order: readonly Period[] = ["week", "day", "month", "quarter", "semester", "year"];
  return order.flatMap((per) => {
    const hours = least.get(per);
    return hours === undefined ? [] : [{ hours, minutes: Math.round(hours * 60), per }];
  });
}

/** The first month of the period of kind `per` that month `m` (1–12) is in. */
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
 * contains `date` (`YYYY-MM-DD`, whose ISO weekday index, 0 = Monday, is `weekday`).
 */
export function periodStartDay(date: string, weekday: number, per: Period): number {
  if (per === "day") return dayNumber(date);
  if (per === "week") return dayNumber(date) - weekday;
  return civilDayNumber(Number(date.slice(0, 4)), firstMonth(Number(date.slice(5, 7)), per), 1);
}

/** The most days a period of each kind has: how far apart two sessions in one period can be. */
export const PERIOD_DAYS_AT_MOST: Readonly<Record<Period, number>> = { day: 1, week: 7, month: 31, quarter: 92, semester: 184, year: 366 };

/** Days in a period of each kind on average (a year of 365.25 days): the share of a cap a span of days holds. */
export const PERIOD_DAYS_ON_AVERAGE: Readonly<Record<Period, number>> = { day: 1, week: 7, month: 365.25 / 12, quarter: 365.25 / 4, semester: 365.25 / 2, year: 365.25 };

/**
 * How a message names a cap's period: core's labels, but a week is `pekan` in Bahasa Indonesia
 * (`minggu` is Sunday too: "tidak punya jam tersisa pada minggu itu" reads as "that Sunday").
 */
export function capPeriodLabel(per: Period): Labels {
  return per === "week" ? { en: "week", id: "pekan" } : periodLabels[per];
}
