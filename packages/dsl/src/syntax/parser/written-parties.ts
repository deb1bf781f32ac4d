/**
 * An agreement's parties joined by another word than `dan` / `and`, as a sentence or a letter
 * joins them: `antara perpusda dengan unsoed` (with), `antara perpusda serta unsoed`, `between
 * library with partner`. Lontar writes `antara perpusda dan unsoed`.
 */
import type { IToken } from "chevrotain";
import { tokenRange } from "../ast-builder/ranges.js";
import { keywordLanguage } from "../keyword-language.js";
import { K } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { isNameWord } from "./written-tokens.js";

/** Words that join two parties in a sentence, lower case. */
const PARTY_JOINS: ReadonlySet<string> = new Set(["dengan", "serta", "bersama", "with"]);

/** `dengan` (`serta`, `bersama`, `with`) at `s` between an agreement's two parties, right after `antara` / `between` and the first: the fix is `dan` / `and`. */
export function partiesJoinAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [between, left, join, right] = [tokens[s - 2], tokens[s - 1], tokens[s], tokens[s + 1]];
  const and = K["And"];
  if (between === undefined || join === undefined || right === undefined || and === undefined || between.tokenType !== K["Between"]) return undefined;
  if (!PARTY_JOINS.has(join.image.toLowerCase()) || !isNameWord(left) || !isNameWord(right) || right.startLine !== between.startLine) return undefined;
  const fixed = keywordLanguage(between) === "en" ? "and" : "dan";
  return { first: s, last: s, mistake: { kind: "partiesJoin", text: join.image, fixed, example: `${between.image} ${left?.image ?? ""} ${fixed} ${right.image}`, range: tokenRange(join) }, literal: "keyword", token: { type: and, image: fixed } };
}
