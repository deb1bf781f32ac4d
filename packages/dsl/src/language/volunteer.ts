/** `volunteer` / `relawan`: a volunteer. */
import { NAME, RESOURCE_IMPLICIT, keyword } from "./common.js";
import { PEOPLE_PROPERTIES } from "./resource-properties.js";
import type { DeclarationSpec } from "./shapes.js";

/** The `volunteer` declaration. */
export const VOLUNTEER: DeclarationSpec = {
  kind: "volunteer",
  keyword: keyword("Volunteer", ["volunteer", "volunteers"], ["relawan"]),
  doc: { en: "A volunteer: as staff, unpaid.", id: "Relawan: seperti staf, tanpa dibayar." },
  implicitFields: RESOURCE_IMPLICIT,
  properties: [NAME, ...PEOPLE_PROPERTIES],
};
