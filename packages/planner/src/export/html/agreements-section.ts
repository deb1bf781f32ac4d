import type { Plan } from "../../plan/plan.js";
import { nameOf, type WorkspaceIndex } from "../plan-view.js";
import { bilingual, escapeHtml } from "./escape-html.js";

const STATUS_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  ok: ["OK", "Terpenuhi"],
  at_risk: ["At risk", "Berisiko"],
  violated: ["Violated", "Dilanggar"],
  inactive: ["Inactive", "Tidak aktif"],
};

/** Agreement status: one row per agreement, with its findings (period, expected, planned). */
export function agreementsSection(plan: Plan, index: WorkspaceIndex, agreementTitles: ReadonlyMap<string, string>): string {
  const heading = `<h2>${bilingual("Agreements", "Perjanjian kerja sama")}</h2>`;
  if (plan.agreements.length === 0) return `<section id="agreements">\n${heading}\n<p>${bilingual("No agreements.", "Tidak ada perjanjian.")}</p>\n</section>`;
  const rows = plan.agreements.map((a) => {
    const [en, id] = STATUS_LABELS[a.status] ?? [a.status, a.status];
    const findings = a.findings
      .map(
        (f) =>
          `<li class="${f.ok ? "ok" : "bad"}">${escapeHtml(f.period.from)} – ${escapeHtml(f.period.to)}: ${escapeHtml(f.kind)}, expected ${escapeHtml(f.expected)}, planned ${escapeHtml(String(f.planned))}. ${escapeHtml(f.message)}</li>`,
      )
      .join("\n");
    const title = agreementTitles.get(a.agreementId) ?? nameOf(index, a.agreementId);
    return `<tr><td>${escapeHtml(title)}<br><small>${escapeHtml(a.agreementId)}</small></td><td class="status-${escapeHtml(a.status)}">${bilingual(en, id)}</td><td>${findings === "" ? "" : `<ul>\n${findings}\n</ul>`}</td></tr>`;
  });
  return `<section id="agreements">\n${heading}\n<table class="list">\n<thead><tr><th>${bilingual("Agreement", "Perjanjian")}</th><th>${bilingual("Status", "Status")}</th><th>${bilingual("Findings", "Temuan")}</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>\n</section>`;
}
