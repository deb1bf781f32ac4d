import type { Range as DslRange, Position as DslPosition } from "@lontar/dsl";
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

/** Offsets of the start of each line of `text`, for turning offsets into positions. */
export class LineStarts {
  private readonly starts: number[] = [0];

  /** Indexes `text`. */
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /** The LSP position of a 0-based offset. */
  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - (this.starts[low] ?? 0) };
  }

  /** The 0-based offset of an LSP position (clamped to the text). */
  offset(position: Position): number {
    const start = this.starts[Math.min(position.line, this.starts.length - 1)] ?? 0;
    return Math.min(start + position.character, this.text.length);
  }

  /** The text of line `line` (without its newline). */
  lineText(line: number): string {
    const start = this.starts[line] ?? this.text.length;
    const next = this.starts[line + 1];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/, "");
  }

  /** How many lines. */
  get lineCount(): number {
    return this.starts.length;
  }
}
