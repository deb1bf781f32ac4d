import { defaultSteps } from "../allocate/allocate.js";
import type { PlanWorkspaceOptions } from "../plan-workspace.js";
import type { PreparedPart } from "./plan-part.js";
import { partSeed, shareSteps } from "./share-steps.js";

/** Each part's seed, step share and time share: a function of the parts alone. */
export interface PartBudget {
  /** The part's seed. */
  readonly seed: number;
  /** The part's moves. */
  readonly maxSteps: number;
  /** The part's wall-clock share, when the plan has a limit. */
  readonly timeLimitMs?: number;
}

/** The size of a prepared part, which its share of the search follows. */
export interface PartSize {
  /** Need slots not pinned, of active occurrences (the default budget counts these). */
  readonly movable: number;
  /** Movable slots that have a candidate: what the search can change. */
  readonly searchable: number;
  /** Searchable slots construction left unassigned. */
  readonly unassigned: number;
}

/** How much more an unassigned slot weighs than an assigned one when the search is shared: repairing is what the search is for. */
export const REPAIR_WEIGHT = 100;

/** The size of a prepared part. */
export const partSize = (prepared: PreparedPart): PartSize => ({ movable: prepared.allocation.movable, searchable: prepared.allocation.searchable, unassigned: prepared.allocation.unassigned });

/**
 * Shares the search among prepared parts: the step budget (default 20 per movable slot of
 * all parts plus 200 per slot construction left unassigned, at most 1,000,000) in proportion to the slots the search can change plus
 * {@link REPAIR_WEIGHT} per such slot construction left unassigned (a slot without any
 * candidate weighs nothing: no move can help it); each part's seed from the plan's seed
 * and its key.
 */
export function partBudgets(keys: readonly string[], sizes: readonly PartSize[], options: PlanWorkspaceOptions): PartBudget[] {
  const total = options.maxSteps ?? defaultSteps(
    sizes.reduce((a, b) => a + b.movable, 0),
    sizes.reduce((a, b) => a + b.unassigned, 0),
  );
  const steps = shareSteps(
    total,
    sizes.map((s) => s.searchable + REPAIR_WEIGHT * s.unassigned),
  );
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
