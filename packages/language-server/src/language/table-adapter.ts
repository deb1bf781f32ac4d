/**
 * The one place the server reads the language's tables. Today they are internal modules
 * of @lontar/dsl (read from its sources, bundled into this package's build); when the
 * language table lands in @lontar/dsl's public API, only this file changes.
 */
export { KEYWORDS, MONTH_SPELLINGS, WEEKDAY_SPELLINGS, WEEKDAYS, WORDS, spell, type KeywordEntry, type WeekdayCode } from "../../../dsl/src/syntax/keywords.js";
export { ACCEPTED_KEYS, KEY_SHAPES, REQUIRED_KEYS } from "../../../dsl/src/semantics/checker/property-table.js";
