import type { Library } from "@lontar/core";
import Holidays from "date-holidays";

/** Why a local date is closed, as a dropped occurrence reports it. */
export interface ClosedDay {
  /** `closure` for a declared range, `public-holiday` for a computed holiday. */
  readonly reason: "closure" | "public-holiday";
  /** The closure's reason or the holiday's name. */
  readonly detail: string;
}

/** Answers whether a library is closed on a local date. */
export interface ClosureCalendar {
  /** The closure covering `localDate` (`YYYY-MM-DD`), declared ranges first, or undefined. */
  closedOn(localDate: string): ClosedDay | undefined;
}

const holidayCache = new Map<string, ReadonlyMap<string, string>>();
const calendars = new Map<string, Holidays>();

/**
 * Public holidays of a country/region in one year, by local date. Only type `public`:
 * `optional` and `observance` days (e.g. Indonesian regional optional days) do not close
 * a public library; *cuti bersama* is not in date-holidays and is declared as a range.
 * Cached per country, region and year.
 */
export function publicHolidays(country: string, region: string | undefined, year: number): ReadonlyMap<string, string> {
  const key = `${country}/${region ?? ""}/${year}`;
  const cached = holidayCache.get(key);
  if (cached !== undefined) return cached;
  const calendarKey = `${country}/${region ?? ""}`;
  let calendar = calendars.get(calendarKey);
  if (calendar === undefined) {
    calendar = region === undefined ? new Holidays(country, { types: ["public"] }) : new Holidays(country, region, { types: ["public"] });
    calendars.set(calendarKey, calendar);
  }
  const byDate = new Map<string, string>();
  for (const holiday of calendar.getHolidays(year) || []) {
    if (holiday.type !== "public") continue;
    // `date` is the local date ("2019-06-04 00:00:00 -0600"); Islamic days span sunset to sunset.
    const first = Date.UTC(Number(holiday.date.slice(0, 4)), Number(holiday.date.slice(5, 7)) - 1, Number(holiday.date.slice(8, 10)));
    const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
    for (let i = 0; i < days; i += 1) {
      const date = new Date(first + i * 86_400_000).toISOString().slice(0, 10);
      if (!byDate.has(date)) byDate.set(date, holiday.name);
    }
  }
  holidayCache.set(key, byDate);
  return byDate;
}

/**
 * The closure calendar of a library: its declared ranges and the public holidays of each
 * `public_holidays` closure. A library that declares no `public_holidays` closure gets
 * Indonesia's national holidays, since every Indonesian public library closes on them;
 * a schedule opts out with `skipClosures: false`.
 */
export function closureCalendar(library: Pick<Library, "closures">): ClosureCalendar {
  const ranges = library.closures.flatMap((c) => (c.kind === "range" ? [c] : []));
  const holidaySources = library.closures.flatMap((c) => (c.kind === "public_holidays" ? [{ country: c.country, region: c.region }] : []));
  const sources = holidaySources.length > 0 ? holidaySources : [{ country: "ID", region: undefined }];
  return {
    closedOn(localDate) {
      const range = ranges.find((r) => r.range.from <= localDate && localDate <= r.range.to);
      if (range !== undefined) return { reason: "closure", detail: range.reason };
      const year = Number(localDate.slice(0, 4));
      for (const source of sources) {
        const name = publicHolidays(source.country, source.region, year).get(localDate);
        if (name !== undefined) return { reason: "public-holiday", detail: name };
      }
      return undefined;
    },
  };
}
