/**
 * Bounds nesting before parsing, so deeply nested input gets a diagnostic instead of
 * overflowing the parser's stack.
 */
import type { IToken } from "chevrotain";

/** Deepest nesting of `(`, `[`, `{` and `!` the parser accepts. */
export const MAX_NESTING = 200;
/**
 * Most condition operands in one file: `&&` and `||`, and commas inside `[…]` or `(…)`.
 * Real conditions have a handful; the bound keeps a pathological one (100,000 operands)
 * within the time the parser and checker may take.
 */
export const MAX_CONDITION_OPERANDS = 10_000;

const OPEN = new Set(["LParen", "LBracket", "LBrace"]);
const CLOSE = new Set(["RParen", "RBracket", "RBrace"]);

/** The index of the first token nested deeper than {@link MAX_NESTING} or past {@link MAX_CONDITION_OPERANDS}, or -1. */
export function findTooDeep(tokens: readonly IToken[]): number {
  let depth = 0;
  let inner = 0;
  let bangs = 0;
  let operands = 0;
  for (let i = 0; i < tokens.length; i++) {
    const name = tokens[i]?.tokenType.name ?? "";
    if (name === "Bang") bangs++;
    else bangs = 0;
    if (OPEN.has(name)) {
      depth++;
      if (name !== "LBrace") inner++;
    } else if (CLOSE.has(name)) {
      depth = Math.max(0, depth - 1);
      if (name !== "RBrace") inner = Math.max(0, inner - 1);
    }
    if (name === "AndAnd" || name === "OrOr" || (name === "Comma" && inner > 0)) operands++;
    if (depth + bangs > MAX_NESTING || operands > MAX_CONDITION_OPERANDS) return i;
  }
  return -1;
}
