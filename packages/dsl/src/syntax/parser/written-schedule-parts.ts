/**
 * A part of a schedule's tail written a second time, which the grammar refuses (one start
 * time, one length, one `mulai`, one `sampai`): before, the last one replaced the first in
 * silence, and `lontar fmt` then deleted the first (a Sleman planner's walk, stop 55). Two
 * readings: `juga 2027-03-18 pukul 10:00`, the time of an extra date written after it, which
 * Lontar writes joined (`juga 2027-03-18T10:00`, a certain fix); else the part is said to be
 * given twice, with the first, and no fix (which one is meant is the planner's to say).
 */
import type { IToken, TokenType } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { K, CompactDuration, DateLiteral, DateTimeLiteral, NumberLiteral, TimeLiteral } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { writtenText } from "./written-tokens.js";

/** How far back on its line a schedule's first part is looked for. */
const WITHIN = 80;

/**
 * Whether the date at `s` is the first of `juga`'s list, or follows items that each have their
 * own time (`juga 2027-03-04T13:00, 2027-03-18 pukul 13:00`, `juga 2027-03-18 pukul 13:00,
 * 2027-03-25 pukul 13:00`): then the time after it is its own. After a date without one
 * (`juga 2027-03-18, 2027-04-15 pukul 10:00`) the time may be meant for each date or the last:
 * nothing is certain.
 */
function ownTimeInAlso(tokens: readonly IToken[], s: number): boolean {
  const line = tokens[s]?.startLine;
  for (let i = s - 1; i >= 0 && i >= s - WITHIN && tokens[i]?.startLine === line; ) {
    if (tokens[i]?.tokenType === K["Also"]) return true;
    if (tokens[i]?.tokenType.name !== "Comma") return false;
    if (tokens[i - 1]?.tokenType === DateTimeLiteral) i -= 2;
    else if (tokens[i - 1]?.tokenType === TimeLiteral && tokens[i - 2]?.tokenType === K["At"] && tokens[i - 3]?.tokenType === DateLiteral) i -= 4;
    else return false;
  }
  return false;
}

/** `juga 2027-03-18 pukul 10:00`: at `s`, a date of `juga`'s before `pukul`, whose time it is (see ownTimeInAlso); the fix joins them. */
export function alsoTimeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [date, at, time] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  if (date?.tokenType !== DateLiteral || at === undefined || at.tokenType !== K["At"] || time?.tokenType !== TimeLiteral || time.startLine !== date.startLine || at.startLine !== date.startLine) return undefined;
  if (!ownTimeInAlso(tokens, s)) return undefined;
  const [hours = "00", minutes = "00"] = time.image.split(":");
  const fixed = `${date.image}T${hours.padStart(2, "0")}:${minutes}`;
  const range = spanTokens(date, time) ?? tokenRange(date);
  return { first: s, last: s + 2, mistake: { kind: "alsoTime", text: writtenText(tokens, s, s + 2), fixed, range }, literal: "date", token: { type: DateTimeLiteral, image: fixed } };
}

/** The last token of the part that keyword `k` starts (`pukul 10:00`, `selama 3 jam`, `selama 2h`, `selama 4 kali`, `mulai 2027-06-01`), or -1. */
function partEnd(tokens: readonly IToken[], k: number): number {
  const [keyword, value, unit] = [tokens[k]?.tokenType, tokens[k + 1]?.tokenType, tokens[k + 2]?.tokenType];
  if (keyword === K["At"]) return value === TimeLiteral ? k + 1 : -1;
  if (keyword === K["From"] || keyword === K["Until"]) return value === DateLiteral ? k + 1 : -1;
  if (keyword !== K["For"]) return -1;
  if (value === CompactDuration) return k + 1;
  return value === NumberLiteral && (unit === K["Hours"] || unit === K["Minutes"] || unit === K["Times"]) ? k + 2 : -1;
}

/** Whether two `for` parts are the same part: a count (`4 kali`) and a length (`3 jam`) are two. */
function samePart(tokens: readonly IToken[], a: number, b: number): boolean {
  const type = tokens[a]?.tokenType;
  if (type !== tokens[b]?.tokenType) return false;
  if (type !== K["For"]) return true;
  const times = (k: number): boolean => tokens[k + 2]?.tokenType === K["Times"];
  return times(a) === times(b);
}

/**
 * At `s`, the token before a schedule part (`pukul 10:00`) whose kind was written earlier on
 * the schedule's line (`pukul 09:00`): the run from `s` over the second part puts back the
 * token at `s` alone, so reading goes on after it; no fix.
 */
export function partTwiceAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const before = tokens[s];
  const k = s + 1;
  const end = partEnd(tokens, k);
  if (before === undefined || end < 0 || tokens[end]?.startLine !== tokens[k]?.startLine) return undefined;
  const line = tokens[k]?.startLine;
  let first = -1;
  for (let i = k - 1; i >= 0 && k - i <= WITHIN && tokens[i]?.startLine === line; i--) {
    if (tokens[i]?.tokenType === K["Schedule"]) break;
    if (samePart(tokens, i, k) && partEnd(tokens, i) > 0) first = i;
  }
  if (first < 0) return undefined;
  const range = spanTokens(tokens[k] as IToken, tokens[end] as IToken) ?? tokenRange(tokens[k] as IToken);
  const type: TokenType = before.tokenType;
  return {
    first: s, last: end,
    mistake: { kind: "partTwice", text: writtenText(tokens, k, end), example: writtenText(tokens, first, partEnd(tokens, first)), range },
    literal: "keyword", token: { type, image: before.image },
  };
}
