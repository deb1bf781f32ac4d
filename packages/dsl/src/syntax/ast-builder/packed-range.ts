/**
 * The range of a syntax node, packed: the six numbers of its two positions in one object,
 * where a plain {@link Range} takes three (the range and its two positions). A parsed
 * province holds about half a million ranges and positions; V8 copies every object a kept
 * tree holds out of its young generation, so objects a tree does not need are time the
 * analysis spends (see docs/benchmarks.md). `start` and `end` build their {@link Position}
 * when read, so a packed range is read like any other; `toJSON` writes the plain shape, so
 * a diagnostic serialises to the same bytes whichever kind its range is.
 */
import { plainRange } from "@lontar/core";
import type { Position, Range } from "../../diagnostics/diagnostic.js";

/** A {@link Range} stored as six numbers; read-only, like every range of a tree. */
export class PackedRange implements Range {
  /** 1-based line of the first character. */
  readonly startLine: number;
  /** 1-based UTF-16 column of the first character. */
  readonly startColumn: number;
  /** 0-based UTF-16 offset of the first character. */
  readonly startOffset: number;
  /** 1-based line just past the last character. */
  readonly endLine: number;
  /** 1-based UTF-16 column just past the last character. */
  readonly endColumn: number;
  /** 0-based UTF-16 offset just past the last character. */
  readonly endOffset: number;

  constructor(startLine: number, startColumn: number, startOffset: number, endLine: number, endColumn: number, endOffset: number) {
    this.startLine = startLine;
    this.startColumn = startColumn;
    this.startOffset = startOffset;
    this.endLine = endLine;
    this.endColumn = endColumn;
    this.endOffset = endOffset;
  }

  /** First character (a new object on each read). */
  get start(): Position {
    return { line: this.startLine, column: this.startColumn, offset: this.startOffset };
  }

  /** Just past the last character (a new object on each read). */
  get end(): Position {
    return { line: this.endLine, column: this.endColumn, offset: this.endOffset };
  }

  /** The plain shape, `{ start, end }`, for JSON. */
  toJSON(): Range {
    return plainRange(this);
  }
}

/** A packed range from two positions. */
export function packRange(start: Position, end: Position): PackedRange {
  return new PackedRange(start.line, start.column, start.offset, end.line, end.column, end.offset);
}
