/** `equipment` / `peralatan`: projectors, laptops… */
import { FEATURES, NAME, RESOURCE_IMPLICIT, keyword, property } from "./common.js";
import type { DeclarationSpec } from "./shapes.js";

/** The `equipment` declaration. */
export const EQUIPMENT: DeclarationSpec = {
  kind: "equipment",
  keyword: keyword("Equipment", ["equipment"], ["peralatan"]),
  doc: { en: "Equipment (projectors, laptops…): so many units in use at once.", id: "Peralatan (proyektor, laptop…): sekian unit dipakai sekaligus." },
  implicitFields: RESOURCE_IMPLICIT,
  properties: [
    NAME,
    property("quantity", keyword("Quantity", ["quantity"], ["kuantitas"]), "count", { en: "How many units; 1 when absent.", id: "Jumlah unit; 1 bila tidak ada." }),
    FEATURES,
  ],
};
