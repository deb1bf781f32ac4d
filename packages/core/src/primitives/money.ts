import { z } from "zod";
import { expectLanguage, type Language } from "./labels.js";

/** An amount of money in whole rupiah (Rp). Never a float: `Rp 150.000.000` is `150000000`. */
export const Rupiah = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).describe("Whole rupiah (IDR).");
/** Whole rupiah (see {@link Rupiah}). */
export type Rupiah = z.infer<typeof Rupiah>;

/**
 * Formats rupiah as readers of `language` write them: `Rp 150.000.000` in Bahasa Indonesia
 * (the default), `Rp 150,000,000` in English; a negative amount (a budget overspent) with a
 * leading minus, a fraction rounded to whole rupiah. Written by hand, so no host locale
 * changes it. (The planner's report script keeps its own copy, planner/src/export/words.ts
 * `money`, so that the browser bundle does not load core's schemas.)
 *
 * @example formatRupiah(50000) // "Rp 50.000"
 * @example formatRupiah(-1500000, "en") // "-Rp 1,500,000"
 * @throws RangeError when `language` is not `"en"` or `"id"` (a locale such as `"id-ID"`: see localeLanguage).
 */
export function formatRupiah(amount: number, language: Language = "id"): string {
  expectLanguage(language, "formatRupiah");
  const sign = amount < 0 ? "-" : "";
  const digits = Math.abs(Math.round(amount)).toString();
  return `${sign}Rp ${digits.replace(/\B(?=(\d{3})+(?!\d))/g, language === "id" ? "." : ",")}`;
}

/**
 * Rupiah as readers of both languages write them, for a message's argument: the amount
 * {@link formatRupiah} writes in each.
 *
 * @example rupiahLabels(25_000_000) // { en: "Rp 25,000,000", id: "Rp 25.000.000" }
 */
export function rupiahLabels(amount: number): { readonly en: string; readonly id: string } {
  return { en: formatRupiah(amount, "en"), id: formatRupiah(amount, "id") };
}
