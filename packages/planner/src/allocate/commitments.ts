import type { Workspace } from "@lontar/core";
import { activeSpan, agreementApplies, partialMinimum, periodWindows } from "../compliance/check-compliance.js";
import { dayNumber, type DateSpan } from "../calendar/periods.js";
import { agreementOpenDays } from "../compliance/open-days.js";

/** One "at least N sessions of a program per period" commitment, as day ranges. */
interface Commitment {
  /** First day number of each period window (validity ∩ horizon), ascending. */
  readonly from: Int32Array;
  /** Last day number of each window. */
  readonly to: Int32Array;
  /** Sessions wanted in each window (pro-rated like compliance does). */
  readonly min: Int32Array;
}

/**
 * Agreement commitments the search steers by: for each program, the `sessions` (with a
 * minimum) and `hosts` obligations of the agreements that apply, as period windows with
 * the minimum each wants. Windows are validity ∩ horizon; a partial period's minimum is
 * compliance's `partialMinimum` of it, weighed by the days the agreement's library is open.
 */
export class CommitmentIndex {
  private readonly list: Commitment[] = [];
  private readonly byProgram = new Map<string, number[]>();

  /** Reads the workspace's agreements; without a horizon, each agreement's validity. */
  constructor(workspace: Workspace, horizon: DateSpan | undefined) {
    for (const agreement of workspace.agreements) {
      const span = horizon === undefined ? agreement.validity : activeSpan(agreement, horizon);
      if (span === undefined || !agreementApplies(workspace, agreement)) continue;
      // The days its library is open: what a period the span cuts is weighed by.
      const open = agreementOpenDays(workspace, agreement);
      for (const obligation of agreement.obligations) {
        if (obligation.kind === "hosts") this.add(obligation.program, [{ from: span.from, to: span.to, min: 1 }]);
        else if (obligation.kind === "sessions" && obligation.min !== undefined && obligation.min > 0) {
          const min = obligation.min;
          const windows = periodWindows(span, obligation.per, open).map(({ window, share }) => ({ ...window, min: partialMinimum(min, share) }));
          this.add(obligation.program, windows);
        }
      }
    }
  }

  private add(program: string, windows: readonly { from: string; to: string; min: number }[]): void {
    const kept = windows.filter((w) => w.min > 0);
    if (kept.length === 0) return;
    const index = this.list.length;
    this.list.push({
      from: Int32Array.from(kept, (w) => dayNumber(w.from)),
      to: Int32Array.from(kept, (w) => dayNumber(w.to)),
      min: Int32Array.from(kept, (w) => w.min),
    });
    const mine = this.byProgram.get(program);
    if (mine) mine.push(index);
    else this.byProgram.set(program, [index]);
  }

  /** Number of commitments. */
  get size(): number {
    return this.list.length;
  }

  /** The commitments on a program (indices), empty when none. */
  of(programId: string): readonly number[] {
    return this.byProgram.get(programId) ?? NONE;
  }

  /** Periods of commitment `c`. */
  periods(c: number): number {
    return this.list[c]?.min.length ?? 0;
  }

  /** Sessions wanted in period `p` of commitment `c`. */
  min(c: number, p: number): number {
    return this.list[c]?.min[p] ?? 0;
  }

  /** The period of commitment `c` containing the local date, or -1. */
  periodOf(c: number, localDate: string): number {
    const k = this.list[c];
    if (k === undefined) return -1;
    const day = dayNumber(localDate);
    let lo = 0;
    let hi = k.from.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((k.to[mid] ?? 0) < day) lo = mid + 1;
      else if ((k.from[mid] ?? 0) > day) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Offset of commitment `c`'s first period in a flat array of all periods. */
  offsets(): Int32Array {
    const out = new Int32Array(this.list.length + 1);
    this.list.forEach((k, c) => (out[c + 1] = (out[c] ?? 0) + k.min.length));
    return out;
  }
}

const NONE: readonly number[] = [];

/**
 * Sessions a commitment still lacks, summed over its periods: Σ max(0, min − scheduled).
 * `counts` is indexed by {@link CommitmentIndex.offsets}.
 */
export function shortfallOf(index: CommitmentIndex, counts: Int32Array): number {
  const offsets = index.offsets();
  let total = 0;
  for (let c = 0; c < index.size; c++) {
    for (let p = 0; p < index.periods(c); p++) total += Math.max(0, index.min(c, p) - (counts[(offsets[c] ?? 0) + p] ?? 0));
  }
  return total;
}
