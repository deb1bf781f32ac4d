import { z } from "zod";
import { labelledEnum } from "../primitives/labels.js";
import { parseWith, type Result } from "../primitives/result.js";

/** Labels of the IPLM bands. */
export const iplmBandLabels = {
  very_low: { id: "Sangat rendah", en: "Very low" },
  low: { id: "Rendah", en: "Low" },
  medium: { id: "Sedang", en: "Medium" },
  high: { id: "Tinggi", en: "High" },
  very_high: { id: "Sangat tinggi", en: "Very high" },
} as const;
/** An IPLM band: 0-29.9 very low, 30-49.9 low, 50-79.9 medium, 80-89.9 high, 90-100 very high. */
export const IplmBand = labelledEnum(iplmBandLabels, "An IPLM band.");
/** See {@link IplmBand}. */
export type IplmBand = z.infer<typeof IplmBand>;

/** The lower bound of each band, from the highest down. */
const BAND_FLOORS: readonly (readonly [number, IplmBand])[] = [
  [90, "very_high"],
  [80, "high"],
  [50, "medium"],
  [30, "low"],
  [0, "very_low"],
];

/**
 * The official band of an IPLM score: a score belongs to the highest band whose lower
 * bound it reaches (so 29.99 is very low and 30 is low).
 *
 * A score that is not a number (NaN) has no band: a RangeError, not "very low".
 *
 * @example iplmBand(64.48) // "medium"
 */
export function iplmBand(score: number): IplmBand {
  if (Number.isNaN(score)) throw new RangeError("iplmBand: the score is NaN; an IPLM score is a number (computeIplm gives one from 0 to 100)");
  for (const [floor, band] of BAND_FLOORS) if (score >= floor) return band;
  return "very_low";
}

const Seven = z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number(), z.number()]);

/**
 * The seven IPLM elements UPLM1..UPLM7 — (1) library institutions, (2) collection titles,
 * (3) librarians and technical staff, (4) visits, (5) libraries meeting the national
 * standard, (6) community involvement in outreach, (7) registered members — and the
 * population base AM. Optional min-max references standardise each element ratio.
 */
export const IplmInput = z
  .object({
    elements: Seven.refine((xs) => xs.every((x) => Number.isFinite(x) && x >= 0), "elements are non-negative numbers"),
    population: z.number().positive(),
    standardisation: z.object({ min: Seven, max: Seven }).optional(),
  })
  .describe("IPLM elements UPLM1..7 and population AM.");
/** See {@link IplmInput}. */
export type IplmInput = z.infer<typeof IplmInput>;

/** An IPLM result: the score from 0 to 100, its band, and each element's standardised ratio. */
export interface IplmResult {
  /** 0 to 100, rounded to two decimals. */
  readonly score: number;
  /** The band of the score. */
  readonly band: IplmBand;
  /** Each element's ratio to the population after standardisation, from 0 to 1. */
  readonly ratios: readonly number[];
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/**
 * IPLM = (Σ UPLMi / AM) / 7 × 100: each element is taken per head of population,
 * standardised min-max when references are given (as since 2023) and clamped to 0-1,
 * then averaged. Returns issues for malformed input; never throws.
 */
export function computeIplm(input: unknown): Result<IplmResult> {
  const parsed = parseWith(IplmInput, input);
  if (!parsed.ok) return parsed;
  const { elements, population, standardisation } = parsed.value;
  const ratios = elements.map((element, i) => {
    const ratio = element / population;
    if (standardisation === undefined) return clamp01(ratio);
    const min = standardisation.min[i] ?? 0;
    const max = standardisation.max[i] ?? 1;
    return max > min ? clamp01((ratio - min) / (max - min)) : ratio >= max ? 1 : 0;
  });
  const score = Math.round((100 * ratios.reduce((a, b) => a + b, 0)) / 7 * 100) / 100;
  return { ok: true, value: { score, band: iplmBand(score), ratios } };
}
