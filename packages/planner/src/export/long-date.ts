/**
 * Dates in words, as readers of each language write them: `Kamis, 8 Februari 2024`,
 * `Thursday, 8 February 2024`. The same words for the report's static sections and for its
 * calendar's list view in the browser, so both say a day alike, from core's one table of
 * month and weekday names (written out rather than asked of `Intl`: same input, same bytes).
 * Imports only `@lontar/core/words` at run time: the browser bundle carries it without the
 * model's schemas.
 */
import { MONTH_NAMES as MONTHS, WEEKDAY_NAMES } from "@lontar/core/words";

/** The languages of the outputs (core's `Language`, not imported: the browser bundle stays small). */
type Language = "id" | "en";

/** Year, month (1-12) and day of a local date `YYYY-MM-DD`; undefined when it is not one. */
function partsOf(date: string): { readonly year: number; readonly month: number; readonly day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : undefined;
}

/** The weekday of a calendar date, 0 = Monday, counted in UTC so that no host's zone moves it. */
function weekdayOf(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/**
 * The weekday of a local date in `language`.
 *
 * @example weekdayName("2024-02-08", "id") // "Kamis"
 */
export function weekdayName(date: string, language: Language): string {
  const parts = partsOf(date);
  return parts === undefined ? date : (WEEKDAY_NAMES[language][weekdayOf(parts.year, parts.month, parts.day)] ?? "");
}

/**
 * A local date as day, month name and year: the date without its weekday.
 *
 * @example dayMonthYear("2024-02-08", "id") // "8 Februari 2024"
 */
export function dayMonthYear(date: string, language: Language): string {
  const parts = partsOf(date);
  return parts === undefined ? date : `${parts.day} ${MONTHS[language][parts.month - 1] ?? ""} ${parts.year}`;
}

/**
 * A local date in words with its weekday, as the report's calendar lists days; a text that
 * is not a date is returned as it is.
 *
 * @example longDate("2024-02-08", "id") // "Kamis, 8 Februari 2024"
 * @example longDate("2024-02-08", "en") // "Thursday, 8 February 2024"
 */
export function longDate(date: string, language: Language): string {
  return partsOf(date) === undefined ? date : `${weekdayName(date, language)}, ${dayMonthYear(date, language)}`;
}

/**
 * A month by its name and year, from a date in it.
 *
 * @example monthYear("2024-01-15", "id") // "Januari 2024"
 */
export function monthYear(date: string, language: Language): string {
  const parts = partsOf(date);
  return parts === undefined ? date : `${MONTHS[language][parts.month - 1] ?? ""} ${parts.year}`;
}

/**
 * Two dates, both inclusive, in words: `1 Januari 2024 – 31 Desember 2024`.
 *
 * @example datesBetween("2024-01-01", "2024-12-31", "id") // "1 Januari 2024 – 31 Desember 2024"
 */
export function datesBetween(from: string, to: string, language: Language): string {
  return from === to ? dayMonthYear(from, language) : `${dayMonthYear(from, language)} – ${dayMonthYear(to, language)}`;
}

/** The last day of a month (1-12) of a year. */
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A period, both ends inclusive, as few words as say it: a whole month by its name
 * (`Januari 2024`), whole months from the first to the last (`Januari – Maret 2024`,
 * `November 2024 – Februari 2025`), a whole year by its number, other spans by their dates
 * ({@link datesBetween}).
 *
 * @example periodWords("2024-01-01", "2024-01-31", "id") // "Januari 2024"
 * @example periodWords("2024-04-01", "2024-06-30", "en") // "April – June 2024"
 */
export function periodWords(from: string, to: string, language: Language): string {
  const [a, b] = [partsOf(from), partsOf(to)];
  if (a === undefined || b === undefined || a.day !== 1 || b.day !== lastDay(b.year, b.month)) return datesBetween(from, to, language);
  if (a.year === b.year && a.month === 1 && b.month === 12) return String(a.year);
  if (a.year === b.year && a.month === b.month) return monthYear(from, language);
  if (a.year === b.year) return `${MONTHS[language][a.month - 1] ?? ""} – ${monthYear(to, language)}`;
  return `${monthYear(from, language)} – ${monthYear(to, language)}`;
}
