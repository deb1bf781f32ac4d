/** The kinds of lexical piece the scanner tells apart (the lexer's token patterns, grouped). */
export type PieceKind = "docComment" | "comment" | "string" | "money" | "date" | "time" | "duration" | "number" | "word" | "regex" | "punctuation";

/** A piece of source text: its kind and offsets (end exclusive). */
export interface Piece {
  /** What it is. */
  readonly kind: PieceKind;
  /** First character. */
  readonly start: number;
  /** Just past the last character. */
  readonly end: number;
  /** The text. */
  readonly text: string;
}

// The patterns of @lontar/dsl's lexer (syntax/lexer/tokens.ts), in its order of precedence.
const PATTERNS: readonly (readonly [PieceKind, RegExp])[] = [
  ["docComment", /\/\/\/(?!\/)[^\r\n]*/y],
  ["comment", /\/\/[^\r\n]*/y],
  ["string", /"(?:[^"\\\r\n]|\\[^\r\n])*"?/y],
  ["money", /Rp[ \t]*\d+(?:\.\d{3})*/y],
  ["date", /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?/y],
  ["time", /\d{1,2}:\d{2}/y],
  ["duration", /(?:\d+h\d+m|\d+[hm])(?![A-Za-z0-9_])/y],
  ["number", /\d+(?:\.\d{3})*(?!\d)/y],
  ["word", /[A-Za-z_][A-Za-z0-9_]*/y],
  ["punctuation", /\.\.|&&|\|\||[=!<>]=?|[.,{}()[\]-]/y],
];

/**
 * Splits a text into comments, literals, words and punctuation (white space and unknown
 * characters skipped). Linear: each step consumes at least one character.
 */
export function scan(text: string): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  outer: while (offset < text.length) {
    const c = text.charCodeAt(offset);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      offset++;
      continue;
    }
    for (const [kind, pattern] of PATTERNS) {
      pattern.lastIndex = offset;
      const m = pattern.exec(text);
      if (m !== null && m[0].length > 0) {
        pieces.push({ kind, start: offset, end: offset + m[0].length, text: m[0] });
        offset += m[0].length;
        continue outer;
      }
    }
    offset++;
  }
  return pieces;
}
