/** Bytes per slab: large enough that a province year needs a few dozen, small enough to waste little. */
const SLAB_BYTES = 16 << 20;

/** Bytes per piece that {@link EventBytes.pieces} gives (about a thousand events). */
const PIECE_BYTES = 1 << 20;

const encoder = new TextEncoder();

/**
 * The UTF-8 bytes of many events, appended into a few large slabs instead of one buffer
 * (and one object for the garbage collector to trace) per event: a province year has a
 * million events, each written into four or five calendars. Events are numbered in the
 * order they are added. Plain typed arrays, so it runs in a browser too.
 */
export class EventBytes {
  private readonly slabs: Uint8Array[] = [];
  private current = new Uint8Array(0);
  private used = 0;
  private readonly slabOf: number[] = [];
  private readonly startOf: number[] = [];
  private readonly lengthOf: number[] = [];

  /** How many events were added. */
  get count(): number {
    return this.slabOf.length;
  }

  /** Adds an event's text (encoded as UTF-8), followed by `tail` (bytes already encoded) when given, and returns its number. */
  add(text: string, tail?: Uint8Array): number {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    this.room(text.length * 3 + (tail?.length ?? 0));
    let { written } = encoder.encodeInto(text, this.current.subarray(this.used));
    if (tail !== undefined) {
      this.current.set(tail, this.used + written);
      written += tail.length;
    }
    return this.added(written);
  }

  /**
   * Begins an event of at most `most` bytes, to be written straight into the returned slab
   * from {@link start} on (no scratch buffer, no view per event); {@link end} then records it.
   */
  begin(most: number): Uint8Array {
    this.room(most);
    return this.current;
  }

  /** Where the event begun by {@link begin} starts in its slab. */
  get start(): number {
    return this.used;
  }

  /** Records the event begun by {@link begin}, `written` bytes from {@link start}, and returns its number. */
  end(written: number): number {
    return this.added(written);
  }

  /** Makes sure the current slab has room for `most` more bytes. */
  private room(most: number): void {
    if (this.current.length - this.used < most) {
      this.current = new Uint8Array(Math.max(SLAB_BYTES, most));
      this.slabs.push(this.current);
      this.used = 0;
    }
  }

  /** Records the event of `written` bytes just put at the end of the current slab. */
  private added(written: number): number {
    this.slabOf.push(this.slabs.length - 1);
    this.startOf.push(this.used);
    this.lengthOf.push(written);
    this.used += written;
    return this.slabOf.length - 1;
  }

  /**
   * The bytes of the given events, in the given order, as pieces of about a megabyte
   * whose concatenation is all of them; runs of events stored side by side are copied at once.
   * The pieces share one buffer: each holds until the next is asked for (write or decode it
   * first), so a province's 2.4 GB of calendars need no new buffer per megabyte.
   */
  *pieces(events: readonly number[]): Generator<Uint8Array> {
    let buffer = new Uint8Array(0);
    let k = 0;
    while (k < events.length) {
      // The events of this piece: whole events up to PIECE_BYTES (at least one).
      let end = k;
      let size = 0;
      while (end < events.length && (end === k || size + (this.lengthOf[events[end] ?? 0] ?? 0) <= PIECE_BYTES)) {
        size += this.lengthOf[events[end] ?? 0] ?? 0;
        end++;
      }
      if (buffer.length < size) buffer = new Uint8Array(Math.max(size, PIECE_BYTES));
      const piece = buffer.subarray(0, size);
      let at = 0;
      while (k < end) {
        const first = events[k] ?? 0;
        const slab = this.slabOf[first] ?? 0;
        const start = this.startOf[first] ?? 0;
        let stop = start + (this.lengthOf[first] ?? 0);
        k++;
        // Extend the run while the next event follows in the same slab.
        while (k < end) {
          const next = events[k] ?? 0;
          if (this.slabOf[next] !== slab || this.startOf[next] !== stop) break;
          stop += this.lengthOf[next] ?? 0;
          k++;
        }
        piece.set((this.slabs[slab] ?? new Uint8Array(0)).subarray(start, stop), at);
        at += stop - start;
      }
      yield piece;
    }
  }
}
