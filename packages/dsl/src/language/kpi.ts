/** `kpi`: weighted indicators scored from 0 to 100. */
import { DECLARATION_IMPLICIT, NAME, keyword, property } from "./common.js";
import { PROJECTED_KPI_METRICS } from "@lontar/core";
import type { Bilingual, DeclarationSpec } from "./shapes.js";
import { KPI_METRIC_VALUES } from "./values.js";
import { joinAll } from "../text/join-labels.js";

/** The metrics the plan counts, as each language writes them: "`activities`, `sessions`, … and `agreements`". */
const COUNTED: Bilingual = joinAll(
  PROJECTED_KPI_METRICS.map((m) => {
    const written = KPI_METRIC_VALUES.vocabulary.written[m];
    return { en: `\`${written?.en ?? m}\``, id: `\`${written?.id ?? m}\`` };
  }),
);

/** The `kpi` declaration. */
export const KPI: DeclarationSpec = {
  kind: "kpi",
  keyword: keyword("Kpi", ["kpi"], ["kpi", "iku"]),
  doc: { en: "A KPI: weighted indicators scored from 0 to 100.", id: "KPI: indikator berbobot yang dinilai dari 0 sampai 100." },
  implicitFields: DECLARATION_IMPLICIT,
  properties: [
    NAME,
    property("indicator", keyword("Indicator", ["indicator"], ["indikator"]), "indicator", {
      en: `One indicator: its name, optional \`metric\` (what it measures; the name when the name is a metric), \`weight\`, \`target … per …\`, and \`threshold\` scoring. The plan counts ${COUNTED.en}; the other metrics are measured outside it and score 0 in the plan's projection.`,
      id: `Satu indikator: nama, \`metrik\` (opsional: yang diukurnya; namanya bila nama itu sebuah metrik), \`bobot\`, \`target … per …\`, dan penilaian \`ambang\`. Rencana menghitung ${COUNTED.id}; metrik lain diukur di luar rencana dan bernilai 0 dalam proyeksinya.`,
    }, {
      required: true,
      repeatable: true,
      fields: ["indicators"],
      values: KPI_METRIC_VALUES,
      example: { en: "participants weight 25 target 300 per month", id: "peserta bobot 25 target 300 per bulan" },
    }),
    property("appliesTo", keyword("Applies", ["applies"], []), "appliesTo", {
      en: "The libraries it applies to; all when absent.",
      id: "Perpustakaan yang dikenai; semuanya bila tidak ada.",
    }, { written: { en: "applies to", id: "berlaku untuk" }, references: ["library"] }),
  ],
};
