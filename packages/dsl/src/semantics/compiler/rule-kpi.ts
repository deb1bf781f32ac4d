import { type KpiIndicator, type WorkspaceInput } from "@lontar/core";
import type { Declaration, IndicatorNode } from "../../syntax/ast.js";
import { kpiMetricOf } from "../vocabulary.js";
import { compileCondition } from "./condition.js";
import { type Building, namesOf, textOf, valueOf } from "./read.js";
import { exact } from "./exact-array.js";
import { type SourceMap, spanOf } from "./source-map.js";

type RuleInput = NonNullable<WorkspaceInput["rules"]>[number];
type KpiInput = NonNullable<WorkspaceInput["kpis"]>[number];

/** A `rule` declaration as core input. */
export function compileRule(declaration: Declaration, file: string): RuleInput {
  const when = valueOf(declaration, "when");
  const scope = valueOf(declaration, "scope");
  const then = valueOf(declaration, "then");
  const out = { id: declaration.name.text, when: when?.kind === "Expr" ? compileCondition(when.expr) : { kind: "literal", value: false } } as Building<RuleInput>;
  if (scope?.kind === "Expr") out.scope = compileCondition(scope.expr);
  out.effect = then?.kind === "Effect" ? then.effect : "warn";
  out.message = then?.kind === "Effect" ? then.message.value : declaration.name.text;
  out.source = spanOf(file, declaration.range);
  return out;
}

/** The metric an indicator measures: its `metric`, else its name, each in either language (`peserta` → `participants`); `custom` when neither is one. */
export function indicatorMetric(indicator: IndicatorNode): KpiIndicator["metric"] {
  return kpiMetricOf(indicator.metric ?? indicator.name.text) ?? "custom";
}

/** A `kpi` declaration as core input: an indicator's metric defaults to its name when that is a known metric. */
export function compileKpi(declaration: Declaration, file: string, index: number, map: SourceMap): KpiInput {
  const indicators: KpiInput["indicators"][number][] = [];
  for (const property of declaration.properties) {
    const v = property.value;
    if (v.kind !== "Indicator") continue;
    if (map.recording) map.record(["kpis", index, "indicators", indicators.length], file, v.range);
    indicators.push({
      id: v.name.text,
      metric: indicatorMetric(v),
      weight: v.weight.value,
      target: v.target.value,
      per: v.per,
      scoring: v.scoring,
      source: spanOf(file, v.range),
    });
  }
  const out = { id: declaration.name.text } as Building<KpiInput>;
  const name = textOf(declaration, "name");
  if (name !== undefined) out.name = name;
  out.indicators = exact(indicators);
  out.appliesTo = namesOf(declaration, "appliesTo").concat(namesOf(declaration, "libraries"));
  out.source = spanOf(file, declaration.range);
  return out;
}
