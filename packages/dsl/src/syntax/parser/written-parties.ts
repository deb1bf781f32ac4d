/**
 * An agreement's parties joined by another word than `dan` / `and`, as a sentence or a letter
 * joins them: `antara perpusda dengan unsoed` (with), `antara perpusda serta unsoed`, `between
 * library with partner`, or listed with a comma (`antara perpusda, unsoed`). Lontar writes
 * `antara perpusda dan unsoed`.
 */
import type { IToken } from "chevrotain";
import { tokenRange } from "../ast-builder/ranges.js";
import { keywordLanguage } from "../keyword-language.js";
import { K } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import type { DeclarationKind } from "../ast.js";
import { isNameWord } from "./written-tokens.js";

/** Words that join two parties in a sentence, lower case. */
const PARTY_JOINS: ReadonlySet<string> = new Set(["dengan", "serta", "bersama", "with"]);

/**
 * Whether token `i` is `antara` / `between` starting its line (or right after a declaration's
 * `{`): an agreement's parties, not a condition's `antara a dan b` (`ketika … antara perintisan dan implementasi`).
 */
export function partiesWordAt(tokens: readonly IToken[], i: number): boolean {
  const [before, between] = [tokens[i - 1], tokens[i]];
  if (between === undefined || between.tokenType !== K["Between"]) return false;
  return before === undefined || (before.endLine ?? 0) < (between.startLine ?? 0) || before.tokenType.name === "LBrace";
}

/**
 * `dengan` (`serta`, `bersama`, `with`, or a comma) at `s` between an agreement's two parties,
 * right after `antara` / `between` and the first, in an agreement (`kind`, where known): the
 * fix is `dan` / `and`. A comma before a third party is a list, not two parties: not fixed.
 */
export function partiesJoinAt(tokens: readonly IToken[], s: number, kind?: DeclarationKind): NotationRun | undefined {
  const [between, left, join, right] = [tokens[s - 2], tokens[s - 1], tokens[s], tokens[s + 1]];
  const and = K["And"];
  // In another declaration (`antara` read as a property of a program, after a condition), no parties.
  if ((kind !== undefined && kind !== "agreement") || between === undefined || join === undefined || right === undefined || and === undefined || !partiesWordAt(tokens, s - 2)) return undefined;
  const comma = join.tokenType.name === "Comma";
  if (!(comma || PARTY_JOINS.has(join.image.toLowerCase())) || !isNameWord(left) || !isNameWord(right) || right.startLine !== between.startLine) return undefined;
  // `antara a, b, c` and `antara a, b dan c` list three parties: not two, so nothing is certain.
  const next = tokens[s + 2];
  if (comma && next !== undefined && next.startLine === right.startLine && (next.tokenType.name === "Comma" || next.tokenType === and || PARTY_JOINS.has(next.image.toLowerCase()))) return undefined;
  const fixed = keywordLanguage(between) === "en" ? "and" : "dan";
  // `perpusda, unsoed`, `perpusda,unsoed`: the comma touches a party, so the fix writes a space between it and the word.
  const lead = left !== undefined && (left.endOffset ?? 0) + 1 === join.startOffset ? { lead: " " } : {};
  const trail = (join.endOffset ?? 0) + 1 === right.startOffset ? { trail: " " } : {};
  return { first: s, last: s, mistake: { kind: "partiesJoin", text: join.image, fixed, example: `${between.image} ${left?.image ?? ""} ${fixed} ${right.image}`, range: tokenRange(join), ...lead, ...trail }, literal: "keyword", token: { type: and, image: fixed } };
}
