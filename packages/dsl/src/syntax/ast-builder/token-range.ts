/**
 * The range of a syntax node as the indices of its first and last tokens in its file's token
 * positions: three fields, where a {@link PackedRange} takes six. A position is built when
 * read, from the token's offset, line and column (no token spans lines), so it is the very
 * position a packed range of the same tokens gives; the ranges of a kept tree take two
 * thirds of the bytes, and V8 copies fewer bytes out of its young generation while an
 * analysis holds its trees (see docs/benchmarks.md). Read like any other range; `toJSON`
 * writes the plain shape, so a diagnostic serialises to the same bytes.
 */
import { plainRange } from "@lontar/core";
import type { Position, Range } from "../../diagnostics/diagnostic.js";

/**
 * Where a file's tokens are: offsets, lines and columns, one typed array per field (their
 * storage is outside the collected heap), shared by every {@link TokenRange} of the file.
 */
export interface TokenPositions {
  /** Start offsets. */
  readonly starts: Int32Array;
  /** End offsets (exclusive). */
  readonly ends: Int32Array;
  /** 1-based lines. */
  readonly lines: Int32Array;
  /** 1-based columns (UTF-16) of the first character. */
  readonly columns: Int32Array;
}

/** A {@link Range} from the start of one token to the end of another; read-only, like every range of a tree. */
export class TokenRange implements Range {
  /** The file's token positions. */
  readonly tokens: TokenPositions;
  /** Index of the first token. */
  readonly first: number;
  /** Index of the last token (not before the first). */
  readonly last: number;

  constructor(tokens: TokenPositions, first: number, last: number) {
    this.tokens = tokens;
    this.first = first;
    this.last = last;
  }

  /** First character (a new object on each read). */
  get start(): Position {
    const t = this.tokens;
    const i = this.first;
    return { line: t.lines[i] ?? 1, column: t.columns[i] ?? 1, offset: t.starts[i] ?? 0 };
  }

  /** Just past the last character (a new object on each read). */
  get end(): Position {
    const t = this.tokens;
    const i = this.last;
    const start = t.starts[i] ?? 0;
    const end = t.ends[i] ?? start;
    return { line: t.lines[i] ?? 1, column: (t.columns[i] ?? 1) + end - start, offset: end };
  }

  /** The plain shape, `{ start, end }`, for JSON. */
  toJSON(): Range {
    return plainRange(this);
  }
}
