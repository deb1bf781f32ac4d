import type { Library } from "../library/library.js";
import { inferTimeZone } from "../region/provinces.js";

/**
 * The IANA zone a library plans in: its declared `timeZone`, else the zone of its
 * province, else undefined (for a province outside Indonesia with no declared zone).
 *
 * @example libraryTimeZone({ ...library, region: { province: "NTT" } }) // "Asia/Makassar"
 */
export function libraryTimeZone(library: Pick<Library, "timeZone" | "region">): string | undefined {
  return library.timeZone ?? inferTimeZone(library.region.province);
}
