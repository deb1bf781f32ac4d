import { expectKnownOptions, type Workspace } from "@lontar/core";
import type { DateSpan } from "./calendar/periods.js";
import { partitionWorkspace, type WorkspacePart } from "./partition/partition-workspace.js";
import { preparePart, solvePart, type PartOptions, type PartResult, type PreparedPart } from "./partition/plan-part.js";
import { partBudgets, partSize, progressOf } from "./partition/part-budgets.js";
import { assemblePlan } from "./plan/assemble-plan.js";
import type { Plan } from "./plan/plan.js";
import { refusedPlan } from "./plan/refused-plan.js";
import { expansionMemo, type ExpansionMemo } from "./expand/expansion-memo.js";
import { checkSearchNumbers } from "./allocate/search-bounds.js";
import { checkOccurrenceBound } from "./expand/workspace-bound.js";
import { expectWorkspace } from "./plan/workspace-shape.js";
import { checkOptionShapes } from "./plan/option-shapes.js";
import { expectHorizon } from "./plan/horizon-shape.js";
import { planningHorizon } from "./plan/planning-horizon.js";

/** Options of {@link planWorkspace}. */
export interface PlanWorkspaceOptions {
  /** The dates to plan, both inclusive (default: the workspace's declared `horizon`). */
  readonly horizon?: DateSpan | undefined;
  /** Seed of the search (default 1), a whole number from 0 to 4,294,967,295 (`MAX_SEED`). */
  readonly seed?: number | undefined;
  /**
   * Local-search moves in all (default: 20 per movable need slot, at most 1,000,000), shared among the parts,
   * a whole number up to 10,000,000 (`MAX_STEPS`). The step budget keeps plans identical across machines.
   */
  readonly maxSteps?: number | undefined;
  /** Optional wall-clock limit of the search in milliseconds, finite and not negative, shared among the parts; makes the plan depend on the machine's speed. */
  readonly timeLimitMs?: number | undefined;
  /** A previous plan to stay close to. */
  readonly previous?: Plan | undefined;
  /** Occurrence ids whose assignments in `previous` are fixed. */
  readonly pinned?: readonly string[] | undefined;
  /** Progress of the search: moves done of all parts' moves. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** Progress before the search: parts expanded and constructed, of all parts. */
  readonly onPrepare?: ((done: number, total: number) => void) | undefined;
  /**
   * The bound on the workspace's occurrences in the horizon (closures' drops included),
   * a whole number, default 2,000,000. A workspace past it is refused, counted but not expanded: the plan
   * has no occurrence and one hard `EXPAND_WORKSPACE_LIMIT` violation (see `planRefusal`).
   */
  readonly maxOccurrences?: number | undefined;
}

/** The keys of {@link PlanWorkspaceOptions}. */
const WORKSPACE_OPTION_KEYS = ["horizon", "seed", "maxSteps", "timeLimitMs", "previous", "pinned", "onProgress", "onPrepare", "maxOccurrences"] as const satisfies readonly (keyof PlanWorkspaceOptions)[];
/** Every option is among {@link WORKSPACE_OPTION_KEYS}: an option added to the interface fails to compile here until it is. */
const EVERY_OPTION: [Exclude<keyof PlanWorkspaceOptions, (typeof WORKSPACE_OPTION_KEYS)[number]>] extends [never] ? true : never = true;
void EVERY_OPTION;

/**
 * The option keys the planners take, to refuse any other (a misspelt `horizn` was ignored
 * silently): {@link PlanWorkspaceOptions}' and `threads`, planWorkspaceInParallel's, which
 * planWorkspace ignores, so that one options object serves both.
 */
export const PLAN_OPTION_KEYS: readonly string[] = [...WORKSPACE_OPTION_KEYS, "threads"];

/**
 * Plans a workspace over a horizon: expands schedules into occurrences, allocates
 * resources, checks agreements and projects KPIs, and returns plan.json's content.
 *
 * The workspace is split into independent parts (programs that share no resource, budget,
 * library or precedence; see {@link partitionWorkspace}); each part is expanded and
 * constructed, the step budget is shared among the parts by their size, each part searches
 * with its own seed, and the parts are merged. `planWorkspaceInParallel` (from `@lontar/planner/node`) does the same
 * on worker threads and returns the same plan. Expansion findings become violations (and
 * count in the score at their level); each failed agreement finding adds one medium penalty.
 * Occurrences dropped by closures, holidays and exceptions appear as cancelled, with the
 * reason. The same workspace, horizon and seed give the same bytes.
 *
 * With no `options.horizon`, it plans the workspace's declared `horizon`, else the span of its
 * agreements' validity, as `lontar plan` does ({@link planningHorizon} tells which).
 *
 * @example const plan = planWorkspace(workspace, { horizon: { from: "2025-01-01", to: "2025-12-31" }, seed: 1 });
 * @example const plan = planWorkspace(workspace); // over its declared horizon, seed 1
 * @throws TypeError when no horizon is given and the workspace has neither a `horizon` nor an agreement (check `planningHorizon(workspace)` first),
 * when the horizon is not an object `{ from, to }` (a string `"2026-01-01..2026-12-31"`), when an
 * option's key is not one of {@link PlanWorkspaceOptions} nor `threads` (`horizn`: the message names the nearest), when
 * `pinned` is not a list of ids, `previous` not a plan, or a callback not a function, or when `workspace` is plainly not a validated one (raw JSON: validate it with `validateWorkspace` first);
 * RangeError when the horizon is not two calendar days `YYYY-MM-DD` in order, or a number of
 * the options is not of its kind: `seed` and `maxSteps` whole numbers within their maximum,
 * `timeLimitMs` finite and not negative, `maxOccurrences` a whole number.
 */
export function planWorkspace(workspace: Workspace, planOptions: PlanWorkspaceOptions = {}): Plan {
  expectWorkspace(workspace, "planWorkspace");
  expectKnownOptions(planOptions, PLAN_OPTION_KEYS, "planWorkspace");
  const options = withHorizon(workspace, planOptions);
  // The bound is checked before partitioning: a workspace past it costs only its count.
  const memo = expansionMemo();
  return refusedPlan(workspace, options, memo) ?? planCheckedParts(workspace, partitionWorkspace(workspace, options.previous), options, memo);
}

/**
 * The options with the horizon filled in: the one given, else the workspace's declared one,
 * else the span of its agreements' validity ({@link planningHorizon}, as `lontar plan` takes it).
 * A caller that passes none made a mistake, so this throws a TypeError; a horizon that is
 * not two calendar days in order, a RangeError (a workspace's declared one is checked already),
 * and so does a number of the options that is not of its kind (`maxSteps: Infinity` would
 * never return, `maxOccurrences: NaN` would turn the bound off).
 */
export function withHorizon<T extends PlanWorkspaceOptions>(workspace: Workspace, options: T): T & { readonly horizon: DateSpan } {
  checkSearchNumbers(options);
  checkOptionShapes(options);
  checkOccurrenceBound("maxOccurrences", options.maxOccurrences);
  // As `lontar plan`: the workspace's declared horizon, else the span of its agreements' validity.
  const own = options.horizon === undefined ? planningHorizon(workspace) : undefined;
  const horizon = options.horizon ?? (own === undefined ? undefined : { from: own.from, to: own.to });
  if (horizon === undefined) throw new TypeError("no horizon to plan: pass options.horizon, declare `horizon` in the workspace, or give it an agreement (its validity is then the horizon)");
  expectHorizon(horizon);
  return { ...options, horizon };
}

/** {@link planWorkspace} on parts already made by {@link partitionWorkspace}, on this thread. */
export function planParts(workspace: Workspace, parts: readonly WorkspacePart[], planOptions: PlanWorkspaceOptions): Plan {
  expectWorkspace(workspace, "planParts");
  expectKnownOptions(planOptions, PLAN_OPTION_KEYS, "planParts");
  const options = withHorizon(workspace, planOptions);
  const memo = expansionMemo();
  return refusedPlan(workspace, options, memo) ?? planCheckedParts(workspace, parts, options, memo);
}

/**
 * {@link planParts} for a workspace already found within its occurrence bound, `memo`
 * holding the recurrence sets that check expanded (internal: the caller has checked).
 */
export function planCheckedParts(workspace: Workspace, parts: readonly WorkspacePart[], options: PlanWorkspaceOptions & { readonly horizon: DateSpan }, memo: ExpansionMemo): Plan {
  const shared: PartOptions = {
    horizon: options.horizon,
    memo,
    ...(options.pinned === undefined ? {} : { pinned: options.pinned }),
    ...(options.maxOccurrences === undefined ? {} : { maxOccurrences: options.maxOccurrences }),
  };
  const every = Math.max(1, Math.floor(parts.length / 100));
  const prepared: PreparedPart[] = parts.map((part, i) => {
    const done = preparePart(part, shared);
    if (options.onPrepare !== undefined && ((i + 1) % every === 0 || i + 1 === parts.length)) options.onPrepare(i + 1, parts.length);
    return done;
  });
  const budgets = partBudgets(
    parts.map((p) => p.key),
    prepared.map(partSize),
    options,
  );
  const progress = progressOf(budgets, options.onProgress);
  const results: PartResult[] = prepared.map((part, i) => {
    const budget = budgets[i] ?? { seed: 0, maxSteps: 0 };
    // Let the part's solver state go as soon as it is solved: the heap then holds results, not models.
    delete prepared[i];
    return solvePart(part, { ...budget, onProgress: (done) => progress.part(i, done) });
  });
  progress.finish();
  return assemblePlan(workspace, options.horizon, results);
}
