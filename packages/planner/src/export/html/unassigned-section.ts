import type { Plan } from "../../plan/plan.js";
import { readInstant } from "../instant.js";
import { nameOf, programTitle, sortedOccurrences, type WorkspaceIndex } from "../plan-view.js";
import { bilingual, escapeHtml } from "./escape-html.js";

/** The occurrences the planner could not place, each with the reasons it gives. */
export function unassignedSection(plan: Plan, index: WorkspaceIndex): string {
  const heading = `<h2>${bilingual("Unassigned occurrences", "Kegiatan belum terjadwal")}</h2>`;
  const unassigned = sortedOccurrences(plan.occurrences.filter((o) => o.status === "unassigned"));
  if (unassigned.length === 0) return `<section id="unassigned">\n${heading}\n<p>${bilingual("None.", "Tidak ada.")}</p>\n</section>`;
  const rows = unassigned.map((o) => {
    const start = readInstant(o.start);
    const when = start === undefined ? o.start : `${start.date} ${start.time}`;
    const reasons = (o.reasons ?? []).map((r) => `<li><code>${escapeHtml(r.constraint)}</code> ${escapeHtml(r.message)}</li>`).join("\n");
    return `<tr><td>${escapeHtml(when)}</td><td>${escapeHtml(programTitle(index, o))}</td><td>${escapeHtml(nameOf(index, o.libraryId))}</td><td>${reasons === "" ? "" : `<ul>\n${reasons}\n</ul>`}</td></tr>`;
  });
  return `<section id="unassigned">\n${heading}\n<table class="list">\n<thead><tr><th>${bilingual("When", "Waktu")}</th><th>${bilingual("Program", "Program")}</th><th>${bilingual("Library", "Perpustakaan")}</th><th>${bilingual("Reasons", "Alasan")}</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>\n</section>`;
}
