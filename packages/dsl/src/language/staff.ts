/** `staff` / `staf`: a staff member. */
import { NAME, RESOURCE_IMPLICIT, keyword } from "./common.js";
import { PEOPLE_PROPERTIES } from "./resource-properties.js";
import type { DeclarationSpec } from "./shapes.js";

/** The `staff` declaration. */
export const STAFF: DeclarationSpec = {
  kind: "staff",
  keyword: keyword("Staff", ["staff"], ["staf"]),
  doc: { en: "A staff member: one task at a time, with roles, skills, availability and an hours cap.", id: "Staf: satu tugas sekaligus, dengan peran, keahlian, ketersediaan dan batas jam." },
  implicitFields: RESOURCE_IMPLICIT,
  properties: [NAME, ...PEOPLE_PROPERTIES],
};
