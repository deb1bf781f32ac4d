/** Whether a token stands in a condition: after `ketika`/`jika`/`when` or `cakupan`/`scope` on its line. */
import type { IToken } from "chevrotain";
import { K } from "../lexer/tokens.js";

/** At most this many tokens are looked at before a token for its condition's keyword. */
const LONGEST_CONDITION = 200;

/**
 * The condition's keyword (`ketika`, `jika`, `when`, `cakupan`, `scope`) among the tokens
 * before index `k` of `tokens` on the line of `line` (the token at `k`, or the one about to be
 * added there), no brace between: then what follows on that line is a condition. Undefined when none.
 */
export function conditionKeywordAt(tokens: readonly IToken[], k: number, line: number | undefined): IToken | undefined {
  const [when, scope] = [K["When"], K["Scope"]];
  for (let i = Math.min(k, tokens.length) - 1; i >= 0 && i >= k - LONGEST_CONDITION; i--) {
    const t = tokens[i];
    if (t === undefined || t.startLine !== line) return undefined;
    if (t.tokenType === when || t.tokenType === scope) return t;
    if (t.tokenType.name === "LBrace" || t.tokenType.name === "RBrace") return undefined;
  }
  return undefined;
}

/** Whether a condition's keyword stands before index `k` on the line of `line` (see {@link conditionKeywordAt}). */
export function inConditionLine(tokens: readonly IToken[], k: number, line: number | undefined): boolean {
  return conditionKeywordAt(tokens, k, line) !== undefined;
}
