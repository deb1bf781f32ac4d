import { civilDate, dayNumber, daysInYear, weekdayOf } from "./calendar.js";
import type { RecurrenceRule, RuleWeekday } from "./rule.js";

/** The calendar fields of one day, as the walkers already know them. */
export interface DayFields {
  /** Day number (days since 1970-01-01). */
  readonly day: number;
  /** Year. */
  readonly year: number;
  /** Month 1..12. */
  readonly month: number;
  /** Day of the month 1..31. */
  readonly dayOfMonth: number;
  /** Days in this month. */
  readonly monthLength: number;
}

/** A test of one day against a rule's day-level parts (BYMONTH, BYWEEKNO, BYYEARDAY, BYMONTHDAY, BYDAY). */
export interface DayFilter {
  /** True when BYMONTH allows the month (always true without BYMONTH). */
  monthAllowed(month: number): boolean;
  /** True when the day passes every day-level part. */
  matches(fields: DayFields): boolean;
}

/** Where a BYDAY ordinal counts from: the month (`2MO` of each month) or the year (`20MO`). */
export type OrdinalScope = "month" | "year";

/** Marks `±n` values: index n for positive ones, index |n| in the second mask for negative ones. */
function signedMasks(values: readonly number[], size: number): readonly [Uint8Array, Uint8Array] {
  const positive = new Uint8Array(size + 2);
  const negative = new Uint8Array(size + 2);
  for (const v of values) (v > 0 ? positive : negative)[Math.abs(v)] = 1;
  return [positive, negative];
}

/** The first day of week 1 of a year: the WKST-started week holding at least 4 of its days (RFC 5545 §3.3.10, BYWEEKNO). */
function firstWeekStart(year: number, wkst: number): number {
  const jan1 = dayNumber(year, 1, 1);
  const offset = (weekdayOf(jan1) - wkst + 7) % 7;
  return offset <= 3 ? jan1 - offset : jan1 + 7 - offset;
}

/** Week number of a day in its week-numbering year, and how many weeks that year has. */
function weekNumber(day: number, year: number, wkst: number): { readonly week: number; readonly weeks: number } {
  let start = firstWeekStart(year, wkst);
  let next = firstWeekStart(year + 1, wkst);
  if (day < start) {
    next = start;
    start = firstWeekStart(year - 1, wkst);
  } else if (day >= next) {
    start = next;
    next = firstWeekStart(year + 2, wkst);
  }
  return { week: Math.floor((day - start) / 7) + 1, weeks: (next - start) / 7 };
}

/** Per weekday, the ordinals BYDAY asks for (empty when none) and whether any such weekday is fine. */
function weekdayTables(byDay: readonly RuleWeekday[]): { readonly plain: Uint8Array; readonly ordinals: readonly number[][] } {
  const plain = new Uint8Array(7);
  const ordinals: number[][] = [[], [], [], [], [], [], []];
  for (const d of byDay) {
    if (d.ordinal === undefined) plain[d.weekday] = 1;
    else ordinals[d.weekday]?.push(d.ordinal);
  }
  return { plain, ordinals };
}

/**
 * Builds the day test of a rule whose default parts are already filled in (see
 * `effectiveRule`). Every present part must hold (RFC 5545's expand-then-limit
 * table comes to the intersection of the parts within a period); a BYDAY ordinal counts
 * within `scope`.
 */
export function dayFilter(rule: RecurrenceRule, scope: OrdinalScope): DayFilter {
  const months = new Uint8Array(13);
  for (const m of rule.byMonth) months[m] = 1;
  const hasMonth = rule.byMonth.length > 0;
  const [monthDayPos, monthDayNeg] = signedMasks(rule.byMonthDay, 31);
  const [yearDayPos, yearDayNeg] = signedMasks(rule.byYearDay, 366);
  const [weekPos, weekNeg] = signedMasks(rule.byWeekNo, 53);
  const { plain, ordinals } = weekdayTables(rule.byDay);
  const hasMonthDay = rule.byMonthDay.length > 0;
  const hasYearDay = rule.byYearDay.length > 0;
  const hasWeekNo = rule.byWeekNo.length > 0;
  const hasDay = rule.byDay.length > 0;
  const needsYearDay = hasYearDay || (scope === "year" && rule.byDay.some((d) => d.ordinal !== undefined));
  const wkst = rule.wkst;
  return {
    monthAllowed: (month) => !hasMonth || months[month] === 1,
    matches(f) {
      if (hasMonth && months[f.month] !== 1) return false;
      if (hasMonthDay && monthDayPos[f.dayOfMonth] !== 1 && monthDayNeg[f.monthLength - f.dayOfMonth + 1] !== 1) return false;
      let yearDay = 0;
      let yearLength = 0;
      if (needsYearDay) {
        yearDay = f.day - dayNumber(f.year, 1, 1) + 1;
        yearLength = daysInYear(f.year);
        if (hasYearDay && yearDayPos[yearDay] !== 1 && yearDayNeg[yearLength - yearDay + 1] !== 1) return false;
      }
      if (hasWeekNo) {
        const { week, weeks } = weekNumber(f.day, f.year, wkst);
        if (weekPos[week] !== 1 && weekNeg[weeks - week + 1] !== 1) return false;
      }
      if (!hasDay) return true;
      const weekday = weekdayOf(f.day);
      if (plain[weekday] === 1) return true;
      const wanted = ordinals[weekday] ?? [];
      if (wanted.length === 0) return false;
      const [index, length] = scope === "month" ? [f.dayOfMonth, f.monthLength] : [yearDay, yearLength];
      const nth = Math.floor((index - 1) / 7) + 1;
      const nthFromEnd = -(Math.floor((length - index) / 7) + 1);
      return wanted.includes(nth) || wanted.includes(nthFromEnd);
    },
  };
}

/** The first day of the next month BYMONTH allows after the month of `day`: lets a walk skip excluded months in one step. */
export function nextAllowedMonth(day: number, filter: DayFilter): number {
  const { year, month } = civilDate(day);
  for (let i = 1; i <= 12; i++) {
    const m = ((month - 1 + i) % 12) + 1;
    if (filter.monthAllowed(m)) return dayNumber(year + Math.floor((month - 1 + i) / 12), m, 1);
  }
  return dayNumber(year + 1, month, 1);
}
