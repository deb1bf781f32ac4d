/**
 * A province and a place written in one string (LON3010); the nearest provinces to a
 * misspelt one are core's `nearProvinces`, shared with core's validation.
 */
import { inferTimeZone } from "@lontar/core";

/**
 * A province and a place written in one string, `"Jawa Timur/Ngawi"` or `"Kabupaten Ngawi,
 * Jawa Timur"`: the region path it means, province first (`["Jawa Timur", "Ngawi"]`), when
 * one end is a province Lontar knows; undefined otherwise.
 */
export function regionInOneString(written: string): string[] | undefined {
  for (const separator of ["/", ","]) {
    const parts = written.split(separator).map((part) => part.trim());
    if (parts.length < 2 || parts.some((part) => part === "")) continue;
    if (inferTimeZone(parts[0] as string) !== undefined) return parts;
    // An address names the province last: `Kabupaten Ngawi, Jawa Timur`.
    if (inferTimeZone(parts[parts.length - 1] as string) !== undefined) return parts.reverse();
  }
  return undefined;
}
