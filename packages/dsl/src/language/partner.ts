/** `partner` / `mitra`: a partner of a library. */
import { DECLARATION_IMPLICIT, NAME, REGION, keyword, property } from "./common.js";
import type { DeclarationSpec } from "./shapes.js";
import { PARTNER_KIND_VALUES } from "./values.js";

/** The `partner` declaration. */
export const PARTNER: DeclarationSpec = {
  kind: "partner",
  keyword: keyword("Partner", ["partner", "partners"], ["mitra"]),
  doc: {
    en: "A partner of a library: a school, an agency, a community, a customary institution…",
    id: "Mitra perpustakaan: sekolah, OPD, komunitas, lembaga adat…",
  },
  implicitFields: DECLARATION_IMPLICIT,
  properties: [
    NAME,
    property("kind", keyword("Kind", ["kind"], ["jenis"]), "word", {
      en: "What kind of partner it is.",
      id: "Jenis mitra.",
    }, { required: true, values: PARTNER_KIND_VALUES }),
    REGION,
  ],
};
