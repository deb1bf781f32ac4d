/**
 * The IANA zone a planner meant by a time zone Lontar does not read: Indonesia's own names
 * of its zones (`WIB`, `WITA`, `WIT`, as letters and forms write times), or a zone's city
 * alone (`Makassar`). Only Indonesia's
 * zones: each of these names one of them and no other, so the zone is certain (LON3010's fix).
 */
import { isTimeZoneName } from "@lontar/core";

/** Indonesia's zones by the names its offices write (`09:00 WIB`). */
export const INDONESIAN_ZONE_NAMES: ReadonlyMap<string, string> = new Map([["WIB", "Asia/Jakarta"], ["WITA", "Asia/Makassar"], ["WIT", "Asia/Jayapura"]]);

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
