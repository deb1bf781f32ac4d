import { DateTime } from "luxon";
import type { WrittenInstant } from "../instant.js";
import { tzlib_get_ical_block, tzlib_get_timezones } from "timezones-ical-library";
import { zoneClocks } from "../../expand/zone-clock.js";

/** A zone as iCalendar knows it: the TZID to write and its VTIMEZONE component. */
export interface IcsZone {
  /** The TZID the VTIMEZONE declares (tzlib may normalise, e.g. `UTC` → `Etc/UTC`). */
  readonly tzid: string;
  /** The VTIMEZONE component, as CRLF-separated content lines. */
  readonly lines: readonly string[];
}

let knownZones: ReadonlySet<string> | undefined;

function isKnownToTzlib(zone: string): boolean {
  knownZones ??= new Set(tzlib_get_timezones() as string[]);
  return knownZones.has(zone);
}

const zoneCache = new Map<string, IcsZone | undefined>();

/**
 * The VTIMEZONE of an IANA zone from timezones-ical-library (STANDARD and, for zones
 * with DST such as America/New_York, DAYLIGHT rules), or undefined when the library
 * does not know the zone: then times are written in UTC.
 */
export function icsZone(zone: string): IcsZone | undefined {
  if (zoneCache.has(zone)) return zoneCache.get(zone);
  let result: IcsZone | undefined;
  // Asking tzlib about an unknown zone prints to the console, so check the list first.
  if (isKnownToTzlib(zone)) {
    const block = tzlib_get_ical_block(zone);
    if (Array.isArray(block) && typeof block[0] === "string" && typeof block[1] === "string" && block[1].startsWith("TZID=")) {
      result = { tzid: block[1].slice("TZID=".length), lines: block[0].split(/\r?\n/).filter((l) => l.length > 0) };
    }
  }
  zoneCache.set(zone, result);
  return result;
}

/** A DATE-TIME in UTC form, `20190212T020000Z`, of an instant. */
export function utcStamp(instant: WrittenInstant): string {
  return DateTime.fromMillis(instant.epochMs, { zone: "utc" }).toFormat("yyyyMMdd'T'HHmmss'Z'");
}

// Offsets memoised per day (luxon's Intl lookup per event cost most of the export).
const clockOf = zoneClocks();

/**
 * A local DATE-TIME, `20190212T090000`, of an instant seen in `zone`: the fields it is
 * written with when its offset is the zone's at that instant (the planner's case), else
 * converted.
 */
export function localStamp(instant: WrittenInstant, zone: string): string {
  if (clockOf(zone).offsetAt(instant.epochMs) === instant.offsetMinutes) {
    return `${instant.date.replaceAll("-", "")}T${instant.timeWithSeconds.replaceAll(":", "")}`;
  }
  return DateTime.fromMillis(instant.epochMs, { zone }).toFormat("yyyyMMdd'T'HHmmss");
}

/**
 * The DTSTAMP of every event of a plan: midnight UTC of the horizon's first day, so
 * that the same plan always gives the same bytes (never the clock).
 */
export function planStamp(horizonFrom: string): string {
  const day = DateTime.fromISO(horizonFrom, { zone: "utc" });
  return day.isValid ? `${day.toFormat("yyyyMMdd")}T000000Z` : "19700101T000000Z";
}
