import { inferTimeZone, isTimeZoneName } from "@lontar/core";
import type { Declaration } from "../../syntax/ast.js";

/** The zone the planner plans a library in when neither its `timezone` nor its province gives one. */
const PLANNER_DEFAULT_ZONE = "Asia/Jakarta";

/**
 * The time zone the planner expands a library's schedules in: its `timezone` when that is
 * an IANA zone, else the zone of its province, else Asia/Jakarta (as the planner does).
 */
export function libraryZone(library: Declaration): string {
  const written = library.properties.find((p) => p.key === "timezone")?.value;
  if (written?.kind === "String" && isTimeZoneName(written.value)) return written.value;
  const region = library.properties.find((p) => p.key === "region")?.value;
  const province = region?.kind === "RegionPath" ? region.parts[0]?.value : region?.kind === "String" ? region.value : undefined;
  return (province === undefined ? undefined : inferTimeZone(province)) ?? PLANNER_DEFAULT_ZONE;
}
