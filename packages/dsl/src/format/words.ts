/**
 * Spellings the formatter writes, per language: keyword tokens plus the few places where
 * one token has a context-specific Indonesian word (`di` for a declaration's `at`, `dari`
 * for a cost's `from`).
 */
import type { KeywordLanguage, PeriodName, WeekSpelling } from "../syntax/ast.js";
import { propertySyntax } from "../language/table.js";
import { spell } from "../syntax/keywords.js";

/** Canonical spelling of a keyword token. */
export function w(token: string, lang: KeywordLanguage): string {
  return spell(token, lang);
}

/** A word that is not one token's canonical spelling: `(english, indonesian)`. */
export function pick(lang: KeywordLanguage, en: string, id: string): string {
  return lang === "id" ? id : en;
}

const PERIODS: Readonly<Record<PeriodName, readonly [string, string]>> = {
  day: ["day", "hari"], week: ["week", "minggu"], month: ["month", "bulan"],
  quarter: ["quarter", "triwulan"], semester: ["semester", "semester"], year: ["year", "tahun"],
};

/**
 * `week` / `minggu`, plural in English when `count` > 1; `pekan` when the node (`spelling`)
 * was written with it.
 */
export function period(p: PeriodName, lang: KeywordLanguage, count = 1, spelling?: WeekSpelling): string {
  const [en, id] = PERIODS[p];
  if (lang === "id") return p === "week" && spelling?.weekWord === "pekan" ? "pekan" : id;
  return count > 1 ? `${en}s` : en;
}

/** A property key as written in `lang` (from the language table); the key itself for one the table lacks. */
export function keyWord(key: string, lang: KeywordLanguage): string {
  const syntax = propertySyntax(key);
  return syntax === undefined ? key : syntax.written[lang];
}

/** Thousands with dots: 150000000 → `150.000.000`. */
export function rupiah(n: number): string {
  return `Rp ${String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
}

/** What a cost is charged per (`CostNode`'s `per`), as the formatter and the editor's completion write it. */
export type CostUnit = "session" | "participant" | "program";

/**
 * The word of a cost's unit after `per` in a file of `lang` (`sesi`, `peserta`, `program`): the
 * one spelling the formatter writes and the editor offers.
 *
 * @example costUnitWord("participant", "id") // "peserta"
 */
export function costUnitWord(per: CostUnit, lang: KeywordLanguage): string {
  return per === "session" ? w("Session", lang) : per === "participant" ? pick(lang, "participant", "peserta") : "program";
}

/** The word before a cost's budget (`from` / `dari`). */
export function costBudgetWord(lang: KeywordLanguage): string {
  return pick(lang, "from", "dari");
}
