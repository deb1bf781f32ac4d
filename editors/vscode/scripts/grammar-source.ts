/**
 * The TextMate grammar of Lontar, built from the language's keyword table so that every
 * keyword of both languages has a scope (a test checks it through vscode-textmate).
 */
import { KEYWORDS, MONTH_SPELLINGS, ORDINAL_SPELLINGS, WEEKDAY_SPELLINGS, WEEKDAYS } from "../../../packages/dsl/src/syntax/keywords.js";

/** Declaration keyword tokens: followed by the declared name. */
const DECLARATION_TOKENS = new Set(["Library", "Partner", "Room", "Vehicle", "Staff", "Volunteer", "Collection", "Budget", "Equipment", "Program", "Agreement", "Rule", "Kpi"]);
/** Boolean keyword tokens. */
const BOOLEAN_TOKENS = new Set(["True", "False"]);

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Longest first, so that `akhir_pekan` wins over `akhir`. */
const alternation = (words: Iterable<string>): string => [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join("|");
const wordsOf = (tokens: (token: string) => boolean): string[] => KEYWORDS.filter((k) => tokens(k.token)).flatMap((k) => [...k.en, ...k.id]);

/** The grammar as a JSON-ready object. */
export function lontarGrammar(): Record<string, unknown> {
  const declarations = alternation(wordsOf((t) => DECLARATION_TOKENS.has(t)));
  const booleans = alternation(wordsOf((t) => BOOLEAN_TOKENS.has(t)));
  const keywords = alternation(wordsOf((t) => !DECLARATION_TOKENS.has(t) && !BOOLEAN_TOKENS.has(t)));
  const weekdays = alternation(WEEKDAYS.flatMap((d) => [...WEEKDAY_SPELLINGS[d].en, ...WEEKDAY_SPELLINGS[d].id]));
  const months = alternation(MONTH_SPELLINGS.flatMap((m) => [...m.en, ...m.id]));
  const ordinals = alternation(ORDINAL_SPELLINGS.flatMap((o) => [...o.en, ...o.id]));
  const word = (alt: string): string => `(?<![A-Za-z0-9_])(?:${alt})(?![A-Za-z0-9_])`;
  return {
    $schema: "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
    name: "Lontar",
    scopeName: "source.lontar",
    fileTypes: ["lontar"],
    patterns: [
      { include: "#comments" },
      { include: "#strings" },
      { include: "#literals" },
      { include: "#declarations" },
      { include: "#keywords" },
      { include: "#operators" },
      { include: "#names" },
    ],
    repository: {
      comments: {
        patterns: [
          { name: "comment.line.documentation.lontar", match: "///(?!/).*$" },
          { name: "comment.line.double-slash.lontar", match: "//.*$" },
        ],
      },
      strings: {
        name: "string.quoted.double.lontar",
        begin: '"',
        end: '"|$',
        patterns: [{ name: "constant.character.escape.lontar", match: "\\\\." }],
      },
      literals: {
        patterns: [
          { name: "constant.numeric.money.lontar", match: "Rp[ \\t]*\\d+(?:\\.\\d{3})*" },
          { name: "constant.numeric.date.lontar", match: "\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?)?" },
          { name: "constant.numeric.time.lontar", match: "\\b\\d{1,2}:\\d{2}\\b" },
          { name: "constant.numeric.duration.lontar", match: "\\b(?:\\d+h\\d+m|\\d+[hm])(?![A-Za-z0-9_])" },
          { name: "constant.numeric.lontar", match: "\\b\\d+(?:\\.\\d{3})*(?!\\d)" },
        ],
      },
      declarations: {
        patterns: [
          {
            match: `^\\s*${word(declarations)}(?:\\s+([A-Za-z_][A-Za-z0-9_]*))?`,
            name: "meta.declaration.lontar",
            captures: { "0": { name: "keyword.declaration.lontar" }, "1": { name: "entity.name.type.lontar" } },
          },
        ],
      },
      keywords: {
        patterns: [
          { name: "constant.language.boolean.lontar", match: word(booleans) },
          { name: "constant.language.weekday.lontar", match: word(weekdays) },
          { name: "constant.language.month.lontar", match: word(months) },
          { name: "keyword.other.ordinal.lontar", match: word(ordinals) },
          { name: "keyword.declaration.lontar", match: word(declarations) },
          { name: "keyword.other.lontar", match: word(keywords) },
        ],
      },
      operators: {
        patterns: [
          {
            match: "(=~)\\s*(/(?:[^/\\\\\\n]|\\\\.)+/[a-z]*)?",
            captures: { "1": { name: "keyword.operator.match.lontar" }, "2": { name: "string.regexp.lontar" } },
          },
          { name: "keyword.operator.range.lontar", match: "\\.\\." },
          { name: "keyword.operator.logical.lontar", match: "&&|\\|\\||!(?!=)" },
          { name: "keyword.operator.comparison.lontar", match: "==|!=|<=|>=|<|>" },
          { name: "punctuation.section.braces.lontar", match: "[{}]" },
          { name: "punctuation.separator.comma.lontar", match: "," },
        ],
      },
      names: {
        patterns: [{ name: "variable.other.lontar", match: "\\b[A-Za-z_][A-Za-z0-9_]*\\b" }],
      },
    },
  };
}
