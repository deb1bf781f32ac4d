import type { KeywordLanguage } from "./ast.js";

// Values beside the tree's types: syntax/ast.ts holds types alone, so that the package's
// `export type *` of it declares no value that is not there at run time (an SDK walk: these
// two were in the .d.ts as values and undefined when imported).

/**
 * The fields that keep a word as the planner chose it in one language, where the other
 * words say the same (`spelling` of a day, `weekWord`, `holidayWords`, `valueLang`): the
 * formatter drops them when it writes a file in the other language, and tree comparisons
 * ignore them. A node kind that gains such a field adds it here.
 */
export const WRITTEN_WORD_FIELDS: ReadonlySet<string> = new Set(["valueLang", "spelling", "weekWord", "holidayWords"]);

/** The words of public holidays after `on` / `pada` that a Closed node does not keep (`holidayWords`): what the formatter writes. */
export const CANONICAL_HOLIDAY_WORDS: Readonly<Record<KeywordLanguage, string>> = { en: "public holidays", id: "libur nasional" };
