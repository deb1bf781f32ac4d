/**
 * Reads a property or item again where the grammar failed at a time or date written another
 * way (`pukul 09.00`, `mulai 17-08-2026`; see notation.ts): each such run of tokens is put
 * back as the one time or date token it stands for, and the rule is run again on a copy of
 * the tokens, until it reads through or fails at something else. A run is taken only where
 * a time or date lets the rule go on past it, so `selama 1.30 jam` (a count, not a time)
 * stays the grammar's own error. Every run taken is one mistake, reported once.
 * Only this path sees such tokens: the fast readers decline on the written forms.
 */
import type { IToken } from "chevrotain";
import { mendedToken, notationAt, type NotationMistake } from "./notation.js";
import { grammar, type RuleRun } from "./parser.js";

/** At most this many written forms are put back in one property (then its next one is the grammar's error). */
const MAX_MENDS = 32;

/** A rule read again with its written times and dates put back. */
export interface MendedRun<T> {
  /** The times and dates written another way, in the order written. */
  readonly mistakes: readonly NotationMistake[];
  /** Index (in the written tokens) of the first and last token of each mistake, parallel to `mistakes`. */
  readonly spans: readonly (readonly [number, number])[];
  /** True when each mistake has a certain fix: then the value read stands for what was meant. */
  readonly certain: boolean;
  /** The run on the mended tokens; `next` is an index in the written tokens, and an error's token is a written one. */
  readonly run: RuleRun<T>;
}

/**
 * Runs `rule` from token `from` again, putting back each time or date written another way
 * where it fails, starting with the one that holds token `failedAt`. `end` bounds the tokens
 * read (the index where reading would go on after the error: the run never reads past it).
 * Undefined when nothing was put back.
 */
export function readMended<T>(rule: () => T, tokens: readonly IToken[], from: number, failedAt: number, end: number): MendedRun<T> | undefined {
  const stop = Math.min(tokens.length, Math.max(end, failedAt + 1));
  let slice = tokens.slice(from, stop);
  // Each token of `slice`'s index in `tokens`.
  let origin = Array.from({ length: slice.length }, (_, i) => from + i);
  const mistakes: NotationMistake[] = [];
  const spans: (readonly [number, number])[] = [];
  let run: RuleRun<T> | undefined;
  let k = failedAt - from;
  for (let i = 0; i < MAX_MENDS; i++) {
    const found = notationAt(slice, k, 0);
    if (found === undefined) break;
    const tried = [...slice.slice(0, found.first), mendedToken(slice, found), ...slice.slice(found.last + 1)];
    const attempt = grammar().runAt(rule, tried, 0, (t) => indexIn(tried, t));
    // The rule does not read past a time or date here either: the written form was not meant as one.
    if (attempt.next <= found.first) break;
    mistakes.push(found.mistake);
    spans.push([origin[found.first] ?? from, origin[found.last] ?? from]);
    origin = [...origin.slice(0, found.first + 1), ...origin.slice(found.last + 1)];
    slice = tried;
    run = attempt;
    // A rule may also stop right before another one (`open mon..thu 08.00-16.00, fri 08.00-11.30`
    // reads `fri` as a whole day): it is tried as well, and taken only if the rule then reads on.
    k = attempt.next;
    if (attempt.error === undefined && notationAt(slice, k, 0) === undefined) break;
  }
  if (run === undefined) return undefined;
  const next = origin[run.next] ?? stop;
  return { mistakes, spans, certain: mistakes.every((m) => m.fixed !== undefined), run: { ...run, next } };
}

function indexIn(tokens: readonly IToken[], token: IToken): number {
  const i = tokens.indexOf(token);
  return i < 0 ? tokens.length : i;
}
