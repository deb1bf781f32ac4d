/**
 * Values being typed, not finished yet: a time with no minutes after its `:` (`pukul 09:`,
 * `09:0`). What the planner is typing is one error at the unfinished value, saying what is
 * missing; nothing is certain (no fix), and what the rule asks for right after it is not asked
 * for again (items.ts: the planner has not got that far).
 */
import type { IToken } from "chevrotain";
import { tokenRange } from "../ast-builder/ranges.js";
import { UnfinishedTime } from "../lexer/tokens.js";
import type { NotationKind, NotationRun } from "./notation.js";
import { pad2 } from "./written-tokens.js";

/** The kinds of a value being typed: an error right after one is its echo, not reported (see items.ts). */
export const UNFINISHED_KINDS: ReadonlySet<NotationKind> = new Set<NotationKind>(["unfinishedTime"]);

/** A value being typed from token `s` (see the file's comment); undefined for anything else. */
export function unfinishedAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  return unfinishedTimeAt(tokens, s);
}

/**
 * `09:`, `09:0`, `9:3` (an {@link UnfinishedTime} token): a time whose minutes are not typed yet. The
 * message's example is the time with two digits of minutes (`09:00`, `09:30`); for an hour past 23, `09:00`.
 */
function unfinishedTimeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  if (t?.tokenType !== UnfinishedTime) return undefined;
  const [hours = "", minute = ""] = t.image.split(":");
  const example = Number(hours) <= 23 ? `${pad2(hours)}:${minute.padEnd(2, "0")}` : "09:00";
  return { first: s, last: s, mistake: { kind: "unfinishedTime", text: t.image, example, range: tokenRange(t) }, literal: "time" };
}
