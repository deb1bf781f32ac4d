import type { DateSpan } from "../calendar/periods.js";
import type { PartResult } from "../partition/plan-part.js";
import type { WorkspacePart } from "../partition/partition-workspace.js";
import type { PartBudget, PartSize } from "../partition/part-budgets.js";

/** What a planning worker is started with. */
export interface WorkerSetup {
  /** The dates to plan. */
  readonly horizon: DateSpan;
  /** Occurrence ids whose previous assignments are fixed. */
  readonly pinned?: readonly string[];
  /** The workspace-wide occurrence bound, when not the default. */
  readonly maxOccurrences?: number;
}

/** Messages from the main thread to a planning worker. */
export type ToWorker =
  /** Expand and construct these parts (indices into the plan's parts), keep them, report their sizes. */
  | { readonly type: "prepare"; readonly parts: readonly { readonly index: number; readonly part: WorkspacePart }[] }
  /** Search every part this worker prepared with these budgets and send the results. */
  | { readonly type: "solve"; readonly budgets: readonly { readonly index: number; readonly budget: PartBudget }[] };

/** Messages from a planning worker to the main thread. */
export type FromWorker =
  /** The parts of the last `prepare` are ready: their sizes. */
  | { readonly type: "prepared"; readonly sizes: readonly { readonly index: number; readonly size: PartSize }[] }
  /** Moves done since the last report. */
  | { readonly type: "progress"; readonly steps: number }
  /** Some solved parts (more may follow). */
  | { readonly type: "solved"; readonly results: readonly { readonly index: number; readonly result: PartResult }[] }
  /** Every part of this worker is solved. */
  | { readonly type: "done" };
