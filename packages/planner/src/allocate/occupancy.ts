const DAY_MS = 86_400_000;

/**
 * Which slots hold a resource when: per resource, a map from day number (UTC days since
 * the epoch) to the slots touching that day. Lookups for an interval scan only the days
 * it spans, so the cost stays flat as a year of occurrences grows to 10⁶.
 */
export class Occupancy {
  private readonly byResource: Map<number, number[]>[];

  /** An empty index for `resourceCount` resources. */
  constructor(resourceCount: number) {
    this.byResource = Array.from({ length: resourceCount }, () => new Map<number, number[]>());
  }

  /** Records that `slot` holds `resource` over [start, end). */
  add(resource: number, slot: number, start: number, end: number): void {
    const days = this.byResource[resource];
    if (days === undefined) return;
    for (let d = Math.floor(start / DAY_MS), last = Math.floor((end - 1) / DAY_MS); d <= last; d++) {
      const bucket = days.get(d);
      if (bucket === undefined) days.set(d, [slot]);
      else bucket.push(slot);
    }
  }

  /** Forgets that `slot` holds `resource` over [start, end). */
  remove(resource: number, slot: number, start: number, end: number): void {
    const days = this.byResource[resource];
    if (days === undefined) return;
    for (let d = Math.floor(start / DAY_MS), last = Math.floor((end - 1) / DAY_MS); d <= last; d++) {
      const bucket = days.get(d);
      if (bucket === undefined) continue;
      const at = bucket.indexOf(slot);
      if (at >= 0) {
        bucket[at] = bucket[bucket.length - 1] ?? slot;
        bucket.pop();
      }
      if (bucket.length === 0) days.delete(d);
    }
  }

  /**
   * Calls `visit` once for each slot holding `resource` on a day that [from, to) touches.
   * `startOf` gives a slot's start: a slot spanning several days is reported only from the
   * first scanned day it appears on, so it is never visited twice.
   */
  near(resource: number, from: number, to: number, startOf: (slot: number) => number, visit: (slot: number) => void): void {
    const days = this.byResource[resource];
    if (days === undefined) return;
    const first = Math.floor(from / DAY_MS);
    for (let d = first, last = Math.floor((to - 1) / DAY_MS); d <= last; d++) {
      const bucket = days.get(d);
      if (bucket === undefined) continue;
      for (const slot of bucket) {
        if (Math.max(Math.floor(startOf(slot) / DAY_MS), first) === d) visit(slot);
      }
    }
  }
}
