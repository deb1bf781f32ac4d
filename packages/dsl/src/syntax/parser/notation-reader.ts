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
import { mendedToken, notationAt, notationsAt, type NotationMistake, type NotationRun } from "./notation.js";
import { runOver, type RuleRun } from "./parser.js";
import { Dot, NumberLiteral } from "../lexer/tokens.js";
import type { DeclarationKind } from "../ast.js";

/** At most this many written forms are put back one at a time in one property (then its next one is the grammar's error). */
const MAX_MENDS = 32;
/** At most this many are put back at once (one run of the rule; the file's tokens bound them anyway). */
const MAX_AT_ONCE = 10_000;

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
 * `kind` is the declaration's, where known (see notationsAt). `found` is the written form at
 * `failedAt` as the caller found it among all of `tokens` (its indices there): taken as the
 * first when it lies within the tokens read, rather than looked for again. Undefined when
 * nothing was put back.
 */
export function readMended<T>(rule: () => T, tokens: readonly IToken[], from: number, failedAt: number, end: number, kind?: DeclarationKind, found?: NotationRun): MendedRun<T> | undefined {
  const stop = Math.min(tokens.length, Math.max(end, failedAt + 1));
  const written: Mended = { tokens: tokens.slice(from, stop), origin: Array.from({ length: stop - from }, (_, i) => from + i), runs: [] };
  const first = found !== undefined && found.first >= from && found.last < stop ? { ...found, first: found.first - from, last: found.last - from } : notationAt(written.tokens, failedAt - from, 0, kind);
  if (first === undefined) return undefined;
  // Most often every written form up to `end` is meant as a time or date (`open mon 08.00-16.00,
  // tue 08.00-12.00`): all are put back at once, and taken if the rule reads past them all;
  // unless the first alone lets the rule read as far without an error, when a later form is as the
  // rule takes it (`… untuk "siswa"`: `kepada "siswa"` takes the text, not the name `siswa`).
  const all = [first, ...runsAfter(written.tokens, first.last + 1, MAX_AT_ONCE - 1, kind)];
  if (all.length > 1) {
    const mended = mend(written, all);
    const run = runOver(rule, mended.tokens);
    const last = mended.runs[mended.runs.length - 1] ?? 0;
    // Where the rule stops right before another written form that holds what it read (the session after a range of dates
    // written day first, `01/03/2027..05/03/2027 pukul 09:00 selama 2 jam`), the forms are put back one at a time below, which reads it too.
    const more = run.error === undefined && run.next > last && notationAt(mended.tokens, run.next, 0, kind) !== undefined;
    // The first alone is not tried where a later form has a number right before a dot (`16.00`):
    // the grammar, which reads a `.` only after a name and does not recover, fails at it or
    // stops before it, so the first alone never reads as far as all of them put back.
    if (!more && run.next > last && all.slice(1).some((r) => numberBeforeDot(written.tokens, r))) return result(mended, all.map((r) => ({ ...r, first: from + r.first, last: from + r.last })), run, stop);
    if (!more && run.next > last) {
      const alone = mend(written, [first]);
      const aloneRun = runOver(rule, alone.tokens);
      const reach = (m: Mended, r: RuleRun<T>): number => m.origin[r.next] ?? stop;
      if (aloneRun.error === undefined && reach(alone, aloneRun) >= reach(mended, run)) return result(alone, [{ ...first, first: from + first.first, last: from + first.last }], aloneRun, stop);
      return result(mended, all.map((r) => ({ ...r, first: from + r.first, last: from + r.last })), run, stop);
    }
  }
  // Else one at a time, each where the rule fails, taken if the rule then reads past it.
  let current = written;
  const taken: NotationRun[] = [];
  let run: RuleRun<T> | undefined;
  let k = failedAt - from;
  for (let i = 0; i < MAX_MENDS; i++) {
    // Each reading of the written form in turn (a range's `s.d.` may be `..` or `sampai`): the first the rule reads past is taken.
    let found: NotationRun | undefined;
    let tried: Mended | undefined;
    let attempt: RuleRun<T> | undefined;
    for (const reading of notationsAt(current.tokens, k, 0, kind)) {
      const start = current.tokens[reading.first];
      if (start !== undefined && PUT_AFTER.has(start)) continue;
      const mended = mend(current, [reading]);
      const next = runOver(rule, mended.tokens);
      if (next.next <= reading.first) continue;
      [found, tried, attempt] = [reading, mended, next];
      break;
    }
    // The rule does not read past a time or date here either: the written form was not meant as one.
    if (found === undefined || tried === undefined || attempt === undefined) break;
    taken.push({ ...found, first: current.origin[found.first] ?? from, last: current.origin[found.last] ?? from });
    current = { ...tried, runs: [...current.runs, ...tried.runs] };
    run = attempt;
    // A rule may also stop right before another one (`open mon..thu 08.00-16.00, fri 08.00-11.30`
    // reads `fri` as a whole day): it is tried as well, and taken only if the rule then reads on.
    k = attempt.next;
    if (attempt.error === undefined && notationAt(current.tokens, k, 0, kind) === undefined) break;
  }
  return run === undefined ? undefined : result(current, taken, run, stop);
}

/** True when the run's tokens hold a number right before a `.` (as a time written with a dot does), which no rule of the grammar reads. */
function numberBeforeDot(tokens: readonly IToken[], run: NotationRun): boolean {
  for (let i = run.first; i < run.last; i++) {
    if (tokens[i]?.tokenType === NumberLiteral && tokens[i + 1]?.tokenType === Dot) return true;
  }
  return false;
}

/** Tokens with written forms put back: each token's index in the written tokens, and where each put-back token is. */
interface Mended {
  readonly tokens: IToken[];
  readonly origin: number[];
  readonly runs: readonly number[];
}

/**
 * The tokens a run puts back after its first (`-` and `16:00` of `pukul 08.00-16.00` read as
 * `08:00-16:00`): each stands in for text it shares with the others, at the whole run's range,
 * so no written form is read from one (`16:00 WIB` would be a fix over the whole run).
 */
const PUT_AFTER = new WeakSet<IToken>();

/** `base` with `runs` (indices in `base`, in order, not overlapping) each put back as one token. */
function mend(base: Mended, runs: readonly NotationRun[]): Mended {
  const tokens: IToken[] = [];
  const origin: number[] = [];
  const at: number[] = [];
  let i = 0;
  for (const run of runs) {
    for (; i < run.first; i++) {
      tokens.push(base.tokens[i] as IToken);
      origin.push(base.origin[i] ?? 0);
    }
    tokens.push(mendedToken(base.tokens, run));
    origin.push(base.origin[run.first] ?? 0);
    for (const token of run.then ?? []) {
      const after = mendedToken(base.tokens, { ...run, token });
      PUT_AFTER.add(after);
      tokens.push(after);
      origin.push(base.origin[run.first] ?? 0);
    }
    at.push(tokens.length - 1);
    i = run.last + 1;
  }
  for (; i < base.tokens.length; i++) {
    tokens.push(base.tokens[i] as IToken);
    origin.push(base.origin[i] ?? 0);
  }
  return { tokens, origin, runs: at };
}

/** The written forms that start at or after `from`, in order, at most `max`, in a declaration of `kind`. */
function runsAfter(tokens: readonly IToken[], from: number, max: number, kind: DeclarationKind | undefined): NotationRun[] {
  const runs: NotationRun[] = [];
  for (let i = from; i < tokens.length && runs.length < max; i++) {
    const run = notationAt(tokens, i, i, kind);
    if (run === undefined || run.first !== i) continue;
    runs.push(run);
    i = run.last;
  }
  return runs;
}

/** The result of a mended run (`runs` with indices in the written tokens), its `next` an index in the written tokens. */
function result<T>(mended: Mended, runs: readonly NotationRun[], run: RuleRun<T>, stop: number): MendedRun<T> {
  const spans = runs.map((r): readonly [number, number] => [r.first, r.last]);
  const mistakes = runs.map((r) => r.mistake);
  return { mistakes, spans, certain: mistakes.every((m) => m.fixed !== undefined), run: { ...run, next: mended.origin[run.next] ?? stop } };
}
