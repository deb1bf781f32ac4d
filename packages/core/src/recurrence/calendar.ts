/**
 * Proleptic Gregorian calendar arithmetic on integer day numbers (days since
 * 1970-01-01), the unit recurrence expansion works in. Pure integer maths: no `Date`,
 * no host zone, valid for years 1..9999.
 */

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** Seconds in a day. */
export const DAY_SECONDS = 86_400;
/** Days in 400 Gregorian years: the calendar, weekdays included, repeats after this. */
export const GREGORIAN_CYCLE_DAYS = 146_097;

/** A calendar date. */
export interface CivilDate {
  /** Year, 1..9999. */
  readonly year: number;
  /** Month, 1..12. */
  readonly month: number;
  /** Day of the month, 1..31. */
  readonly day: number;
}

/** The day number of a date (1970-01-01 is 0). Era-based, exact for any Gregorian date. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * GREGORIAN_CYCLE_DAYS + dayOfEra - 719_468;
}

/** The date of a day number; inverse of {@link dayNumber}. */
export function civilDate(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / GREGORIAN_CYCLE_DAYS);
  const dayOfEra = z - era * GREGORIAN_CYCLE_DAYS;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Weekday of a day number: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** True in a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 30);
}

/** Days in a year (365 or 366). */
export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Greatest common divisor of two non-negative integers. */
export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
