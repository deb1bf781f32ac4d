import { inferTimeZone, isTimeZoneName } from "@lontar/core";
import type { Declaration, Property } from "../../syntax/ast.js";

/** The zone the planner plans a library in when neither its `timezone` nor its province gives one. */
const PLANNER_DEFAULT_ZONE = "Asia/Jakarta";

/**
 * The time zone the planner expands a library's schedules in: its `timezone` when that is
 * an IANA zone, else the zone of its province, else Asia/Jakarta (as the planner does).
 */
export function libraryZone(library: Declaration): string {
  let written: Property["value"] | undefined;
  let region: Property["value"] | undefined;
  // The first of each key, as a search of the list finds it.
  for (const property of library.properties) {
    if (property.key === "timezone") written ??= property.value;
    else if (property.key === "region") region ??= property.value;
  }
  if (written?.kind === "String" && isTimeZoneName(written.value)) return written.value;
  const province = region?.kind === "RegionPath" ? region.parts[0]?.value : region?.kind === "String" ? region.value : undefined;
  return (province === undefined ? undefined : provinceZone(province)) ?? PLANNER_DEFAULT_ZONE;
}

/**
 * Core's {@link inferTimeZone} of a province as written, remembered: every library of a
 * workspace names one of a few dozen provinces, and core normalises the name on each call.
 */
export function provinceZone(province: string): string | undefined {
  if (province.length > MAX_REMEMBERED_LENGTH) return inferTimeZone(province);
  if (zones.has(province)) return zones.get(province);
  // Bounded in count and length: any text a user writes may come here.
  if (zones.size >= MAX_REMEMBERED) zones.clear();
  const zone = inferTimeZone(province);
  zones.set(province, zone);
  return zone;
}

const zones = new Map<string, string | undefined>();
const MAX_REMEMBERED = 10_000;
const MAX_REMEMBERED_LENGTH = 200;
