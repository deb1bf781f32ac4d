import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IplmBand, computeIplm, iplmBand, iplmBandLabels, labelOf } from "@lontar/core";

describe("iplmBand boundaries", () => {
  it.each([
    [0, "very_low"],
    [29.99, "very_low"],
    [30, "low"],
    [49.99, "low"],
    [50, "medium"],
    [79.99, "medium"],
    [80, "high"],
    [89.99, "high"],
    [90, "very_high"],
    [100, "very_high"],
  ] as const)("%s is %s", (score, band) => {
    expect(iplmBand(score)).toBe(band);
  });

  it("refuses NaN, which has no band (it said very low)", () => {
    expect(() => iplmBand(Number.NaN)).toThrow(RangeError);
  });

  it("has a label in both languages for every band", () => {
    for (const band of IplmBand.options) {
      expect(labelOf(iplmBandLabels, band, "id")).not.toBe(band);
      expect(labelOf(iplmBandLabels, band, "en")).not.toBe(band);
    }
    expect(labelOf(iplmBandLabels, "medium", "id")).toBe("Sedang");
  });

  it("never goes down as the score goes up", () => {
    const rank = (score: number): number => IplmBand.options.indexOf(iplmBand(score));
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank(low)).toBeLessThanOrEqual(rank(high));
      }),
    );
  });
});

const elements = fc.tuple(...Array.from({ length: 7 }, () => fc.double({ min: 0, max: 1e7, noNaN: true }))) as fc.Arbitrary<
  [number, number, number, number, number, number, number]
>;

describe("computeIplm", () => {
  it("averages the seven per-head ratios, times 100", () => {
    const result = computeIplm({ elements: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5].map((x) => x * 1000), population: 1000 });
    expect(result).toEqual({ ok: true, value: { score: 50, band: "medium", ratios: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5] } });
  });

  it("clamps each ratio to 1 without standardisation", () => {
    const result = computeIplm({ elements: [7000, 0, 0, 0, 0, 0, 0], population: 1000 });
    expect(result.ok && result.value.score).toBe(14.29);
    expect(result.ok && result.value.ratios[0]).toBe(1);
  });

  it("standardises min-max against the references", () => {
    const result = computeIplm({
      elements: [20, 20, 20, 20, 20, 20, 20],
      population: 100,
      // 0.2 per head sits halfway between 0.1 and 0.3 for every element.
      standardisation: { min: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], max: [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3] },
    });
    expect(result.ok && result.value.ratios.map((r) => Math.round(r * 1e9) / 1e9)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(result.ok && result.value.score).toBe(50);
  });

  it("gives a degenerate reference (max <= min) all or nothing", () => {
    const same = [0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2];
    const at = computeIplm({ elements: [20, 20, 20, 20, 20, 20, 20], population: 100, standardisation: { min: same, max: same } });
    const below = computeIplm({ elements: [10, 10, 10, 10, 10, 10, 10], population: 100, standardisation: { min: same, max: same } });
    expect(at.ok && at.value.score).toBe(100);
    expect(below.ok && below.value.score).toBe(0);
  });

  it.each([
    ["six elements", { elements: [1, 1, 1, 1, 1, 1], population: 10 }, ["elements"]],
    ["a negative element", { elements: [1, -1, 1, 1, 1, 1, 1], population: 10 }, ["elements"]],
    ["a zero population", { elements: [1, 1, 1, 1, 1, 1, 1], population: 0 }, ["population"]],
    ["an infinite population", { elements: [1, 1, 1, 1, 1, 1, 1], population: Number.POSITIVE_INFINITY }, ["population"]],
    ["a short reference", { elements: [1, 1, 1, 1, 1, 1, 1], population: 10, standardisation: { min: [0], max: [1, 1, 1, 1, 1, 1, 1] } }, ["standardisation", "min"]],
  ])("returns issues, not an exception, for %s", (_name, input, path) => {
    const result = computeIplm(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.code).toBe("CORE_SCHEMA");
      expect(result.issues[0]?.path.slice(0, path.length)).toEqual(path);
    }
  });

  it("never throws on any input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof computeIplm(input).ok).toBe("boolean");
      }),
    );
  });

  it("scores 0..100 with the band of its score, with or without standardisation", () => {
    const references = fc.option(fc.record({ min: elements.map((xs) => xs.map((x) => x / 1e7)), max: elements.map((xs) => xs.map((x) => x / 1e6)) }), { nil: undefined });
    fc.assert(
      fc.property(elements, fc.double({ min: 1, max: 1e8, noNaN: true }), references, (uplm, population, standardisation) => {
        const result = computeIplm(standardisation === undefined ? { elements: uplm, population } : { elements: uplm, population, standardisation });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.score).toBeGreaterThanOrEqual(0);
        expect(result.value.score).toBeLessThanOrEqual(100);
        expect(result.value.band).toBe(iplmBand(result.value.score));
        expect(result.value.ratios).toHaveLength(7);
        for (const r of result.value.ratios) expect(r >= 0 && r <= 1).toBe(true);
      }),
    );
  });

  it("never lowers the score when one element grows", () => {
    fc.assert(
      fc.property(elements, fc.integer({ min: 0, max: 6 }), fc.double({ min: 0, max: 1e7, noNaN: true }), (uplm, i, extra) => {
        const before = computeIplm({ elements: uplm, population: 1e6 });
        const grown = uplm.map((x, j) => (j === i ? x + extra : x));
        const after = computeIplm({ elements: grown, population: 1e6 });
        expect(before.ok && after.ok && after.value.score >= before.value.score).toBe(true);
      }),
    );
  });
});
