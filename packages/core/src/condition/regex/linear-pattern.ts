import { compileProgram, MAX_PROGRAM_SIZE, type Instruction } from "./compile.js";
import { parsePattern } from "./parse.js";
import { runProgram } from "./run.js";
import { readFlags, type RegexFlags } from "./syntax.js";

/** A regular expression compiled for the linear-time engine. */
export interface LinearPattern {
  /** Whether the pattern matches anywhere in `text` (like `RegExp.prototype.test`), in time linear in `text`. */
  test(text: string): boolean;
}

/** A compiled pattern, or why the linear-time engine refuses it. */
export type LinearPatternResult = { readonly ok: true; readonly pattern: LinearPattern } | { readonly ok: false; readonly reason: string };

// Conditions are evaluated once per occurrence: each pattern is compiled once.
const MAX_CACHED = 512;
const cache = new Map<string, LinearPatternResult>();

/**
 * Compiles a condition's regular expression (flags `i`, `m`, `s`, `u`) for a matcher that
 * runs in time linear in its input: a Thompson NFA simulated in lock step, so no pattern can
 * backtrack. Refused, with the reason: patterns `RegExp` rejects, backreferences,
 * lookaround, repetition bounds above 1000, and patterns that would exceed
 * 10,000 instructions (`MAX_PROGRAM_SIZE`).
 *
 * @example compileLinearPattern("^(?:a?a?)+$", "").ok // true: it runs in linear time
 * @example compileLinearPattern("(a)\\1", "") // { ok: false, reason: "a backreference" }
 */
export function compileLinearPattern(pattern: string, flags: string): LinearPatternResult {
  const key = `${flags}/${pattern}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const result = compileUncached(pattern, flags);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, result);
  return result;
}

function compileUncached(pattern: string, flags: string): LinearPatternResult {
  const parsedFlags = readFlags(flags);
  if (parsedFlags === undefined) return { ok: false, reason: `the flags \`${flags}\` (only i, m, s and u are allowed)` };
  try {
    new RegExp(pattern, flags);
  } catch {
    return { ok: false, reason: "not a valid regular expression" };
  }
  const parsed = parsePattern(pattern, parsedFlags);
  if (!parsed.ok) return parsed;
  const program = compileProgram(parsed.node);
  if (program === undefined) return { ok: false, reason: `more than ${MAX_PROGRAM_SIZE} steps once its repetitions are counted out` };
  return { ok: true, pattern: linearPattern(program, parsedFlags) };
}

function linearPattern(program: readonly Instruction[], flags: RegexFlags): LinearPattern {
  return { test: (text) => runProgram(program, flags, text) };
}
