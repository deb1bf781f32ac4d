/**
 * Ranges from tokens, defensive against tokens Chevrotain inserted during error recovery
 * (they have no position and must never reach the AST).
 */
import type { IToken } from "chevrotain";
import type { Position, Range } from "../../diagnostics/diagnostic.js";
import { PackedRange, packRange } from "./packed-range.js";

/** True for a token that really is in the text (not inserted by error recovery). */
export function isReal(token: IToken | undefined): token is IToken {
  return token !== undefined && token.isInsertedInRecovery !== true && Number.isFinite(token.startOffset) && token.tokenType.name !== "EOF";
}

/** Where a token starts. */
export function startOf(token: IToken): Position {
  return { line: token.startLine ?? 1, column: token.startColumn ?? 1, offset: token.startOffset };
}

/** Just past a token's last character. */
export function endOf(token: IToken): Position {
  const endOffset = token.endOffset ?? token.startOffset + token.image.length - 1;
  return { line: token.endLine ?? token.startLine ?? 1, column: (token.endColumn ?? token.startColumn ?? 0) + 1, offset: endOffset + 1 };
}

/** The range of one token (packed). */
export function tokenRange(token: IToken): Range {
  return spanOf(token, token);
}

/** From the start of `first` to the end of `last`, or `undefined` when either is not real or they are out of order. */
export function spanTokens(first: IToken | undefined, last: IToken | undefined): Range | undefined {
  if (!isReal(first) || !isReal(last) || last.startOffset < first.startOffset) return undefined;
  return spanOf(first, last);
}

/** From the start of `first` to the end of `last`, packed. */
function spanOf(first: IToken, last: IToken): Range {
  return packRange(startOf(first), endOf(last));
}

/** From the start of `a` to the end of `b`, packed (without building a position of either when they are packed). */
export function join(a: Range, b: Range): Range {
  if (a instanceof PackedRange && b instanceof PackedRange) return new PackedRange(a.startLine, a.startColumn, a.startOffset, b.endLine, b.endColumn, b.endOffset);
  return packRange(a.start, b.end);
}
