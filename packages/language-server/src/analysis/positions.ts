import { LineIndex, type Range as DslRange, type Position as DslPosition } from "@lontar/dsl";
import type { Position, Range } from "vscode-languageserver";

/** An LSP position (0-based line and UTF-16 character) of a language position (1-based line and column). */
export function toPosition(position: DslPosition): Position {
  return { line: position.line - 1, character: position.column - 1 };
}

/** An LSP range of a language range. */
export function toRange(range: DslRange): Range {
  return { start: toPosition(range.start), end: toPosition(range.end) };
}

/** Whether `position` lies within `range` (its end included, so a cursor just after a name still counts). */
export function rangeContains(range: Range, position: Position): boolean {
  return !before(position, range.start) && !before(range.end, position);
}

/** Whether `a` comes strictly before `b`. */
export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether two ranges share at least one position. */
export function rangesOverlap(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/**
 * A document's lines in the protocol's terms: dsl's {@link LineIndex} (line starts found once,
 * `\r\n`, `\r` and `\n` breaks, UTF-16 columns) under the names the features use.
 */
export class LineStarts {
  private readonly index: LineIndex;

  /** Indexes `text`. */
  constructor(readonly text: string) {
    this.index = new LineIndex(text);
  }

  /** The LSP position of a 0-based offset. */
  position(offset: number): Position {
    return this.index.protocolPositionAt(offset);
  }

  /** The 0-based offset of an LSP position (clamped to its line and to the text). */
  offset(position: Position): number {
    return this.index.offsetAt(position);
  }

  /** The text of a 0-based line (without its line break; empty past the last line). */
  lineText(line: number): string {
    if (line < 0 || line >= this.index.lineCount) return "";
    return this.text.slice(this.index.lineStart(line), this.index.lineEnd(line));
  }

  /** How many lines. */
  get lineCount(): number {
    return this.index.lineCount;
  }
}
