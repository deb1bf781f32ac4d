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

/**
 * Follows nesting and operands token by token: {@link DepthGuard.exceeds} is true at the
 * first token nested deeper than {@link MAX_NESTING} or past {@link MAX_CONDITION_OPERANDS}.
 * The scanner stops there (nothing after a cut is parsed), and {@link findTooDeep} finds it.
 */
export class DepthGuard {
  private depth = 0;
  private inner = 0;
  private bangs = 0;
  private operands = 0;

  /** Takes the next token (by its type's name); true when it goes too deep. */
  exceeds(name: string): boolean {
    if (name === "Bang") this.bangs++;
    else this.bangs = 0;
    if (OPEN.has(name)) {
      this.depth++;
      if (name !== "LBrace") this.inner++;
    } else if (CLOSE.has(name)) {
      this.depth = Math.max(0, this.depth - 1);
      if (name !== "RBrace") this.inner = Math.max(0, this.inner - 1);
    }
    if (name === "AndAnd" || name === "OrOr" || (name === "Comma" && this.inner > 0)) this.operands++;
    return this.depth + this.bangs > MAX_NESTING || this.operands > MAX_CONDITION_OPERANDS;
  }
}

/** The index of the first token nested deeper than {@link MAX_NESTING} or past {@link MAX_CONDITION_OPERANDS}, or -1. */
export function findTooDeep(tokens: readonly IToken[]): number {
  const guard = new DepthGuard();
  for (let i = 0; i < tokens.length; i++) {
    if (guard.exceeds(tokens[i]?.tokenType.name ?? "")) return i;
  }
  return -1;
}
