/**
 * Words before a property's keyword at the start of a line, as a form's row label reads:
 * `jumlah peserta 60`, `total biaya Rp 50.000 per sesi`, `banyaknya peserta 40`. Lontar
 * writes the keyword alone (`peserta 60`): the fix drops the words before it.
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import type { DeclarationKind } from "../ast.js";
import type { NotationRun } from "./notation.js";
import { Identifier } from "../lexer/tokens.js";
import { KEY_OF_TOKEN, startsPropertyOf } from "./property-keys.js";
import { isNameWord, touching, writtenText } from "./written-tokens.js";

/**
 * Whether `t` may be a label's word: a plain word (`total`) or a property keyword of another
 * kind (`jumlah`, a budget's); not another keyword, which says something of its own (`larang
 * ketika …`, an effect before its condition).
 */
function isLabelWord(t: IToken | undefined): t is IToken {
  return isNameWord(t) && (t.tokenType === Identifier || KEY_OF_TOKEN.has(t.tokenType.name));
}

/** At most this many words stand before the keyword (`jumlah total biaya`). */
const MOST_WORDS = 2;

/**
 * At `s`, the first token of a line (or of a declaration's body) in a declaration of `kind`:
 * one or two words that start no property of `kind`, then, on the same line, a keyword that
 * does; the run and its fix (the keyword as written).
 */
export function wordBeforePropertyAt(tokens: readonly IToken[], s: number, kind?: DeclarationKind): NotationRun | undefined {
  const first = tokens[s];
  const before = tokens[s - 1];
  if (kind === undefined || !isLabelWord(first) || (before !== undefined && before.startLine === first.startLine && before.tokenType.name !== "LBrace")) return undefined;
  for (let k = s + 1; k <= s + MOST_WORDS; k++) {
    const word = tokens[k - 1] as IToken;
    const keyword = tokens[k];
    if (!isLabelWord(word) || startsPropertyOf(kind, word.tokenType.name) || keyword === undefined || keyword.startLine !== first.startLine || touching(word, keyword)) return undefined;
    if (!startsPropertyOf(kind, keyword.tokenType.name)) continue;
    const range = spanTokens(first, keyword) ?? tokenRange(first);
    return { first: s, last: k, mistake: { kind: "wordBeforeProperty", text: writtenText(tokens, s, k), fixed: keyword.image, range }, literal: "keyword", keyword: keyword.tokenType };
  }
  return undefined;
}
