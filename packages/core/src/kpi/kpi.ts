import { z } from "zod";
import { Period } from "../primitives/calendar.js";
import { Identifier } from "../primitives/identifier.js";
import { labelledEnum } from "../primitives/labels.js";
import { SourceSpan } from "../primitives/source-span.js";

/** Labels of what an indicator measures. The planner projects those of {@link PROJECTED_KPI_METRICS}. */
export const kpiMetricLabels = {
  activities: { id: "Jumlah kegiatan", en: "Activities" },
  sessions: { id: "Jumlah sesi", en: "Sessions" },
  participants: { id: "Jumlah peserta", en: "Participants" },
  visits: { id: "Jumlah kunjungan", en: "Visits" },
  members: { id: "Jumlah anggota", en: "Registered members" },
  partners: { id: "Jumlah mitra", en: "Partners" },
  agreements: { id: "Jumlah kesepakatan (MoU)", en: "Agreements (MoU)" },
  success_stories: { id: "Cerita sukses", en: "Success stories" },
  collection: { id: "Jumlah koleksi", en: "Collection titles" },
  custom: { id: "Lainnya", en: "Other" },
} as const;
/** What a KPI indicator measures. */
export const KpiMetric = labelledEnum(kpiMetricLabels, "What an indicator measures.");
/** See {@link KpiMetric}. */
export type KpiMetric = z.infer<typeof KpiMetric>;

/**
 * The metrics a plan counts, so that the planner projects them from the scheduled sessions:
 * distinct programs, sessions, expected participants and agreements in force. The others
 * (visits, members, partners, success stories, collection, custom) are measured outside the
 * plan: a plan's KPI projection leaves them out and scores them 0.
 */
export const PROJECTED_KPI_METRICS = ["activities", "sessions", "participants", "agreements"] as const satisfies readonly KpiMetric[];

/**
 * One indicator of a KPI: its weight, the target per period, and how an actual value
 * earns points: `proportional` (weight × min(actual / target, 1)) or `threshold`
 * (the whole weight once the target is reached, else nothing).
 */
export const KpiIndicator = z
  .object({
    id: Identifier,
    metric: KpiMetric.default("custom"),
    weight: z.number().positive().max(1_000_000),
    target: z.number().positive(),
    per: Period,
    scoring: z.enum(["proportional", "threshold"]).default("proportional"),
    source: SourceSpan.optional(),
  })
  .describe("A KPI indicator.");
/** See {@link KpiIndicator}. */
export type KpiIndicator = z.infer<typeof KpiIndicator>;

/** A KPI: weighted indicators scored from 0 to 100, for the libraries it applies to (all when empty). */
export const KpiDefinition = z
  .object({
    id: Identifier,
    name: z.string().min(1).optional(),
    indicators: z.array(KpiIndicator).min(1),
    appliesTo: z.array(Identifier).default([]),
    source: SourceSpan.optional(),
  })
  .superRefine((kpi, ctx) => {
    const seen = new Set<string>();
    kpi.indicators.forEach((indicator, i) => {
      if (seen.has(indicator.id)) ctx.addIssue({ code: "custom", path: ["indicators", i, "id"], message: `duplicate indicator ${indicator.id}` });
      seen.add(indicator.id);
    });
  })
  .describe("A KPI definition.");
/** See {@link KpiDefinition}. */
export type KpiDefinition = z.infer<typeof KpiDefinition>;

/** How one indicator scored. */
export interface IndicatorScore {
  /** The indicator's id. */
  readonly id: string;
  /** The value measured (0 when absent). */
  readonly actual: number;
  /** The target. */
  readonly target: number;
  /** Points earned, from 0 to `weight`. */
  readonly points: number;
  /** The indicator's weight. */
  readonly weight: number;
}

/** A KPI score: `score` from 0 to 100, rounded to two decimals, with each indicator's share. */
export interface KpiScore {
  /** 0 to 100, rounded to two decimals. */
  readonly score: number;
  /** Each indicator's points. */
  readonly indicators: readonly IndicatorScore[];
}

/** Points an indicator earns for an actual value. */
export function indicatorPoints(indicator: KpiIndicator, actual: number): number {
  const value = Number.isFinite(actual) && actual > 0 ? actual : 0;
  if (indicator.scoring === "threshold") return value >= indicator.target ? indicator.weight : 0;
  return indicator.weight * Math.min(value / indicator.target, 1);
}

/**
 * Scores a KPI from measured values by indicator id: 100 × earned points / total weight.
 * Bounded to 0-100 and never decreasing when any one value grows. With weights that add
 * up to 80, scores step by 1.25 — the pattern of the SIM TPBIS scores (81.25, 80, 47.5).
 *
 * @example scoreKpi(kpi, { visits: 300, activities: 2 }).score
 */
export function scoreKpi(kpi: KpiDefinition, actuals: Readonly<Record<string, number>>): KpiScore {
  const indicators = kpi.indicators.map((indicator) => {
    // A value that is no number (NaN, ±Infinity) counts as none: the score and the indicator say the same.
    const given = actuals[indicator.id] ?? 0;
    const actual = Number.isFinite(given) ? given : 0;
    return { id: indicator.id, actual, target: indicator.target, points: indicatorPoints(indicator, actual), weight: indicator.weight };
  });
  return { score: scoreOfPoints(indicators), indicators };
}

/**
 * A KPI's score from its indicators' points and weights: 100 × earned points / total weight,
 * bounded to 0-100 and rounded to two decimals. What scoreKpi gives for measured values, and a
 * plan's projection for points earned period by period.
 *
 * @example scoreOfPoints([{ points: 15, weight: 20 }, { points: 10, weight: 10 }]) // 83.33
 */
export function scoreOfPoints(indicators: readonly { readonly points: number; readonly weight: number }[]): number {
  const total = indicators.reduce((sum, i) => sum + i.weight, 0);
  const earned = indicators.reduce((sum, i) => sum + i.points, 0);
  const raw = total > 0 ? (100 * earned) / total : 0;
  return Math.min(100, Math.max(0, Math.round(raw * 100) / 100));
}
