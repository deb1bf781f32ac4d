import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KpiDefinition, KpiIndicator, indicatorPoints, parseWith, scoreKpi } from "@lontar/core";
import { kpiActualsArb, kpiDefinitionArb, kpiIndicatorArb } from "./arbitraries/index.js";
import { seed002File, seed002Kpi, seed002Workspace } from "./fixtures/seed-002-kpi.js";

describe("the KPI scores of seed 002", () => {
  const kpi = seed002Kpi();
  const names = new Map(seed002Workspace().libraries.map((l) => [l.id, l.name]));
  const scoreOf = (name: string): number => {
    const measurement = seed002File.measurements.find((m) => names.get(m.library) === name);
    if (measurement === undefined) throw new Error(`no measurement for ${name}`);
    return scoreKpi(kpi, measurement.actuals).score;
  };

  it("weights add up to 80, so every score is a multiple of 1.25", () => {
    expect(kpi.indicators.reduce((sum, i) => sum + i.weight, 0)).toBe(80);
  });

  it("scores the three libraries as the article reports", () => {
    expect(scoreOf("Perpustakaan Cemerlang Desa Watualang")).toBe(81.25);
    expect(scoreOf("Perpustakaan Cerpin Desa Ngawi")).toBe(80);
    expect(scoreOf("Perpustakaan Kelurahan Margomulyo")).toBe(47.5);
  });

  it("matches every reportedScore in the fixture, with points out of 80", () => {
    for (const m of seed002File.measurements) {
      const result = scoreKpi(kpi, m.actuals);
      expect(result.score).toBe(m.reportedScore);
      const points = result.indicators.reduce((sum, i) => sum + i.points, 0);
      expect(points).toBeCloseTo((m.reportedScore * 80) / 100, 10);
    }
  });

  // Found by a developer's walk: `{ visits: NaN }` scored 0 but reported `actual: NaN`.
  it("counts a value that is no number as none, in the score and in the indicator's actual", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const scored = scoreKpi(kpi, { visits: value });
      expect(scored.indicators.find((i) => i.id === "visits")?.actual).toBe(0);
      expect(scored).toEqual(scoreKpi(kpi, {}));
    }
  });

  it("gives Watualang 65 of 80 points: everything but members (half) and success stories (none)", () => {
    const watualang = seed002File.measurements.find((m) => m.library === "cemerlang_watualang");
    const result = scoreKpi(kpi, watualang?.actuals ?? {});
    expect(Object.fromEntries(result.indicators.map((i) => [i.id, i.points]))).toEqual({
      activities: 20,
      visits: 20,
      members: 5,
      partners: 10,
      participants: 10,
      success_stories: 0,
    });
  });
});

describe("indicatorPoints", () => {
  const proportional = KpiIndicator.parse({ id: "visits", weight: 20, target: 300, per: "month" });
  const threshold = KpiIndicator.parse({ id: "stories", weight: 10, target: 1, per: "quarter", scoring: "threshold" });

  it("is proportional up to the target and capped there", () => {
    expect(indicatorPoints(proportional, 150)).toBe(10);
    expect(indicatorPoints(proportional, 300)).toBe(20);
    expect(indicatorPoints(proportional, 900)).toBe(20);
  });

  it("gives a threshold indicator all or nothing", () => {
    expect(indicatorPoints(threshold, 0.99)).toBe(0);
    expect(indicatorPoints(threshold, 1)).toBe(10);
    expect(indicatorPoints(threshold, 5)).toBe(10);
  });

  it("treats negative, NaN and infinite actuals as nothing measured", () => {
    for (const actual of [-5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(indicatorPoints(proportional, actual)).toBe(0);
      expect(indicatorPoints(threshold, actual)).toBe(0);
    }
  });

  it("defaults to proportional scoring of a custom metric", () => {
    expect(proportional).toMatchObject({ scoring: "proportional", metric: "custom" });
  });
});

describe("scoreKpi", () => {
  const kpi = KpiDefinition.parse({
    id: "k",
    indicators: [
      { id: "a", weight: 1, target: 10, per: "month" },
      { id: "b", weight: 3, target: 1, per: "month", scoring: "threshold" },
    ],
  });

  it("counts an absent indicator as zero and ignores unknown ids", () => {
    const result = scoreKpi(kpi, { b: 1, other: 1000 });
    expect(result.score).toBe(75);
    expect(result.indicators.find((i) => i.id === "a")).toEqual({ id: "a", actual: 0, target: 10, points: 0, weight: 1 });
  });

  it("rounds to two decimals", () => {
    expect(scoreKpi(kpi, { a: 1 }).score).toBe(2.5);
    expect(scoreKpi(KpiDefinition.parse({ id: "k", indicators: [{ id: "a", weight: 3, target: 3, per: "day" }] }), { a: 1 }).score).toBe(33.33);
  });

  const kpiWithActuals = kpiDefinitionArb().chain((k) => fc.tuple(fc.constant(k), kpiActualsArb(k)));

  it("stays within 0..100 whatever is measured", () => {
    const wild = fc.oneof(fc.double(), fc.constant(Number.NaN), fc.constant(-1), fc.constant(1e308));
    fc.assert(
      fc.property(kpiDefinitionArb(), fc.dictionary(fc.string({ maxLength: 4 }), wild), (k, actuals) => {
        const { score } = scoreKpi(k, actuals);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("never lowers the score when one actual is raised", () => {
    fc.assert(
      fc.property(kpiWithActuals, fc.nat(7), fc.double({ min: 0, max: 1e6, noNaN: true }), ([k, actuals], pick, raise) => {
        const indicator = k.indicators[pick % k.indicators.length];
        if (indicator === undefined) throw new Error("a KPI has at least one indicator");
        const before = scoreKpi(k, actuals).score;
        const raised = { ...actuals, [indicator.id]: (actuals[indicator.id] ?? 0) + raise };
        expect(scoreKpi(k, raised).score).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("scores 100 when every target is met and 0 when nothing is measured", () => {
    fc.assert(
      fc.property(kpiDefinitionArb(), (k) => {
        expect(scoreKpi(k, Object.fromEntries(k.indicators.map((i) => [i.id, i.target]))).score).toBe(100);
        expect(scoreKpi(k, {}).score).toBe(0);
      }),
    );
  });

  it("each indicator earns between 0 and its weight", () => {
    fc.assert(
      fc.property(kpiIndicatorArb(), fc.double(), (indicator, actual) => {
        const points = indicatorPoints(indicator, actual);
        expect(points).toBeGreaterThanOrEqual(0);
        expect(points).toBeLessThanOrEqual(indicator.weight);
      }),
    );
  });
});

describe("KpiDefinition and KpiIndicator schemas", () => {
  it("reject a duplicate indicator id at its path", () => {
    const result = parseWith(KpiDefinition, {
      id: "k",
      indicators: [
        { id: "a", weight: 1, target: 1, per: "month" },
        { id: "a", weight: 1, target: 1, per: "month" },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => [i.code, i.path])).toEqual([["CORE_SCHEMA", ["indicators", 1, "id"]]]);
  });

  it("reject a KPI with no indicators", () => {
    const result = parseWith(KpiDefinition, { id: "k", indicators: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toEqual(["indicators"]);
  });

  it.each([
    ["weight", { weight: 0 }],
    ["target", { target: -1 }],
    ["per", { per: "fortnight" }],
    ["scoring", { scoring: "average" }],
    ["metric", { metric: "likes" }],
  ])("reject a bad %s", (field, change) => {
    const result = parseWith(KpiIndicator, { id: "a", weight: 1, target: 1, per: "month", ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual([[field]]);
  });
});
