/**
 * The IANA zone a planner meant by a time zone Lontar does not read: Indonesia's own names
 * of its zones (`WIB`, `WITA`, `WIT`, as letters and forms write times), or a zone's city
 * alone (`Makassar`). Only Indonesia's
 * zones: each of these names one of them and no other, so the zone is certain (LON3010's fix).
 */
import { isTimeZoneName } from "@lontar/core";

/** Indonesia's zones by the names its offices write (`09:00 WIB`). */
export const INDONESIAN_ZONE_NAMES: ReadonlyMap<string, string> = new Map([["WIB", "Asia/Jakarta"], ["WITA", "Asia/Makassar"], ["WIT", "Asia/Jayapura"]]);

/** Hours ahead of UTC of Indonesia's zones (none keeps summer time). */
export const UTC_HOURS: ReadonlyMap<string, number> = new Map([["Asia/Jakarta", 7], ["Asia/Pontianak", 7], ["Asia/Makassar", 8], ["Asia/Jayapura", 9]]);

/** Each of Indonesia's zones by the name its offices write (`WITA` for Asia/Makassar). */
export const ZONE_NAME: ReadonlyMap<string, string> = new Map([...[...INDONESIAN_ZONE_NAMES].map(([name, zone]) => [zone, name] as const), ["Asia/Pontianak", "WIB"]]);

/** Whether two zones keep the same clocks: the same zone, or two of Indonesia's with the same hours (Asia/Pontianak and Asia/Jakarta). */
export function sameClocks(a: string, b: string): boolean {
  return a === b || (UTC_HOURS.get(a) !== undefined && UTC_HOURS.get(a) === UTC_HOURS.get(b));
}

/** Indonesia's zones by the names its offices write, and by their cities (lower case). */
const MEANT: ReadonlyMap<string, string> = new Map([
  ...[...INDONESIAN_ZONE_NAMES].map(([name, zone]) => [name.toLowerCase(), zone] as const),
  ...["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"].map((zone) => [zone.slice("Asia/".length).toLowerCase(), zone] as const),
]);

/**
 * The zone `written` stands for, when certain and a zone this runtime knows; undefined otherwise.
 *
 * @example zoneMeant("WIT") // "Asia/Jayapura"
 */
export function zoneMeant(written: string): string | undefined {
  const zone = MEANT.get(written.trim().toLowerCase());
  return zone !== undefined && isTimeZoneName(zone) ? zone : undefined;
}
