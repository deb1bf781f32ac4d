import fc from "fast-check";
import { KpiMetric, Period, type KpiDefinition, type KpiIndicator } from "@lontar/core";
import { identifierArb, sourceSpanArb, textArb } from "./primitives.js";

/** Indicators with positive weights and targets (fractional ones included). */
export const kpiIndicatorArb = (): fc.Arbitrary<KpiIndicator> =>
  fc.record(
    {
      id: identifierArb(),
      metric: fc.constantFrom(...KpiMetric.options),
      weight: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0.01, max: 1000, noNaN: true })),
      target: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.01, max: 1e6, noNaN: true })),
      per: fc.constantFrom(...Period.options),
      scoring: fc.constantFrom("proportional" as const, "threshold" as const),
      source: sourceSpanArb(),
    },
    { noNullPrototype: true, requiredKeys: ["id", "metric", "weight", "target", "per", "scoring"] },
  );

/** KPI definitions with one to eight indicators of distinct ids. */
export const kpiDefinitionArb = (): fc.Arbitrary<KpiDefinition> =>
  fc.record(
    {
      id: identifierArb(),
      name: textArb(),
      indicators: fc.uniqueArray(kpiIndicatorArb(), { minLength: 1, maxLength: 8, selector: (i) => i.id }),
      appliesTo: fc.array(identifierArb(), { maxLength: 3 }),
      source: sourceSpanArb(),
    },
    { noNullPrototype: true, requiredKeys: ["id", "indicators", "appliesTo"] },
  );

/** Measured values for a KPI's indicators: non-negative, some absent. */
export const kpiActualsArb = (kpi: KpiDefinition): fc.Arbitrary<Record<string, number>> =>
  fc.record(Object.fromEntries(kpi.indicators.map((i) => [i.id, fc.double({ min: 0, max: 2 * i.target, noNaN: true })])), { noNullPrototype: true, requiredKeys: [] }).map(
    (actuals) => Object.fromEntries(Object.entries(actuals).flatMap(([id, value]) => (value === undefined ? [] : [[id, value] as const]))),
  );
