import type { SourceSpan } from "@lontar/core";
import type { Location, Range } from "../../diagnostics/diagnostic.js";

/** A SourceSpan (core's) from a file and an AST range. */
export function spanOf(file: string, range: Range): SourceSpan {
  const { start, end } = range;
  return { file, start: { line: start.line, column: start.column, offset: start.offset }, end: { line: end.line, column: end.column, offset: end.offset } };
}

/**
 * Remembers which source range each compiled element and property came from, keyed by
 * its path in the workspace object (`programs.3.schedules.0`), so that an issue core
 * raises at a path can be shown at the nearest source range.
 */
export class SourceMap {
  private readonly locations = new Map<string, Location>();

  /** A map that records (`recording` true), or one that records nothing, for a compilation whose locations will not be asked. */
  constructor(readonly recording = true) {}

  /** Records that the element at `path` came from `range` of `file`. */
  record(path: readonly (string | number)[], file: string, range: Range): void {
    if (this.recording) this.locations.set(path.join("."), { file, range });
  }

  /** The location recorded at the longest prefix of `path`, if any. */
  nearest(path: readonly (string | number)[]): Location | undefined {
    for (let length = path.length; length > 0; length--) {
      const found = this.locations.get(path.slice(0, length).join("."));
      if (found !== undefined) return found;
    }
    return undefined;
  }
}
