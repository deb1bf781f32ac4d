/**
 * Where a file's tokens are, in typed arrays (offsets, lines, columns), kept by the syntax
 * nodes the fast readers build: such a node holds these places and its first and last token,
 * and builds its {@link Range} when one is read, instead of holding a range object from the
 * parse on. A province's trees held about 150,000 ranges; each was an object the garbage
 * collector copied out of the young generation with its tree: without them the trees' heap is
 * 30 % smaller and the analysis takes about a tenth less CPU (docs/benchmarks.md, "The
 * language after stop 58"). The arrays' storage is outside the collected heap.
 */
import { PackedRange } from "../ast-builder/packed-range.js";

/** The places of a file's tokens, indexed like its token table; read-only. */
export class TokenPlaces {
  /**
   * @param starts Each token's start offset.
   * @param ends Each token's end offset (exclusive).
   * @param lines Each token's 1-based line (no token spans lines).
   * @param columns Each token's 1-based UTF-16 column.
   */
  constructor(
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly lines: Int32Array,
    readonly columns: Int32Array,
  ) {}

  /** From the start of token `first` to the end of token `last` (just `first` when `last` is not after it), a new range. */
  span(first: number, last: number): PackedRange {
    const to = last > first ? last : first;
    const start = this.starts[first] ?? 0;
    const lastStart = this.starts[to] ?? 0;
    const end = this.ends[to] ?? lastStart;
    return new PackedRange(this.lines[first] ?? 1, this.columns[first] ?? 1, start, this.lines[to] ?? 1, (this.columns[to] ?? 1) + end - lastStart, end);
  }
}
