/**
 * A KPI indicator's clauses in another order: `indikator peserta target 100 per bulan bobot
 * 30` (the target before the weight). Lontar writes the weight first, `bobot 30 target 100
 * per bulan`: the fix moves the weight and its number before the target, the rest as written.
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { K, NumberLiteral } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { writtenText } from "./written-tokens.js";

/** At most this many tokens of an indicator's line are looked at (`indikator x metrik y target 100 per bulan ambang bobot 30`). */
const LONGEST_LINE = 16;

/** At `s`, an indicator's `target` before its `bobot N` on the same line (and no weight before it): the run to the weight's number, and its fix. */
export function indicatorOrderAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const target = tokens[s];
  if (target === undefined || target.tokenType !== K["Target"]) return undefined;
  const line = target.startLine;
  // The line is an indicator's, with no weight before the target.
  let start = -1;
  for (let i = s - 1; i >= 0 && s - i <= LONGEST_LINE && tokens[i]?.startLine === line; i--) {
    if (tokens[i]?.tokenType === K["Weight"]) return undefined;
    if (tokens[i]?.tokenType === K["Indicator"]) start = i;
  }
  if (start < 0) return undefined;
  let weight = -1;
  for (let i = s + 1; i < tokens.length && i - s <= LONGEST_LINE && tokens[i]?.startLine === line; i++) {
    if (tokens[i]?.tokenType === K["Weight"]) {
      weight = i;
      break;
    }
  }
  const number = tokens[weight + 1];
  if (weight < 0 || number?.tokenType !== NumberLiteral || number.startLine !== line) return undefined;
  const clause = writtenText(tokens, s, weight - 1);
  const weightText = `${tokens[weight]?.image ?? ""} ${number.image}`;
  const range = spanTokens(target, number) ?? tokenRange(target);
  const moved = [tokens[weight], number, ...tokens.slice(s, weight)].filter((t): t is IToken => t !== undefined).map((t) => ({ type: t.tokenType, image: t.image }));
  const [first, ...then] = moved;
  if (first === undefined) return undefined;
  return { first: s, last: weight + 1, mistake: { kind: "indicatorOrder", text: writtenText(tokens, s, weight + 1), fixed: `${weightText} ${clause}`, range }, literal: "keyword", token: first, then };
}
