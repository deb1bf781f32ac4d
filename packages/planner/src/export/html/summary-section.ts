import type { Plan } from "../../plan/plan.js";
import { bilingual, escapeHtml } from "./escape-html.js";

const formatNumber = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** The summary: counts of occurrences by status, the score, and the hard violations listed. */
export function summarySection(plan: Plan): string {
  const count = (status: string): number => plan.occurrences.filter((o) => o.status === status).length;
  const hard = plan.violations.filter((v) => v.level === "hard");
  const facts: [string, string, string][] = [
    ["Horizon", "Rentang", `${plan.horizon.from} – ${plan.horizon.to}`],
    ["Occurrences", "Kegiatan", String(plan.occurrences.length)],
    ["Scheduled", "Terjadwal", String(count("scheduled"))],
    ["Unassigned", "Belum terjadwal", String(count("unassigned"))],
    ["Cancelled", "Dibatalkan", String(count("cancelled"))],
    ["Score hard / medium / soft", "Skor keras / sedang / lunak", `${formatNumber(plan.score.hard)} / ${formatNumber(plan.score.medium)} / ${formatNumber(plan.score.soft)}`],
    ["Hard violations", "Pelanggaran keras", String(hard.length)],
    ["Medium violations", "Pelanggaran sedang", String(plan.violations.filter((v) => v.level === "medium").length)],
  ];
  const rows = facts.map(([en, id, value]) => `<tr><th scope="row">${bilingual(en, id)}</th><td>${escapeHtml(value)}</td></tr>`).join("\n");
  const feasible = hard.length === 0 && plan.score.hard === 0;
  const verdict = feasible
    ? `<p class="ok">${bilingual("Feasible: no hard constraint is violated.", "Layak: tidak ada batasan keras yang dilanggar.")}</p>`
    : `<p class="bad">${bilingual("Not feasible: hard constraints are violated.", "Tidak layak: ada batasan keras yang dilanggar.")}</p>`;
  const list =
    hard.length === 0
      ? ""
      : `<ul class="violations">\n${hard
          .map((v) => `<li><code>${escapeHtml(v.constraint)}</code> ${escapeHtml(v.message)}${v.occurrenceId === undefined ? "" : ` <small>${escapeHtml(v.occurrenceId)}</small>`}</li>`)
          .join("\n")}\n</ul>`;
  return `<section id="summary">\n<h2>${bilingual("Summary", "Ringkasan")}</h2>\n${verdict}\n<table class="facts">\n${rows}\n</table>\n${list}\n</section>`;
}
