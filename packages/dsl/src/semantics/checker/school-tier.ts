import { hasSchoolLevel, type Labels } from "@lontar/core";
import { propertySpec, propertySyntax } from "../../language/table.js";

/** `tier school` / `jenjang sekolah`: how a school library's tier is written (core's {@link hasSchoolLevel} tier), in each language. */
export function schoolTier(): Labels {
  const keyword = propertySyntax("tier")?.written ?? { en: "tier", id: "jenjang" };
  const school = propertySpec("library", "tier")?.values?.values.find((v) => hasSchoolLevel(v.value))?.written ?? { en: "school", id: "sekolah" };
  return { en: `${keyword.en} ${school.en}`, id: `${keyword.id} ${school.id}` };
}
