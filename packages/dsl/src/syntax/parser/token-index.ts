/**
 * A token's index by its start offset, found by binary search over the tokens (which are
 * in source order): no per-token table to build, which matters on files of 100,000s of tokens.
 */
import type { IToken } from "chevrotain";

/** Finds a token's index from its start offset. */
export class TokenIndex {
  /** Indexes `tokens`, which must be in increasing start offset. */
  constructor(private readonly tokens: readonly IToken[]) {}

  /** The index of the token starting at `offset`, or undefined when none starts there. */
  get(offset: number): number | undefined {
    let low = 0;
    let high = this.tokens.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const start = this.tokens[mid]?.startOffset ?? 0;
      if (start === offset) return mid;
      if (start < offset) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }
}
