/**
 * `hari dalam sabtu, minggu`, `weekday in sat, sun`: the values after `in` / `dalam` in a
 * condition listed without their brackets, where Lontar writes a list in `[` `]`
 * (`hari dalam [sabtu, minggu]`): the fix writes them.
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { K } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { isNameWord, lexedAs, writtenText } from "./written-tokens.js";

/** The most values read as one list (a list of a condition is short). */
const MAX_VALUES = 50;

/** Whether `t` is one value of such a list: a word (a day, a category) or a quoted text. */
function isValue(t: IToken | undefined): t is IToken {
  if (t === undefined) return false;
  return VALUE_TOKENS.has(t.tokenType.name) || isNameWord(t);
}

/** The tokens of a list's values besides words: days, quoted texts, numbers. */
const VALUE_TOKENS: ReadonlySet<string> = new Set(["WeekdayName", "Minggu", "StringLiteral", "NumberLiteral"]);

/** The values after `in` at `s`, two or more joined by `,` on one line, with no bracket: the run and its fix. */
export function inListAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  if (tokens[s - 1]?.tokenType !== K["In"] || !isValue(first)) return undefined;
  let last = s;
  while (last + 2 < tokens.length && (last - s) / 2 < MAX_VALUES) {
    const comma = tokens[last + 1];
    const next = tokens[last + 2];
    if (comma?.tokenType.name !== "Comma" || !isValue(next) || next.startLine !== first.startLine) break;
    last += 2;
  }
  if (last === s) return undefined;
  const text = writtenText(tokens, s, last);
  const fixed = `[${text}]`;
  const put = lexedAs(fixed);
  if (put === undefined) return undefined;
  const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
  return { first: s, last, mistake: { kind: "inList", text, fixed, range }, literal: "keyword", ...put };
}
