import { decreedHolidays, estimatedEaster, estimatedHolidayName, holidaysBetween, type DecreedHoliday, type EstimatedHoliday, type HolidaysBetween, type Library } from "@lontar/core";
import Holidays, { type HolidaysTypes } from "date-holidays";
import { dateOfDay, dayNumber } from "../calendar/periods.js";

/** Why a local date is closed, as a dropped occurrence reports it. */
export interface ClosedDay {
  /** `closure` for a declared range, `public-holiday` for a national holiday or cuti bersama. */
  readonly reason: "closure" | "public-holiday";
  /** The closure's reason, or the holiday's name (the decreed Indonesian name where there is a decree). */
  readonly detail: string;
}

/** Answers whether a library is closed on a local date. */
export interface ClosureCalendar {
  /** The closure covering `localDate` (`YYYY-MM-DD`), declared ranges first, or undefined. */
  closedOn(localDate: string): ClosedDay | undefined;
  /**
   * A warning, the first time a date of a year whose holidays are estimated is asked about
   * (no decree in the data: date-holidays' Islamic dates are computed, not decreed); then
   * undefined for that year. Undefined for every date of a library that takes no holidays.
   */
  estimateWarning(localDate: string): string | undefined;
}

const estimateCache = new Map<string, readonly EstimatedHoliday[]>();
const calendars = new Map<string, Holidays>();

function calendarOf(country: string, region: string | undefined): Holidays {
  const key = `${country}/${region ?? ""}`;
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    calendar = region === undefined ? new Holidays(country, { types: ["public"] }) : new Holidays(country, region, { types: ["public"] });
    calendars.set(key, calendar);
  }
  return calendar;
}

/** The local dates of a date-holidays entry: Islamic days span sunset to sunset, so count whole days from its local date. */
function localDates(holiday: HolidaysTypes.Holiday): string[] {
  // `date` is the local date ("2019-06-04 00:00:00 -0600").
  const first = Date.UTC(Number(holiday.date.slice(0, 4)), Number(holiday.date.slice(5, 7)) - 1, Number(holiday.date.slice(8, 10)));
  const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
  return Array.from({ length: days }, (_, i) => new Date(first + i * 86_400_000).toISOString().slice(0, 10));
}

/**
 * Public holidays of a country/region in one year computed by date-holidays, named in
 * Bahasa Indonesia and English. Only type `public`: `optional` and `observance` days (e.g.
 * Indonesian regional optional days) do not close a public library. For Indonesia this is
 * the fallback for years without a decree: its Islamic dates are estimates. Cached per
 * country, region and year.
 */
export function estimatedHolidays(country: string, region: string | undefined, year: number): readonly EstimatedHoliday[] {
  const key = `${country}/${region ?? ""}/${year}`;
  const cached = estimateCache.get(key);
  if (cached !== undefined) return cached;
  const calendar = calendarOf(country, region);
  // By rule, not by date: two holidays can fall on one day (1 Muharam on Ascension Day in 2028).
  const english = new Map((calendar.getHolidays(year, "en") || []).map((h) => [`${h.date}|${h.rule}`, h.name]));
  const seen = new Set<string>();
  const out: EstimatedHoliday[] = [];
  const add = (date: string, name: EstimatedHoliday["name"]): void => {
    if (seen.has(`${date}|${name.id}`)) return;
    seen.add(`${date}|${name.id}`);
    out.push({ date, name });
  };
  for (const holiday of calendar.getHolidays(year, "id") || []) {
    if (holiday.type !== "public") continue;
    const decreedName = country === "ID" ? estimatedHolidayName(holiday.rule, holiday.name, year) : undefined;
    const name = decreedName ?? { id: holiday.name, en: english.get(`${holiday.date}|${holiday.rule}`) ?? holiday.name };
    for (const date of localDates(holiday)) add(date, name);
    // Easter Sunday is a national holiday from 2024 (Keppres 8/2024); date-holidays lists Good Friday only.
    if (country === "ID" && holiday.rule === "easter -2") for (const date of localDates(holiday)) add(dateOfDay(dayNumber(date) + 2), estimatedEaster);
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  estimateCache.set(key, out);
  return out;
}

/**
 * Indonesia's national holidays and cuti bersama from `from` to `to` (both inclusive): the
 * decreed days where the data has the year's decree, else date-holidays' estimates, each
 * flagged `decreed` or not (see `holidaysBetween` in core).
 *
 * @example indonesianHolidays("2025-03-28", "2025-04-07").holidays.length // 8
 */
export function indonesianHolidays(from: string, to: string): HolidaysBetween {
  return holidaysBetween(from, to, (year) => estimatedHolidays("ID", undefined, year));
}

/** Where a library takes its holidays from. */
interface HolidaySource {
  readonly country: string;
  readonly region: string | undefined;
}

/** Indonesia's decreed days (national holidays and cuti bersama), when the year has a decree. */
function decreedFor(source: HolidaySource, year: number): readonly DecreedHoliday[] | undefined {
  return source.country === "ID" ? decreedHolidays(year) : undefined;
}

/** Where a library takes its holidays from: its `public_holidays` closures, else Indonesia's (every Indonesian public library closes on them). */
function holidaySources(library: Pick<Library, "closures">): readonly HolidaySource[] {
  const declared = library.closures.flatMap((c): HolidaySource[] => (c.kind === "public_holidays" ? [{ country: c.country, region: c.region }] : []));
  return declared.length > 0 ? declared : [{ country: "ID", region: undefined }];
}

/** True when some source's holidays of `year` come from date-holidays' estimates (no decree of that year in the data). */
const estimatedIn = (sources: readonly HolidaySource[], year: number): boolean => sources.some((source) => decreedFor(source, year) === undefined);

/**
 * True when the holidays a library closes on in the year of `localDate` are estimates: no
 * decree of that year is in Lontar's data (or they are another country's), so their dates
 * come from date-holidays (see {@link ClosureCalendar.estimateWarning}).
 *
 * @example holidaysEstimated(library, "2028-03-10") // true while the 2028 SKB is not in the data
 */
export function holidaysEstimated(library: Pick<Library, "closures">, localDate: string): boolean {
  return estimatedIn(holidaySources(library), Number(localDate.slice(0, 4)));
}

/** `YYYY-MM-DD` → the holiday's Indonesian name, for one source and year. */
type DayNames = ReadonlyMap<string, string>;

function dayNames(source: HolidaySource, year: number, openOnLeave: boolean): DayNames {
  const decreed = decreedFor(source, year);
  const days = decreed === undefined ? estimatedHolidays(source.country, source.region, year) : decreed.filter((h) => !openOnLeave || h.kind === "national");
  const names = new Map<string, string>();
  for (const day of days) names.set(day.date, names.has(day.date) ? `${names.get(day.date)}; ${day.name.id}` : day.name.id);
  return names;
}

/**
 * The closure calendar of a library: its declared ranges, and the holidays of each
 * `public_holidays` closure. For Indonesia these are the decreed national holidays and
 * cuti bersama (see `decreedHolidays` in core; a library with `openOnCollectiveLeave` stays
 * open on cuti bersama); a year without a decree, and any other country, falls back to
 * date-holidays, whose Islamic dates are estimates ({@link ClosureCalendar.estimateWarning}).
 * A library that declares no `public_holidays` closure gets Indonesia's, since every
 * Indonesian public library closes on them; a schedule opts out with `skipClosures: false`.
 */
export function closureCalendar(library: Pick<Library, "closures" | "openOnCollectiveLeave">): ClosureCalendar {
  const ranges = library.closures.flatMap((c) => (c.kind === "range" ? [c] : []));
  const sources = holidaySources(library);
  const openOnLeave = library.openOnCollectiveLeave === true;
  const byYear = new Map<number, readonly DayNames[]>();
  const warned = new Set<number>();
  const namesIn = (year: number): readonly DayNames[] => {
    let names = byYear.get(year);
    if (names === undefined) {
      names = sources.map((source) => dayNames(source, year, openOnLeave));
      byYear.set(year, names);
    }
    return names;
  };
  return {
    closedOn(localDate) {
      const range = ranges.find((r) => r.range.from <= localDate && localDate <= r.range.to);
      if (range !== undefined) return { reason: "closure", detail: range.reason };
      for (const names of namesIn(Number(localDate.slice(0, 4)))) {
        const name = names.get(localDate);
        if (name !== undefined) return { reason: "public-holiday", detail: name };
      }
      return undefined;
    },
    estimateWarning(localDate) {
      const year = Number(localDate.slice(0, 4));
      if (warned.has(year) || !estimatedIn(sources, year)) return undefined;
      warned.add(year);
      // Said to whoever reads plan.json, in the words LON4013 uses: not the name of the library that computes them.
      return `no decree (SKB) of ${year}'s holidays is in Lontar's data yet: its holidays are computed estimates, Islamic holidays may move a day and cuti bersama days are missing; declare the decreed days as closures when the SKB is published`;
    },
  };
}
