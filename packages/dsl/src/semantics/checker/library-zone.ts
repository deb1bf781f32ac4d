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
  return (province === undefined ? undefined : inferTimeZone(province)) ?? PLANNER_DEFAULT_ZONE;
}
