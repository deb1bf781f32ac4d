import { formatNumber, kpiMetricLabels, labelOf, periodLabels, type KpiDefinition, type KpiIndicator, type Language } from "@lontar/core";
import type { Plan } from "../../plan/plan.js";
import { hostedSessionCounts, idAsWords, nameOf, type WorkspaceIndex } from "../plan-view.js";
import { word } from "../words.js";
import { escapeHtml } from "./escape-html.js";
import { kpiTitles } from "../kpi-titles.js";
import { reportWord } from "./report-words.js";

/** A projected value, target or score as readers of `language` write it, to hundredths. */
const figure = (n: number, language: Language): string => formatNumber(n, language, 2);

/**
 * An indicator as a reader knows it: what it measures in `language` (`Jumlah kegiatan`), and
 * its id as words when they add something (`Lainnya (Kepuasan Pemustaka)`), not when the
 * metric's label in either language says them already: `Jumlah kegiatan`, not `Jumlah
 * kegiatan (Kegiatan)`, nor `Jumlah kegiatan (Activities)` for an English workspace's
 * `indicator activities` read in Bahasa Indonesia.
 *
 * @example indicatorLabel({ id: "activities", metric: "activities", … }, "id") // "Jumlah kegiatan"
 */
export function indicatorLabel(indicator: KpiIndicator, language: Language): string {
  const label = labelOf(kpiMetricLabels, indicator.metric, language);
  const words = idAsWords(indicator.id).toLowerCase();
  const labels = kpiMetricLabels[indicator.metric];
  const said = indicator.id === indicator.metric || [labels.id, labels.en].some((l) => l.toLowerCase().includes(words));
  return said ? label : `${label} (${idAsWords(indicator.id)})`;
}

/**
 * The most a KPI's score can reach out of 100 when the indicators the plan does not project
 * (`–`: visits, members… measured outside the plan) count as zero: the share of the weights of
 * those it projects. Undefined when it projects them all.
 *
 * @example reachableScore(kpi, projected) // 37.5 for weights 20 and 10 projected of 80
 */
export function reachableScore(indicators: readonly KpiIndicator[], projected: Readonly<Record<string, number>>): number | undefined {
  const total = indicators.reduce((sum, i) => sum + i.weight, 0);
  const counted = indicators.reduce((sum, i) => sum + (projected[i.id] === undefined ? 0 : i.weight), 0);
  return total <= 0 || counted === total ? undefined : (100 * counted) / total;
}

/**
 * The KPI projection per library: each indicator's projected value against its target, and the score out of 100.
 * Under the table, a line per KPI with indicators the plan does not project (`–`) says they
 * count as zero, and the most its score can then reach (as `lontar check`'s LON3014 does).
 * KPIs count the sessions of the library's own programs; under that, one line per library
 * of the table at which other libraries' programs hold sessions says how many (a village on the
 * provincial library's route scores 0 for its own programs, yet is visited).
 */
export function kpiSection(plan: Plan, kpis: readonly KpiDefinition[], index: WorkspaceIndex, language: Language): string {
  const w = (text: string): string => escapeHtml(text);
  const heading = `<h2>${w(reportWord("kpiHeading", language))}</h2>`;
  if (plan.kpis.length === 0) return `<section id="kpi">\n${heading}\n<p>${w(reportWord("noKpis", language))}</p>\n</section>`;
  const definitions = new Map(kpis.map((k) => [k.id, k]));
  const titles = kpiTitles(kpis);
  const rows = plan.kpis.flatMap((k) => {
    const kpi = definitions.get(k.kpiId);
    const indicators = kpi?.indicators ?? [];
    const first = `<td rowspan="${Math.max(1, indicators.length)}">${w(nameOf(index, k.libraryId))}</td><td rowspan="${Math.max(1, indicators.length)}">${w(titles.get(k.kpiId) ?? idAsWords(k.kpiId))}</td>`;
    const score = `<td rowspan="${Math.max(1, indicators.length)}" class="num">${w(figure(k.score, language))}</td>`;
    if (indicators.length === 0) return [`<tr>${first}<td></td><td></td><td></td>${score}</tr>`];
    return indicators.map((indicator, i) => {
      const projected = k.projected[indicator.id];
      const label = indicatorLabel(indicator, language);
      const target = `${figure(indicator.target, language)} / ${labelOf(periodLabels, indicator.per, language)}`;
      const cells = `<td>${w(label)}</td><td class="num">${projected === undefined ? "–" : w(figure(projected, language))}</td><td class="num">${w(target)}</td>`;
      return `<tr>${i === 0 ? first : ""}${cells}${i === 0 ? score : ""}</tr>`;
    });
  });
  const head = `<tr><th>${w(word("library", language))}</th><th>${w(word("kpi", language))}</th><th>${w(reportWord("indicator", language))}</th><th>${w(reportWord("projected", language))}</th><th>${w(reportWord("target", language))}</th><th>${w(reportWord("score", language))}</th></tr>`;
  const libraries = [...new Set(plan.kpis.map((k) => k.libraryId))];
  const hosted = hostedSessionCounts(plan, new Set(libraries));
  const notes = libraries.flatMap((id) => {
    const count = hosted.get(id);
    return count === undefined ? [] : [`<li>${w(reportWord("hostedSessions", language, { library: nameOf(index, id), count: formatNumber(count, language, 0) }))}</li>`];
  });
  const hostedList = notes.length === 0 ? "" : `\n<ul class="hosted">\n${notes.join("\n")}\n</ul>`;
  return `<section id="kpi">\n${heading}\n<table class="list">\n<thead>${head}</thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>${unprojectedNotes(plan, definitions, titles, language)}${hostedList}\n</section>`;
}

/** A line per KPI of the plan with indicators it does not project: they count as zero, so its score reaches at most so much (each KPI once, whatever its libraries). */
function unprojectedNotes(plan: Plan, definitions: ReadonlyMap<string, KpiDefinition>, titles: ReadonlyMap<string, string>, language: Language): string {
  const lines = new Map<string, string>();
  for (const k of plan.kpis) {
    const kpi = definitions.get(k.kpiId);
    if (kpi === undefined || lines.has(kpi.id)) continue;
    const most = reachableScore(kpi.indicators, k.projected);
    if (most !== undefined) lines.set(kpi.id, reportWord("kpiNotProjected", language, { kpi: titles.get(kpi.id) ?? idAsWords(kpi.id), most: figure(most, language) }));
  }
  return lines.size === 0 ? "" : `\n<p class="note">${[...lines.values()].map(escapeHtml).join("<br>")}</p>`;
}
