import type { Language } from "@lontar/core";

/** The field separators occurrences.csv can use: comma, semicolon or tab. */
export type CsvSeparator = "," | ";" | "\t";

/**
 * The separator a spreadsheet expects by default in a language: `;` in Bahasa
 * Indonesia (Excel set to Indonesian uses the comma as decimal mark, so lists take
 * semicolons), `,` in English.
 */
export function defaultCsvSeparator(language: Language): CsvSeparator {
  return language === "id" ? ";" : ",";
}
