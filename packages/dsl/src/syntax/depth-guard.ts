/**
 * Bounds nesting before parsing, so deeply nested input gets a diagnostic instead of
 * overflowing the parser's stack.
 */
import type { IToken } from "chevrotain";

/** Deepest nesting of `(`, `[`, `{` and `!` the parser accepts. */
export const MAX_NESTING = 200;

const OPEN = new Set(["LParen", "LBracket", "LBrace"]);
const CLOSE = new Set(["RParen", "RBracket", "RBrace"]);

/** The index of the first token nested deeper than {@link MAX_NESTING}, or -1. */
export function findTooDeep(tokens: readonly IToken[]): number {
  let depth = 0;
  let bangs = 0;
  for (let i = 0; i < tokens.length; i++) {
    const name = tokens[i]?.tokenType.name ?? "";
    if (name === "Bang") bangs++;
    else bangs = 0;
    if (OPEN.has(name)) depth++;
    else if (CLOSE.has(name)) depth = Math.max(0, depth - 1);
    if (depth + bangs > MAX_NESTING) return i;
  }
  return -1;
}
