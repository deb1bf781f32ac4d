import type { Library, Workspace } from "@lontar/core";
import type { Occurrence, Slot } from "../expand/occurrence.js";
import type { Justification, Plan, PlanScore, PlannedOccurrence } from "../plan/plan.js";
import { applyBudgetCaps } from "./budget-caps.js";
import { construct } from "./construct.js";
import { explainUnassigned } from "./explain.js";
import { zoneOf } from "./facts.js";
import { localSearch, type SearchStats } from "./local-search.js";
import type { KnownCandidates } from "./candidates.js";
import type { DateSpan } from "../calendar/periods.js";
import { buildModel } from "./model.js";
import { checkPrecedences } from "./precedences.js";
import { applyPrevious } from "./previous.js";
import { createPrng } from "./prng.js";
import { rescore } from "./rescore.js";
import { ScoreState } from "./score-state.js";
import { checkSearchNumbers } from "./search-bounds.js";
import { placeableAlone, settleBudgets } from "./settle-budgets.js";
import { receivedVisit, sitesInTurn } from "./sites-in-turn.js";
import { staticChecks, type StaticOutcome } from "./static-checks.js";

/** Options of {@link allocate}. */
export interface AllocateOptions {
  /** Seed of the search's random choices, a whole number from 0 to 4,294,967,295 (`MAX_SEED`): same input and seed, same plan. */
  readonly seed: number;
  /** Local-search moves, a whole number up to 10,000,000 (`MAX_STEPS`); default 20 per movable need slot plus 400 per slot construction left unassigned, at most 1,000,000. The step budget alone keeps results machine-independent. */
  readonly maxSteps?: number | undefined;
  /** Optional wall-clock limit for the local search, finite and not negative. Makes the result depend on the machine's speed; leave unset for reproducible plans. */
  readonly timeLimitMs?: number | undefined;
  /** A previous plan: its assignments that still hold are kept, and each change costs a soft point. */
  readonly previous?: Plan | undefined;
  /** Occurrence ids whose assignments in `previous` are fixed absolutely (never moved, even if they now conflict). */
  readonly pinned?: readonly string[] | undefined;
  /** Minimum minutes between a vehicle's consecutive stops at different sites (default 30). */
  readonly travelBufferMinutes?: number | undefined;
  /** Progress of the local search. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** Clock for `timeLimitMs` only (default `performance.now`). */
  readonly now?: (() => number) | undefined;
  /** The dates planned: bounds the agreement commitments the search steers by (each agreement's validity when absent). */
  readonly horizon?: DateSpan | undefined;
  /** Libraries outside `workspace` that its sessions visit (a route's stops in another part of a partitioned plan), as given to expansion. */
  readonly siteLibraries?: readonly Library[] | undefined;
}

/** Figures about one allocation run. */
export interface AllocationStats {
  /** Occurrences given. */
  readonly occurrences: number;
  /** Need slots (one per resource wanted). */
  readonly slots: number;
  /** Score after construction, before local search. */
  readonly constructed: PlanScore;
  /** Local-search moves tried. */
  readonly steps: number;
  /** Moves kept. */
  readonly accepted: number;
  /** Moves that improved the score. */
  readonly improved: number;
  /** The soft penalty before rounding to three decimals (parts of a plan are summed unrounded). */
  readonly unroundedSoft: number;
}

/** The outcome of {@link allocate}. */
export interface AllocationResult {
  /** Every occurrence, in input order, with status, assignments and reasons. */
  readonly occurrences: PlannedOccurrence[];
  /** Every hard, medium and occurrence-level soft penalty, justified. */
  readonly violations: Justification[];
  /** Penalties by level. */
  readonly score: PlanScore;
  /** What the run did. */
  readonly stats: AllocationStats;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * An allocation after construction and before local search: the solver's state and what
 * the static checks decided. Made by {@link prepareAllocation}; the search and
 * {@link finishAllocation} continue from it. Planning in parts prepares every part first,
 * so the step budget can be shared out before any part searches.
 */
export interface PreparedAllocation {
  /** The occurrences, in the order given. */
  readonly occurrences: readonly Occurrence[];
  /** The solver's state (assignments and score), constructed. */
  readonly state: ScoreState;
  /** Stage-gate and rule outcomes per occurrence. */
  readonly outcomes: readonly StaticOutcome[];
  /** Budget-cap refusals per occurrence, before the search (settled against what takes place when finished). */
  readonly refusals: readonly (Justification | undefined)[];
  /** Need slots the search may move (not pinned, occurrence active). */
  readonly movable: number;
  /** Movable slots that have a candidate: the ones the search can change. */
  readonly searchable: number;
  /** Searchable slots construction left unassigned. */
  readonly unassigned: number;
  /** Score after construction. */
  readonly constructed: PlanScore;
  /** The travel buffer used, minutes. */
  readonly bufferMinutes: number;
  /** The declared libraries a session may visit, by id: the workspace's and the visited ones outside it. */
  readonly visited: ReadonlyMap<string, Library>;
}

/** Extra moves per need slot construction left unassigned (when sessions are unscheduled, repairing them is what the search is for). */
export const REPAIR_STEPS_PER_SLOT = 400;

/** The default step budget: 20 moves per movable need slot plus {@link REPAIR_STEPS_PER_SLOT} per slot construction left unassigned, at most 1,000,000. */
export function defaultSteps(movable: number, unassigned = 0): number {
  return Math.min(1_000_000, 20 * movable + REPAIR_STEPS_PER_SLOT * unassigned);
}

/**
 * Compiles the problem and builds the first assignment: static checks (stage gates,
 * rules, flexible choices), budget caps, the previous plan, then construction (most
 * constrained first). Reads only `travelBufferMinutes`, `previous` and `pinned` of the options.
 */
export function prepareAllocation(
  workspace: Workspace,
  occurrences: readonly Occurrence[],
  options: Omit<AllocateOptions, "seed"> & { readonly candidates?: KnownCandidates },
): PreparedAllocation {
  const bufferMinutes = options.travelBufferMinutes ?? 30;
  const model = buildModel(workspace, occurrences, options.candidates, options.horizon);
  const zones = new Map(workspace.libraries.map((l) => [l.id, zoneOf(l)]));
  const outcomes = staticChecks(workspace, occurrences, zones);
  outcomes.forEach((outcome, o) => {
    model.choices[o] = outcome.choices;
    const slot = outcome.choices[0];
    if (slot !== undefined) {
      model.start[o] = slot.startMs;
      model.end[o] = slot.endMs;
    }
    if (outcome.cancelled !== undefined || slot === undefined) model.active[o] = 0;
  });
  const state = new ScoreState(model, { travelBufferMinutes: bufferMinutes });
  // A session no resource could ever serve then draws no money (see settleBudgets).
  const refusals = applyBudgetCaps(workspace, occurrences, [...model.active].map((a) => a === 1), (o) => placeableAlone(state, o), model.commitments);
  refusals.forEach((refusal, o) => refusal !== undefined && state.deactivate(o));
  applyPrevious(state, options.previous, new Set(options.pinned ?? []));
  construct(state);
  const constructed = { hard: state.totals.hard, medium: state.totals.medium, soft: round(state.totals.soft) };
  let movable = 0;
  let searchable = 0;
  let unassigned = 0;
  for (let s = 0; s < model.slotOcc.length; s++) {
    if (model.slotPinned[s] || !model.active[model.slotOcc[s] ?? 0]) continue;
    movable++;
    if ((model.needs[model.slotNeed[s] ?? 0]?.candidates.length ?? 0) === 0) continue;
    searchable++;
    if ((model.slotRes[s] ?? -1) < 0) unassigned++;
  }
  const visited = new Map([...(options.siteLibraries ?? []), ...workspace.libraries].map((l) => [l.id, l]));
  return { occurrences, state, outcomes, refusals, movable, searchable, unassigned, constructed, bufferMinutes, visited };
}

/** Runs the local search on a prepared allocation, in place. */
export function searchAllocation(
  prepared: PreparedAllocation,
  options: Pick<AllocateOptions, "seed" | "timeLimitMs" | "onProgress" | "now"> & { readonly maxSteps: number },
): SearchStats {
  return localSearch(
    prepared.state,
    createPrng(options.seed),
    { maxSteps: options.maxSteps, ...(options.timeLimitMs === undefined ? {} : { timeLimitMs: options.timeLimitMs }), ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
    options.now ?? (() => performance.now()),
  );
}

/**
 * Assigns resources (and, for flexible sessions, slots) to occurrences. Stage gates and
 * forbidding/requiring rules cancel occurrences; budget caps leave the sessions past a cap
 * unassigned; then a construction heuristic (most constrained first) and late-acceptance
 * local search with incremental scores fill the need slots without double booking,
 * respecting capacity, roles, skills, availability and opening hours. Deterministic for
 * a seed and step budget.
 *
 * @example const { occurrences, score } = allocate(workspace, expanded.occurrences, { seed: 1 });
 * @throws RangeError when `seed`, `maxSteps` or `timeLimitMs` is not a number of its kind (a whole `seed` within `MAX_SEED`, a whole `maxSteps` within `MAX_STEPS`, a finite `timeLimitMs` not below 0).
 */
export function allocate(workspace: Workspace, occurrences: readonly Occurrence[], options: AllocateOptions): AllocationResult {
  checkSearchNumbers(options);
  const prepared = prepareAllocation(workspace, occurrences, options);
  const search = searchAllocation(prepared, { ...options, maxSteps: options.maxSteps ?? defaultSteps(prepared.movable, prepared.unassigned) });
  return finishAllocation(workspace, prepared, search);
}

/**
 * Turns a searched allocation into planned occurrences with their statuses, assignments
 * and reasons, the justified violations and the final score (recounted from scratch,
 * precedences checked on the final times). A rotating route's sites are taken in turn by
 * the final times (see {@link sitesInTurn}). Budget refusals are settled first against the
 * sessions that take place (see {@link settleBudgets}): a session is refused for money only
 * when money is what stops it. Finishes an allocation once (it changes the state).
 */
export function finishAllocation(workspace: Workspace, prepared: PreparedAllocation, search: SearchStats): AllocationResult {
  const { occurrences, state, outcomes, bufferMinutes, constructed } = prepared;
  const model = state.model;
  const refusals = settleBudgets(workspace, state, prepared.refusals);
  // A rotating route visits its sites in the order of the sessions' final times, before the travel buffers are counted.
  const slotOf = (o: number): Slot | undefined => model.choices[o]?.[model.choice[o] ?? 0] ?? occurrences[o];
  const sites = sitesInTurn(workspace, occurrences, (o) => model.start[o] ?? occurrences[o]?.startMs ?? 0, receivedVisit(prepared.visited, occurrences, slotOf));
  for (const [o, site] of sites) model.site[o] = site;
  const scored = rescore(state, bufferMinutes);
  const violations: Justification[] = [];
  const reasonsOf = new Map<string, Justification[]>();
  const note = (j: Justification, listed: boolean): void => {
    if (listed) violations.push(j);
    if (j.occurrenceId === undefined) return;
    const list = reasonsOf.get(j.occurrenceId);
    if (list) list.push(j);
    else reasonsOf.set(j.occurrenceId, [j]);
  };
  // Commitments steer the search; the plan counts their failed findings once, in compliance.
  let medium = scored.totals.medium - scored.shortfall;
  let soft = scored.totals.soft;
  const planned: PlannedOccurrence[] = occurrences.map((occurrence, o) => {
    const outcome = outcomes[o];
    const slot = model.choices[o]?.[model.choice[o] ?? 0] ?? occurrence;
    const site = sites.get(o) ?? occurrence.site;
    const make = (status: PlannedOccurrence["status"], assignments: PlannedOccurrence["assignments"]): PlannedOccurrence =>
      site !== undefined
        ? { id: occurrence.id, programId: occurrence.programId, libraryId: occurrence.libraryId, site, start: slot.start, end: slot.end, status, assignments }
        : occurrence.sites !== undefined
          ? { id: occurrence.id, programId: occurrence.programId, libraryId: occurrence.libraryId, sites: [...occurrence.sites], start: slot.start, end: slot.end, status, assignments }
          : { id: occurrence.id, programId: occurrence.programId, libraryId: occurrence.libraryId, start: slot.start, end: slot.end, status, assignments };
    if (outcome?.cancelled) {
      note(outcome.cancelled, true);
      return make("cancelled", []);
    }
    for (const warning of outcome?.warnings ?? []) {
      soft++;
      note(warning, true);
    }
    const refusal = refusals[o];
    if (refusal !== undefined) {
      medium++;
      note(refusal, true);
      return make("unassigned", []);
    }
    if (!state.isComplete(o)) {
      note(explainUnassigned(state, o), true);
      return make("unassigned", []);
    }
    const assignments: PlannedOccurrence["assignments"] = [];
    for (let s = model.firstSlot[o] ?? 0, last = s + (model.slotCount[o] ?? 0); s < last; s++) {
      const r = model.resources[model.slotRes[s] ?? -1];
      if (r !== undefined) assignments.push({ resourceId: r.id, kind: r.kind });
    }
    return make("scheduled", assignments);
  });
  for (const v of scored.violations) note(v, true);
  const times = (): Map<string, { start: number; end: number }> => new Map(occurrences.map((o, i) => [o.id, { start: model.start[i] ?? o.startMs, end: model.end[i] ?? o.endMs }]));
  const breaches = checkPrecedences(workspace, planned, times);
  for (const b of breaches) note(b, true);
  const withReasons = planned.map((p) => {
    const reasons = reasonsOf.get(p.id);
    return reasons === undefined ? p : { ...p, reasons };
  });
  return {
    occurrences: withReasons,
    violations,
    score: { hard: scored.totals.hard + breaches.length, medium, soft: round(soft) },
    stats: { occurrences: occurrences.length, slots: model.slotOcc.length, constructed, ...search, unroundedSoft: soft },
  };
}
