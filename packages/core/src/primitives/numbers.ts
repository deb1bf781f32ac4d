import type { Labels, Language } from "./labels.js";

/**
 * A number as readers of `language` write it, for people (never for files a program
 * reads): Bahasa Indonesia groups thousands with a dot and writes the decimals after a
 * comma (`1.234,5`, `43,18`), English the other way round (`1,234.5`, `43.18`). At most
 * `fractionDigits` decimals (default 3), rounded, trailing zeros dropped; a negative
 * number with a leading minus. Written by hand, so no host locale changes it.
 *
 * @example formatNumber(43.18, "id") // "43,18"
 * @example formatNumber(1234.5, "en") // "1,234.5"
 */
export function formatNumber(n: number, language: Language, fractionDigits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  const scale = 10 ** fractionDigits;
  const rounded = Math.round(Math.abs(n) * scale);
  const whole = Math.floor(rounded / scale);
  const fraction = (rounded % scale).toString().padStart(fractionDigits, "0").replace(/0+$/, "");
  const [group, decimal] = language === "id" ? [".", ","] : [",", "."];
  const sign = n < 0 && rounded > 0 ? "-" : "";
  const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${fraction === "" ? "" : `${decimal}${fraction}`}`;
}

/**
 * A number in both languages (see {@link formatNumber}), as a message argument.
 *
 * @example numberLabels(37.5) // { en: "37.5", id: "37,5" }
 */
export function numberLabels(n: number, fractionDigits = 3): Labels {
  return { en: formatNumber(n, "en", fractionDigits), id: formatNumber(n, "id", fractionDigits) };
}
