import { compileLinearPattern } from "./regex/linear-pattern.js";

/**
 * True when a condition's regular expression can be evaluated by the linear-time engine
 * ({@link compileLinearPattern}), which never backtracks: any mix of groups, alternation and
 * quantifiers passes, including `(a+)+$`. Refused: backreferences, lookaround, repetition
 * bounds above 1000 and patterns that are not valid regular expressions.
 *
 * @example isSafePattern("^(a+)+$") // true
 * @example isSafePattern("(a)\\1") // false
 */
export function isSafePattern(pattern: string, flags = ""): boolean {
  return compileLinearPattern(pattern, flags).ok;
}
