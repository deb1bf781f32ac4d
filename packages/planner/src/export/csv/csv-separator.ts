import type { Language } from "@lontar/core";

/** The field separators occurrences.csv can use: comma, semicolon or tab. */
export type CsvSeparator = "," | ";" | "\t";

const SEPARATORS: readonly unknown[] = [",", ";", "\t"];

/**
 * Throws a RangeError naming `caller` and its `option` when `value` is not a {@link CsvSeparator}: from
 * JavaScript, `"tab"`, `""` or `5` wrote a CSV no spreadsheet splits (`idtabprogram…`).
 *
 * @example expectCsvSeparator("\t", "planOutputs") // passes
 */
export function expectCsvSeparator(value: unknown, caller: string, option = "csvSeparator"): asserts value is CsvSeparator {
  if (SEPARATORS.includes(value)) return;
  const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
  throw new RangeError(`${caller}: ${option} must be "," or ";" or a tab ("\\t"), not ${shown}`);
}

/**
 * The separator a spreadsheet expects by default in a language: `;` in Bahasa
 * Indonesia (Excel set to Indonesian uses the comma as decimal mark, so lists take
 * semicolons), `,` in English.
 */
export function defaultCsvSeparator(language: Language): CsvSeparator {
  return language === "id" ? ";" : ",";
}
