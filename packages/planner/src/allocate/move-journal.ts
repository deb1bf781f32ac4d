import type { ScoreState } from "./score-state.js";

/**
 * The changes made since the best state seen, so the search can return to it: each slot
 * change records the resource the slot held, each slot-choice change the choice before.
 * A move is begun, then kept (its changes stay in the journal) or rolled back; reaching a
 * new best clears the journal. Undoing in reverse order restores every earlier state
 * exactly, score included. Two number arrays: no allocation per change.
 */
export class MoveJournal {
  /** Slot index, or -(occurrence + 1) for a slot-choice change. */
  private readonly target: number[] = [];
  /** What the slot held (-1 none), or the occurrence's choice before. */
  private readonly before: number[] = [];
  private mark = 0;

  /** A journal over `state`; {@link tooLong} once more than `limit` changes separate it from the best. */
  constructor(
    private readonly state: ScoreState,
    private readonly limit: number,
  ) {}

  /** Starts a move: {@link rollback} returns here. */
  begin(): void {
    this.mark = this.target.length;
  }

  /** Gives `slot` the resource (-1: none), recorded. */
  change(slot: number, resource: number): void {
    const m = this.state.model;
    this.target.push(slot);
    this.before.push(m.slotRes[slot] ?? -1);
    this.state.unassign(slot);
    if (resource >= 0) this.state.assign(slot, resource);
  }

  /** Moves an occurrence to another slot choice (keeping what it holds), recorded. */
  time(occ: number, choice: number): void {
    this.target.push(-occ - 1);
    this.before.push(this.state.model.choice[occ] ?? 0);
    this.state.moveTime(occ, choice);
  }

  /** Undoes the changes of the current move. */
  rollback(): void {
    const { state } = this;
    for (let k = this.target.length - 1; k >= this.mark; k--) {
      const t = this.target[k] ?? 0;
      const b = this.before[k] ?? -1;
      if (t < 0) state.moveTime(-t - 1, b);
      else {
        state.unassign(t);
        if (b >= 0) state.assign(t, b);
      }
    }
    this.target.length = this.mark;
    this.before.length = this.mark;
  }

  /** The current state is the best seen: forget how we got here. */
  markBest(): void {
    this.target.length = 0;
    this.before.length = 0;
    this.mark = 0;
  }

  /** True when the walk has strayed more than `limit` changes from the best state. */
  tooLong(): boolean {
    return this.target.length > this.limit;
  }

  /** Returns to the best state seen. */
  restoreBest(): void {
    this.mark = 0;
    this.rollback();
  }
}
