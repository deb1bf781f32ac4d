import { DIAGNOSTIC_TABLE, expectLanguage, type CodeEntry, type Language } from "@lontar/core";
import type { Severity } from "./diagnostic.js";

/** What a diagnostic code means in one language: a short title, a longer description, and its severity. */
export interface DiagnosticCodeInfo {
  /** A short title, e.g. "duplicate name". */
  readonly title: string;
  /** What the code means, in a sentence or two. */
  readonly description: string;
  /** How serious it is. */
  readonly severity: Severity;
}

/**
 * Every diagnostic code with its title and description in `language`, from core's code
 * table (the one table of codes; see `DIAGNOSTIC_TABLE`).
 *
 * @example diagnosticCodes("id").LON2001?.title // "nama ganda"
 * @throws RangeError when `language` is not `"en"` or `"id"` (a locale such as `"id-ID"`: see `localeLanguage`).
 */
export function diagnosticCodes(language: Language): Readonly<Record<string, DiagnosticCodeInfo>> {
  // A locale given as the language gave every title undefined, typed as a string.
  expectLanguage(language, "diagnosticCodes");
  return Object.fromEntries(
    (Object.entries(DIAGNOSTIC_TABLE) as [string, CodeEntry][]).map(([code, info]) => [code, { title: info.title[language], description: info.description[language], severity: info.severity }]),
  );
}

/**
 * Every diagnostic code Lontar reports, with its English title, description and severity.
 * Ranges: LON1xxx syntax, LON2xxx names and imports, LON3xxx types and values, LON4xxx
 * schedules, LON5xxx agreements and compliance. Each code has a page
 * `docs/diagnostics/<CODE>.md` and `docs/id/diagnostics/<CODE>.md`.
 *
 * @example DIAGNOSTIC_CODES.LON2001?.title // "duplicate name"
 */
export const DIAGNOSTIC_CODES: Readonly<Record<string, DiagnosticCodeInfo>> = diagnosticCodes("en");

/** The code table entry of `code`, or undefined for an unknown code. */
export function diagnosticCodeInfo(code: string): DiagnosticCodeInfo | undefined {
  return DIAGNOSTIC_CODES[code];
}
