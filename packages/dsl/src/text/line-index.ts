import type { Position, Range } from "../diagnostics/diagnostic.js";
import { expectString } from "./caller-input.js";

/** A place in the editor protocol's terms: 0-based line, 0-based UTF-16 column (LSP's `Position`). */
export interface ProtocolPosition {
  /** 0-based line. */
  readonly line: number;
  /** 0-based column in UTF-16 code units. */
  readonly character: number;
}

/** A range in the editor protocol's terms (LSP's `Range`), `end` exclusive. */
export interface ProtocolRange {
  /** First character. */
  readonly start: ProtocolPosition;
  /** Just past the last character. */
  readonly end: ProtocolPosition;
}

/**
 * The line starts of a text, found once, so that offsets and positions convert both ways
 * by binary search instead of rescanning the text. Lines break at `\r\n`, `\r` and `\n`
 * (as the lexer breaks them); columns count UTF-16 code units, so they are what both the
 * editor protocol and JavaScript strings count. People's positions ({@link Position}) are
 * 1-based, the protocol's ({@link ProtocolPosition}) 0-based. Offsets out of the text are
 * clamped to it; a column past its line's end is clamped to the line's end.
 *
 * @example
 * const index = new LineIndex("room a {}\nroom b {}");
 * index.positionAt(10); // { line: 2, column: 1, offset: 10 }
 * index.offsetAt({ line: 1, character: 5 }); // 15
 */
export class LineIndex {
  /** Offset of the first character of each line; `starts[0]` is 0. */
  private readonly starts: number[];
  /** The 0-based lines that end with the two-unit break `\r\n`. */
  private readonly crlf = new Set<number>();
  /** The text's length in UTF-16 code units. */
  readonly length: number;

  /** @throws TypeError when `text` is not a string (a Buffer, `null`). */
  constructor(text: string) {
    expectString(text, "text", "LineIndex");
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) {
          this.crlf.add(starts.length - 1);
          i++;
        }
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    this.length = text.length;
  }

  /** The number of lines (a text ending with a line break has an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The offset where a 0-based line starts (clamped to the lines there are). */
  lineStart(line: number): number {
    const n = Math.max(0, Math.min(Math.floor(line), this.starts.length - 1));
    return this.starts[n] ?? 0;
  }

  /** The offset just past a 0-based line's last character, before its line break. */
  lineEnd(line: number): number {
    const n = Math.max(0, Math.min(Math.floor(line), this.starts.length - 1));
    const next = this.starts[n + 1];
    if (next === undefined) return this.length;
    return this.crlf.has(n) ? next - 2 : next - 1;
  }

  /** The 0-based line that contains an offset. */
  lineOf(offset: number): number {
    const at = this.clamp(offset);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The 1-based position of an offset, for people and diagnostics. */
  positionAt(offset: number): Position {
    const at = this.clamp(offset);
    const line = this.lineOf(at);
    return { line: line + 1, column: at - (this.starts[line] ?? 0) + 1, offset: at };
  }

  /** The 0-based protocol position of an offset. */
  protocolPositionAt(offset: number): ProtocolPosition {
    const at = this.clamp(offset);
    const line = this.lineOf(at);
    return { line, character: at - (this.starts[line] ?? 0) };
  }

  /** The offset of a 0-based protocol position. */
  offsetAt(position: ProtocolPosition): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.length;
    const start = this.lineStart(position.line);
    return Math.max(start, Math.min(start + Math.floor(position.character), this.lineEnd(position.line)));
  }

  /** The offset of a 1-based line and column. */
  offsetOfLineColumn(line: number, column: number): number {
    return this.offsetAt({ line: line - 1, character: column - 1 });
  }

  /** The 1-based range of two offsets. */
  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** A diagnostic's range in protocol terms (from its offsets). */
  toProtocolRange(range: Range): ProtocolRange {
    return { start: this.protocolPositionAt(range.start.offset), end: this.protocolPositionAt(range.end.offset) };
  }

  /** The offsets of a protocol range, `start <= end`. */
  offsetsOf(range: ProtocolRange): { readonly start: number; readonly end: number } {
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    return a <= b ? { start: a, end: b } : { start: b, end: a };
  }

  private clamp(offset: number): number {
    return Number.isFinite(offset) ? Math.max(0, Math.min(Math.floor(offset), this.length)) : 0;
  }
}
