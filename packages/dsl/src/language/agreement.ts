/** `agreement` / `kesepakatan`: an MoU or PKS between a library and a partner. */
import { DECLARATION_IMPLICIT, NAME, WHEN, adapt, keyword, property } from "./common.js";
import { TITLE } from "./program.js";
import type { DeclarationSpec } from "./shapes.js";
import { AGREEMENT_KIND_VALUES } from "./values.js";

/** The `agreement` declaration. */
export const AGREEMENT: DeclarationSpec = {
  kind: "agreement",
  keyword: keyword("Agreement", ["agreement"], ["kesepakatan"]),
  doc: { en: "A partnership agreement (MoU or PKS) between a library and a partner.", id: "Kesepakatan kerja sama (MoU atau PKS) antara perpustakaan dan mitra." },
  implicitFields: {
    ...DECLARATION_IMPLICIT,
    obligations: {
      en: "obligation lines: `library provides …`, `partner hosts …`, `library pays …`, `at least N sessions of … [at <sites>] per …`",
      id: "baris kewajiban: `perpustakaan menyediakan …`, `mitra menjadi_tuan_rumah …`, `perpustakaan membayar …`, `minimal N sesi … [di <lokasi>] per …`",
    },
  },
  properties: [
    TITLE,
    adapt(NAME, { doc: { en: "Another word for `title`.", id: "Kata lain untuk `judul`." }, fields: ["title"] }),
    property("kind", keyword("Kind", ["kind"], ["jenis"]), "word", { en: "MoU or PKS; `mou` when absent.", id: "MoU atau PKS; `mou` bila tidak ada." }, { values: AGREEMENT_KIND_VALUES }),
    property("between", keyword("Between", ["between"], ["antara"]), "parties", { en: "The parties: a library and a partner.", id: "Para pihak: perpustakaan dan mitra." }, { fields: ["library", "partner"] }),
    property("valid", keyword("Valid", ["valid"], ["berlaku"]), "validity", { en: "The dates the agreement is in force.", id: "Masa berlaku kesepakatan." }, { required: true, fields: ["validity"] }),
    adapt(WHEN, { doc: { en: "The obligations apply only when the condition holds.", id: "Kewajiban hanya berlaku bila kondisinya terpenuhi." }, fields: ["conditions"], example: { en: "library.stage >= implementation", id: "perpustakaan.tahap >= implementasi" } }),
  ],
};
