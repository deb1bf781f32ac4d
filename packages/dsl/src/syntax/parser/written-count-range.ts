/**
 * A count written as a range, as forms estimate it: `peserta 40-50 orang`, `kapasitas 30 s.d.
 * 40`. The property's number is the most expected (participants for a room, a room's seats),
 * so the fix is the range's upper end alone (`50`), as for `peserta maksimal 50`.
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { NumberLiteral } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { joinLength } from "./written-ranges.js";
import { writtenText } from "./written-tokens.js";
import { COUNT_PROPERTIES, COUNT_UNITS } from "./written-words.js";

/** Whether `t` is a whole number written with digits only, on `line`. */
const wholeOn = (t: IToken | undefined, line: number | undefined): t is IToken => t?.tokenType === NumberLiteral && t.startLine === line && /^\d+$/.test(t.image);

/** At `s`, right after a count's keyword: `40-50`, `40 - 50 orang`, `40 s.d. 50`, its lower end below its upper; the run and its fix (the upper end). */
export function countRangeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [keyword, low] = [tokens[s - 1], tokens[s]];
  if (keyword === undefined || !COUNT_PROPERTIES.has(keyword.tokenType.name) || !wholeOn(low, keyword.startLine)) return undefined;
  const join = joinLength(tokens, s + 1);
  const high = tokens[s + 1 + join];
  if (join === 0 || !wholeOn(high, low.startLine) || Number(high.image) <= Number(low.image)) return undefined;
  const unit = tokens[s + 2 + join];
  const last = unit !== undefined && unit.startLine === high.startLine && COUNT_UNITS.has(unit.image.toLowerCase()) ? s + 2 + join : s + 1 + join;
  const range = spanTokens(low, tokens[last] as IToken) ?? tokenRange(low);
  return { first: s, last, mistake: { kind: "countRange", text: writtenText(tokens, s, last), fixed: high.image, range }, literal: "keyword", token: { type: NumberLiteral, image: high.image } };
}
