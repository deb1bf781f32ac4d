import type { SourceSpan } from "@lontar/core";
import type { Location, Range } from "../../diagnostics/diagnostic.js";

/**
 * A SourceSpan (core's) from a file and an AST range. The range's positions are taken as
 * they are, not copied: the parser builds each as `{ line, column, offset }`, core's
 * SourcePosition in its normal form, and nothing changes a tree's positions after the
 * parse (a third of the compiled model's objects were these copies). Should a position
 * ever differ from that form, the element is not in normal form and core's parse copies it.
 */
export function spanOf(file: string, range: Range): SourceSpan {
  return { file, start: range.start, end: range.end };
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
