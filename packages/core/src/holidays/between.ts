import { isIsoDate } from "../primitives/calendar.js";
import { decreedHolidays } from "./decreed.js";
import type { HolidayKind, HolidayName } from "./schema.js";

/** A holiday from an estimate (a computed calendar) for a year without a decree. */
export interface EstimatedHoliday {
  /** The local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Its name. */
  readonly name: HolidayName;
}

/**
 * Estimates a year's national holidays when no decree is known, e.g. from date-holidays in
 * the planner. Islamic dates it gives are computed, so they may be a day off the decree.
 */
export type HolidayEstimator = (year: number) => readonly EstimatedHoliday[];

/** A holiday between two dates, decreed or estimated. */
export interface DatedHoliday {
  /** The local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** National holiday or cuti bersama (estimates are national holidays only). */
  readonly kind: HolidayKind;
  /** Its name. */
  readonly name: HolidayName;
  /** True when its year has a decree in the data; false for an estimate. */
  readonly decreed: boolean;
}

/** Where a year's holidays came from. */
export interface HolidayYearSource {
  /** The year. */
  readonly year: number;
  /** `decree` (the data), `estimate` (the estimator), or `none` (no decree and no estimator). */
  readonly source: "decree" | "estimate" | "none";
}

/** What {@link holidaysBetween} returns. */
export interface HolidaysBetween {
  /** The holidays from `from` to `to`, both inclusive, sorted by date. */
  readonly holidays: readonly DatedHoliday[];
  /** Each year touched, in order, with where its holidays came from. */
  readonly years: readonly HolidayYearSource[];
  /** True when the span had more than {@link MAX_HOLIDAY_YEARS} years and was cut there. */
  readonly truncated: boolean;
}

/** The most years {@link holidaysBetween} reads; a longer span is cut (and says so). */
export const MAX_HOLIDAY_YEARS = 200;

/**
 * The national holidays and cuti bersama from `from` to `to` (`YYYY-MM-DD`, both
 * inclusive): decreed where the data has the year's decree, else from `estimate` (flagged
 * `decreed: false`), else none. Dates that are not real, or `from` after `to`, give nothing.
 * Bounded: at most {@link MAX_HOLIDAY_YEARS} years are read.
 *
 * @example holidaysBetween("2025-03-28", "2025-04-07").holidays.map((h) => h.date)
 */
export function holidaysBetween(from: string, to: string, estimate?: HolidayEstimator): HolidaysBetween {
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) return { holidays: [], years: [], truncated: false };
  const first = Number(from.slice(0, 4));
  const wanted = Number(to.slice(0, 4));
  const last = Math.min(wanted, first + MAX_HOLIDAY_YEARS - 1);
  const holidays: DatedHoliday[] = [];
  const years: HolidayYearSource[] = [];
  for (let year = first; year <= last; year += 1) {
    const decreed = decreedHolidays(year);
    const source = decreed !== undefined ? "decree" : estimate !== undefined ? "estimate" : "none";
    years.push({ year, source });
    const days = decreed ?? (estimate === undefined ? [] : estimate(year).map((e) => ({ ...e, kind: "national" as const })));
    for (const day of days) {
      if (day.date < from || day.date > to) continue;
      holidays.push({ date: day.date, kind: day.kind, name: day.name, decreed: decreed !== undefined });
    }
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { holidays, years, truncated: last < wanted };
}
