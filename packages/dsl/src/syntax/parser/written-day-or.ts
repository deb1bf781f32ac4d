/**
 * Two days joined by `atau` / `or` / `/` in a schedule: `2 kali per bulan pada selasa atau
 * kamis` (a flexible schedule's days: certain, `selasa, kamis`), and `setiap minggu pada
 * selasa atau kamis` (a recurring one: `selasa, kamis` holds a session on each day, while one
 * session on either day is a flexible schedule; the list is offered, not certain).
 */
import type { IToken } from "chevrotain";
import { endOf } from "../ast-builder/ranges.js";
import { packRange } from "../ast-builder/packed-range.js";
import { spell, WORDS } from "../keywords.js";
import { Comma, K } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { dayName, lastOnLine } from "./written-tokens.js";

/** The words of "or" between two days. */
const OR_WORDS: ReadonlySet<string> = new Set(["atau", "or", "/"]);

/** At most this many tokens back on its line are looked at for the schedule's start. */
const LINE_LOOKBACK = 12;

/** What kind of schedule the line of token `s` is, from its start: `kali`/`times` (flexible), or `setiap`/`every` and the token after it (its period). */
function scheduleOf(tokens: readonly IToken[], s: number): { readonly flexible: boolean; readonly period?: IToken } | undefined {
  const at = lastOnLine(tokens, s, (t) => t.tokenType === K["Times"] || t.tokenType === K["Every"], LINE_LOOKBACK);
  const start = tokens[at];
  if (start === undefined) return undefined;
  if (start.tokenType === K["Times"]) return { flexible: true };
  const period = tokens[at + 1];
  return period === undefined ? { flexible: false } : { flexible: false, period };
}

/** `atau` / `or` / `/` at `s` between two days of a schedule: the run and its fix (`,`). */
export function dayOrAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const join = tokens[s];
  if (join === undefined || !OR_WORDS.has(join.image.toLowerCase())) return undefined;
  const [left, right] = [dayName(tokens[s - 1]), dayName(tokens[s + 1])];
  if (left === undefined || right === undefined) return undefined;
  const schedule = scheduleOf(tokens, s);
  if (schedule === undefined) return undefined;
  const before = tokens[s - 1] as IToken;
  // `selasa atau kamis`: the space before the word goes too (`selasa/kamis` becomes `selasa,kamis`, which `lontar fmt` spaces).
  const range = packRange(endOf(before), endOf(join));
  const example = `${left}, ${right}`;
  const put = { literal: "keyword" as const, token: { type: Comma, image: "," } };
  if (schedule.flexible) return { first: s, last: s, mistake: { kind: "dayOr", text: join.image, fixed: ",", example, range }, ...put };
  const lang = WORDS.get(join.image.toLowerCase())?.lang ?? WORDS.get(tokens[s - 1]?.image.toLowerCase() ?? "")?.lang ?? "en";
  const period = schedule.period?.image ?? spell("WeekUnit", lang);
  const flexible = `1 ${spell("Times", lang)} ${spell("Per", lang)} ${period} ${spell("On", lang)} ${example}`;
  return { first: s, last: s, mistake: { kind: "dayOrRecurring", text: join.image, example, flexible, alternatives: [","], range }, ...put };
}
