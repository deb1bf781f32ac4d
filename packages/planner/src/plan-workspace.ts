import type { Workspace } from "@lontar/core";
import { defaultSteps } from "./allocate/allocate.js";
import type { DateSpan } from "./calendar/periods.js";
import { expansionMemo } from "./expand/expansion-memo.js";
import { partitionWorkspace } from "./partition/partition-workspace.js";
import { preparePart, solvePart, type PartResult, type PreparedPart } from "./partition/plan-part.js";
import { partSeed, shareSteps } from "./partition/share-steps.js";
import { assemblePlan } from "./plan/assemble-plan.js";
import type { Plan } from "./plan/plan.js";

/** Options of {@link planWorkspace}. */
export interface PlanWorkspaceOptions {
  /** The dates to plan, both inclusive. */
  readonly horizon: DateSpan;
  /** Seed of the search (default 1). */
  readonly seed?: number;
  /** Local-search moves in all (default: 20 per movable need slot, at most 1,000,000), shared among the parts. The step budget keeps plans identical across machines. */
  readonly maxSteps?: number;
  /** Optional wall-clock limit of the search, shared among the parts; makes the plan depend on the machine's speed. */
  readonly timeLimitMs?: number;
  /** A previous plan to stay close to. */
  readonly previous?: Plan;
  /** Occurrence ids whose assignments in `previous` are fixed. */
  readonly pinned?: readonly string[];
  /** Progress of the search: moves done of all parts' moves. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Each part's seed, step share and time share: a function of the parts alone. */
export interface PartBudget {
  /** The part's seed. */
  readonly seed: number;
  /** The part's moves. */
  readonly maxSteps: number;
  /** The part's wall-clock share, when the plan has a limit. */
  readonly timeLimitMs?: number;
}

/** Shares the search among prepared parts in proportion to their movable need slots. */
export function partBudgets(keys: readonly string[], movable: readonly number[], options: PlanWorkspaceOptions): PartBudget[] {
  const total = options.maxSteps ?? defaultSteps(movable.reduce((a, b) => a + b, 0));
  const steps = shareSteps(total, movable);
  const seed = options.seed ?? 1;
  return keys.map((key, i) => {
    const maxSteps = steps[i] ?? 0;
    const budget = { seed: partSeed(seed, key), maxSteps };
    return options.timeLimitMs === undefined || total === 0 ? budget : { ...budget, timeLimitMs: (options.timeLimitMs * maxSteps) / total };
  });
}

/** Progress over all parts: each part's moves counted from the moves of the parts before it, reported about a hundred times. */
export function progressOf(
  budgets: readonly PartBudget[],
  onProgress: ((done: number, total: number) => void) | undefined,
): { part(index: number, done: number): void; finish(): void } {
  const offsets: number[] = [];
  let total = 0;
  for (const b of budgets) {
    offsets.push(total);
    total += b.maxSteps;
  }
  const every = Math.max(1, Math.floor(total / 100));
  let last = -every;
  return {
    part(index, done) {
      const at = (offsets[index] ?? 0) + done;
      if (onProgress === undefined || at - last < every) return;
      last = at;
      onProgress(at, total);
    },
    finish: () => onProgress?.(total, total),
  };
}

/**
 * Plans a workspace over a horizon: expands schedules into occurrences, allocates
 * resources, checks agreements and projects KPIs, and returns plan.json's content.
 *
 * The workspace is split into independent parts (programs that share no resource, budget,
 * library or precedence; see {@link partitionWorkspace}); each part is expanded and
 * constructed, the step budget is shared among the parts by their size, each part searches
 * with its own seed, and the parts are merged. {@link planWorkspaceInParallel} does the same
 * on worker threads and returns the same plan. Expansion findings become violations (and
 * count in the score at their level); each failed agreement finding adds one medium penalty.
 * Occurrences dropped by closures, holidays and exceptions appear as cancelled, with the
 * reason. The same workspace, horizon and seed give the same bytes.
 *
 * @example const plan = planWorkspace(workspace, { horizon: { from: "2025-01-01", to: "2025-12-31" }, seed: 1 });
 */
export function planWorkspace(workspace: Workspace, options: PlanWorkspaceOptions): Plan {
  const parts = partitionWorkspace(workspace, options.previous);
  const partOptions = { horizon: options.horizon, memo: expansionMemo(), ...(options.pinned === undefined ? {} : { pinned: options.pinned }) };
  const prepared: PreparedPart[] = parts.map((part) => preparePart(part, partOptions));
  const budgets = partBudgets(
    parts.map((p) => p.key),
    prepared.map((p) => p.allocation.movable),
    options,
  );
  const progress = progressOf(budgets, options.onProgress);
  const results: PartResult[] = prepared.map((part, i) => {
    const budget = budgets[i] ?? { seed: 0, maxSteps: 0 };
    return solvePart(part, { ...budget, onProgress: (done) => progress.part(i, done) });
  });
  progress.finish();
  return assemblePlan(workspace, options.horizon, results);
}
