import { formatNumber, labelOf, resourceKindLabels, type Language } from "@lontar/core";
import type { Plan } from "../../plan/plan.js";
import { idAsWords, type WorkspaceIndex } from "../plan-view.js";
import { escapeHtml } from "./escape-html.js";
import { reportWord } from "./report-words.js";
import { horizonDays } from "./horizon.js";
import { availableHours, bookedHours, periodHeading, utilisationPeriods } from "./utilisation.js";

/** The shade class of a utilisation ratio: u0 (idle) to u4 (full), over (more than available). */
function shade(booked: number, available: number): string {
  if (booked === 0) return "u0";
  if (available <= 0 || booked > available + 1e-9) return "over";
  const ratio = booked / available;
  return ratio <= 0.25 ? "u1" : ratio <= 0.5 ? "u2" : ratio <= 0.75 ? "u3" : "u4";
}

/** Hours as readers of `language` write them, to tenths: "1,5 jam", "1.5 h". */
const hours = (h: number, language: Language): string => reportWord("hours", language, { hours: formatNumber(h, language, 1) });

/**
 * The resource-utilisation heat map: one row per resource that is used by the hour
 * (budgets are left out), named, then its kind in a column of its own, one column per week or month (headed by its dates in the
 * reader's words, the ISO dates in its title), each cell shaded by hours
 * booked over hours available and labelled with the percentage, marked ⚠ when over capacity.
 */
export function heatMapSection(plan: Plan, index: WorkspaceIndex, language: Language): string {
  const heading = `<h2>${escapeHtml(reportWord("utilisation", language))}</h2>`;
  const horizon = horizonDays(plan);
  const resources = [...index.resources.values()].filter((r) => r.kind !== "budget");
  if (horizon === undefined || resources.length === 0) return `<section id="utilisation">\n${heading}\n<p>${escapeHtml(reportWord("nothing", language))}</p>\n</section>`;
  const periods = utilisationPeriods(horizon);
  const booked = bookedHours(plan, periods, index);
  const head = `<tr><th>${escapeHtml(reportWord("resource", language))}</th><th>${escapeHtml(reportWord("resourceKind", language))}</th>${periods.map((p) => `<th title="${escapeHtml(`${p.from.toISODate() ?? ""} – ${p.to.toISODate() ?? ""}`)}">${escapeHtml(periodHeading(p, language))}</th>`).join("")}</tr>`;
  const rows = resources.map((r) => {
    const cells = periods.map((p) => {
      const b = booked.get(r.id)?.get(p.label) ?? 0;
      const a = availableHours(r, p, index);
      // A little use is not none: a shaded cell reading "0%" looked like a mistake.
      const percent = a > 0 ? (b > 0 && Math.round((100 * b) / a) === 0 ? "<1%" : `${Math.round((100 * b) / a)}%`) : b > 0 ? "∞" : "–";
      const shaded = shade(b, a);
      // Over capacity with a mark, not by red alone: it reads in black and white and to a colour-blind reader.
      const mark = shaded === "over" ? `${reportWord("overCapacityMark", language)} ` : "";
      return `<td class="${shaded}" title="${escapeHtml(`${hours(b, language)} / ${hours(a, language)}`)}">${escapeHtml(`${mark}${percent}`)}</td>`;
    });
    const kind = `${labelOf(resourceKindLabels, r.kind, language)}`;
    // The kind in a column of its own: beside the name it read as one ("Aula Provinsi Ruang") wherever text is copied or read aloud.
    return `<tr><th scope="row">${escapeHtml(r.name ?? idAsWords(r.id))}</th><td class="kind">${escapeHtml(kind)}</td>${cells.join("")}</tr>`;
  });
  const legend = `<p class="legend">${escapeHtml(reportWord("utilisationLegend", language))}</p>`;
  return `<section id="utilisation">\n${heading}\n${legend}\n<table class="heat">\n<thead>${head}</thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>\n</section>`;
}
