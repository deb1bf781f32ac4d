import type { KpiDefinition } from "@lontar/core";
import { idAsWords } from "./plan-view.js";
import { toldApart } from "./told-apart.js";

/**
 * Each KPI's title in the outputs, by id: its name (its id as words when it has none), and
 * where two KPIs share one, the id in brackets after it (`IKU TPBIS 2027 (iku_dua)`): two
 * rows of one library under one name could not be told apart (a walk).
 *
 * @example kpiTitles(workspace.kpis).get("iku_dua") // "IKU TPBIS Nagari 2027 (iku_dua)"
 */
export function kpiTitles(kpis: readonly KpiDefinition[]): ReadonlyMap<string, string> {
  const titles = toldApart(kpis, (kpi) => kpi.name ?? idAsWords(kpi.id), (kpi) => kpi.id);
  return new Map(kpis.map((kpi, i) => [kpi.id, titles[i] ?? kpi.id]));
}
