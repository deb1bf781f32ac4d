/** `kpi`: weighted indicators scored from 0 to 100. */
import { DECLARATION_IMPLICIT, NAME, keyword, property } from "./common.js";
import type { DeclarationSpec } from "./shapes.js";

/** The `kpi` declaration. */
export const KPI: DeclarationSpec = {
  kind: "kpi",
  keyword: keyword("Kpi", ["kpi"], ["kpi"]),
  doc: { en: "A KPI: weighted indicators scored from 0 to 100.", id: "KPI: indikator berbobot yang dinilai dari 0 sampai 100." },
  implicitFields: DECLARATION_IMPLICIT,
  properties: [
    NAME,
    property("indicator", keyword("Indicator", ["indicator"], ["indikator"]), "indicator", {
      en: "One indicator: its name, optional `metric`, `weight`, `target … per …`, and `threshold` scoring.",
      id: "Satu indikator: nama, `metrik` (opsional), `bobot`, `target … per …`, dan penilaian `ambang`.",
    }, { required: true, repeatable: true, fields: ["indicators"] }),
    property("appliesTo", keyword("Applies", ["applies"], []), "appliesTo", {
      en: "The libraries it applies to; all when absent.",
      id: "Perpustakaan yang dikenai; semuanya bila tidak ada.",
    }, { written: { en: "applies to", id: "berlaku untuk" }, references: ["library"] }),
  ],
};
