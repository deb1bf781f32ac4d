import { chooseSlot, constructionOrder, holdsNothing } from "./construct.js";
import { canTakePlace, movablesOf, type MoveContext, type Movables } from "./move-context.js";
import { MoveJournal } from "./move-journal.js";
import { directChange, fillOccurrence, hasPinnedSlot, overlapping, releaseOccurrence, type SlotChange } from "./occurrence-ops.js";
import type { Prng } from "./prng.js";
import { ruinAndRecreate } from "./ruin-recreate.js";
import type { ScoreState, ScoreTotals } from "./score-state.js";
import { PERIOD_DAYS_AT_MOST } from "../calendar/periods.js";

/** Budgets and knobs of the local search. */
export interface SearchOptions {
  /** Moves tried; the only stop that keeps results identical across machines. */
  readonly maxSteps: number;
  /** Optional wall-clock stop (makes results depend on the machine's speed). */
  readonly timeLimitMs?: number;
  /** Late-acceptance history length (default: a 2,000th of the steps, from 5 to 400). */
  readonly historyLength?: number;
  /** Progress callback, called about a hundred times. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What the search did. */
export interface SearchStats {
  /** Moves tried. */
  steps: number;
  /** Moves kept. */
  accepted: number;
  /** Moves that improved the score. */
  improved: number;
}

const EPS = 1e-9;

/**
 * Candidates a walk may weigh per step of its budget, on average (see `ScoreState.probes`),
 * and at most in all: a bound on its work that steps alone are not when a need has a thousand
 * candidates (a program needing 1,000 of 1,000 staff weighed ~55,000 a step, a year's search
 * over an hour). The exact-solver bench's instances weigh at most ~80 a step, the examples
 * under 1, so no plan of theirs changes; a deterministic count, not a clock.
 */
export const PROBES_PER_STEP = 500;
/** See {@link PROBES_PER_STEP}: 200 million candidates, some 15 to 20 seconds of a 2-core machine's search. */
export const MAX_WALK_PROBES = 200_000_000;

/** The share of the steps spent repairing (keeping any move that schedules no fewer) when construction left sessions unscheduled. */
export const REPAIR_SHARE = 0.7;

/** The default late-acceptance history: a 2,000th of the steps, at least 5 and at most 400 (short histories repair best on small tight problems). */
export function historyFor(steps: number): number {
  return Math.min(400, Math.max(5, Math.round(steps / 2000)));
}

/** Lexicographic order of scores: hard, then medium, then soft. */
export function compareTotals(a: ScoreTotals, b: ScoreTotals): number {
  return compareScores(a.hard, a.medium, a.soft, b.hard, b.medium, b.soft);
}

function compareScores(ah: number, am: number, as: number, bh: number, bm: number, bs: number): number {
  if (ah !== bh) return ah - bh;
  if (am !== bm) return am - bm;
  return Math.abs(as - bs) < EPS ? 0 : as - bs;
}

/**
 * Late acceptance over occurrence-level moves, each of which leaves every occurrence either
 * complete or holding nothing:
 * - insert an unscheduled occurrence, evicting what it collides with (exclusive holders,
 *   or pooled holders until the pool fits), then refilling the evicted elsewhere (a chain);
 * - move one slot (pooled ones too) to another candidate, displacing and refilling a holder;
 * - swap the resources of two slots (the holder of the wanted resource then, or a peer);
 * - move a flexible occurrence to another slot choice, refilling its needs there;
 * - ruin and recreate a neighbourhood: every occurrence overlapping one occurrence's time
 *   on its candidate resources, released and rebuilt most constrained first.
 * When construction left sessions unscheduled, the steps are shared by two walks from the
 * constructed state (the better result stays), and in each the first {@link REPAIR_SHARE} of the steps
 * repair: any move that schedules no fewer is kept, whatever its soft cost; then the best
 * state seen is restored and the rest polish. Otherwise (and while polishing) a move is
 * kept when it is no worse than the current score or the score `historyLength` steps ago,
 * and never when it adds hard penalty. The best state seen is restored at the end (and
 * whenever the walk strays far from it), then a final pass fills whatever is free. Pinned
 * slots never move. A walk also stops once it has weighed {@link PROBES_PER_STEP} candidates
 * per step of its budget (at most {@link MAX_WALK_PROBES}). Deterministic for a seed and a
 * step budget.
 */
export function localSearch(state: ScoreState, prng: Prng, options: SearchOptions, now: () => number): SearchStats {
  const stats: SearchStats = { steps: 0, accepted: 0, improved: 0 };
  const movables = movablesOf(state);
  const repairing = movables.occurrences.some((o) => !state.isComplete(o));
  if (movables.occurrences.length === 0 || options.maxSteps <= 0) options.onProgress?.(options.maxSteps, options.maxSteps);
  else if (!repairing || options.maxSteps < RESTARTS * RESTART_MIN_STEPS) walk(state, prng, options, now, movables, stats);
  else {
    // Sessions are unscheduled: several walks from the constructed state, sharing the steps; the best one stays.
    const constructed = snapshotOf(state);
    const progress = options.onProgress;
    let best: Snapshot | undefined;
    let done = 0;
    for (let k = 0; k < RESTARTS; k++) {
      const steps = k === RESTARTS - 1 ? options.maxSteps - done : Math.floor(options.maxSteps / RESTARTS);
      if (k > 0) restoreSnapshot(state, constructed);
      const offset = done;
      walk(state, prng, { ...options, maxSteps: steps, ...(progress ? { onProgress: (at: number) => progress(offset + at, options.maxSteps) } : {}) }, now, movables, stats);
      done += steps;
      if (best === undefined || compareTotals(state.totals, best.totals) < 0) best = snapshotOf(state);
    }
    if (best !== undefined && compareTotals(best.totals, state.totals) < 0) restoreSnapshot(state, best);
  }
  finalFill(state);
  return stats;
}

/** Walks of a repairing search (construction left sessions unscheduled), each from the constructed state. */
const RESTARTS = 2;
/** Below this many steps per walk, a repairing search walks once. */
const RESTART_MIN_STEPS = 2_000;

/** Assignments, slot choices and score of a state. */
interface Snapshot {
  readonly res: Int32Array;
  readonly choice: Int32Array;
  readonly totals: ScoreTotals;
}

function snapshotOf(state: ScoreState): Snapshot {
  const m = state.model;
  return { res: Int32Array.from(m.slotRes), choice: Int32Array.from(m.choice), totals: { ...state.totals } };
}

/** Puts the state back to a snapshot (score updated move by move, so it stays exact). */
function restoreSnapshot(state: ScoreState, snapshot: Snapshot): void {
  const m = state.model;
  for (let s = 0; s < m.slotOcc.length; s++) if (!m.slotPinned[s] && (m.slotRes[s] ?? -1) !== (snapshot.res[s] ?? -1)) state.unassign(s);
  for (let o = 0; o < m.occurrences.length; o++) if ((m.choice[o] ?? 0) !== (snapshot.choice[o] ?? 0)) state.moveTime(o, snapshot.choice[o] ?? 0);
  for (let s = 0; s < m.slotOcc.length; s++) {
    const r = snapshot.res[s] ?? -1;
    if (!m.slotPinned[s] && r >= 0 && (m.slotRes[s] ?? -1) !== r) state.assign(s, r);
  }
}

function walk(state: ScoreState, prng: Prng, options: SearchOptions, now: () => number, movables: Movables, stats: SearchStats): void {
  const m = state.model;
  const journal = new MoveJournal(state, Math.max(1000, 4 * m.slotOcc.length));
  const change: SlotChange = (slot, resource) => journal.change(slot, resource);
  const unassigned = movables.occurrences.filter((o) => !state.isComplete(o));
  const length = Math.max(1, options.historyLength ?? historyFor(options.maxSteps));
  // Late-acceptance history as three number arrays: no allocation per step.
  const historyHard = new Float64Array(length).fill(state.totals.hard);
  const historyMedium = new Float64Array(length).fill(state.totals.medium);
  const historySoft = new Float64Array(length);
  const best = { hard: state.totals.hard, medium: state.totals.medium, soft: state.totals.soft };
  const started = options.timeLimitMs === undefined ? 0 : now();
  const every = Math.max(1, Math.floor(options.maxSteps / 100));
  const evicted: number[] = [];
  // First a repair phase (while sessions are unscheduled): any move that schedules no fewer is kept, whatever its soft cost.
  const repairSteps = unassigned.length === 0 ? 0 : Math.floor(options.maxSteps * REPAIR_SHARE);
  historySoft.fill(repairSteps > 0 ? state.used : state.totals.soft);
  const moves: MoveContext = { state, prng, change, time: (occ, choice) => journal.time(occ, choice), evicted, movables };
  // The walk's work, bounded as its steps are: a step's cost grows with the candidates it weighs.
  const probeLimit = state.probes + Math.min(options.maxSteps * PROBES_PER_STEP, MAX_WALK_PROBES);

  for (let step = 0; step < options.maxSteps; step++) {
    if (options.timeLimitMs !== undefined && (step & 1023) === 0 && now() - started > options.timeLimitMs) break;
    if (state.probes > probeLimit) break;
    if (options.onProgress && step % every === 0) options.onProgress(step, options.maxSteps);
    stats.steps++;
    if (step === repairSteps && repairSteps > 0) {
      journal.restoreBest();
      historyHard.fill(state.totals.hard);
      historyMedium.fill(state.totals.medium);
      historySoft.fill(state.totals.soft);
    }
    const repairing = step < repairSteps;
    // Repairing, ties on medium go to the leaner schedule (fewer minutes held leave room for more sessions); polishing, to the lower soft.
    const third = (): number => (repairing ? state.used : state.totals.soft);
    const beforeHard = state.totals.hard;
    const beforeMedium = state.totals.medium;
    const beforeThird = third();
    journal.begin();
    evicted.length = 0;
    const roll = prng.next();
    const open = pickUnassigned(state, prng, unassigned);
    let tried: boolean;
    if (open >= 0 && roll < 0.4) tried = insertMove(moves, open);
    else if (open >= 0 && roll < 0.55) tried = ruinAndRecreate(moves, prng.next() < 0.5 ? open : (movables.occurrences[prng.below(movables.occurrences.length)] ?? 0));
    // Everything scheduled: polishing is mostly cheap slot moves and swaps, now and then a ruin and recreate.
    else if (open < 0 && roll < 0.05) tried = ruinAndRecreate(moves, movables.occurrences[prng.below(movables.occurrences.length)] ?? 0);
    else if (roll < 0.75 || movables.flexibles.length === 0) tried = slotMove(moves);
    else if (roll < 0.9) tried = swapMove(moves);
    else tried = timeMove(moves);
    if (!tried) {
      journal.rollback();
      continue;
    }
    const after = state.totals;
    const v = step % length;
    const now3 = third();
    const vsBefore = compareScores(after.hard, after.medium, now3, beforeHard, beforeMedium, beforeThird);
    const keep = after.hard <= beforeHard && (vsBefore <= 0 || compareScores(after.hard, after.medium, now3, historyHard[v] ?? 0, historyMedium[v] ?? 0, historySoft[v] ?? 0) <= 0);
    if (keep) {
      stats.accepted++;
      if (vsBefore < 0) stats.improved++;
      for (const o of evicted) if (!state.isComplete(o)) unassigned.push(o);
      if (compareScores(after.hard, after.medium, after.soft, best.hard, best.medium, best.soft) < 0) {
        best.hard = after.hard;
        best.medium = after.medium;
        best.soft = after.soft;
        journal.markBest();
      } else if (journal.tooLong()) journal.restoreBest();
    } else journal.rollback();
    historyHard[v] = state.totals.hard;
    historyMedium[v] = state.totals.medium;
    historySoft[v] = third();
  }
  journal.restoreBest();
  options.onProgress?.(options.maxSteps, options.maxSteps);
}

/** A random occurrence that does not take place (dropping stale entries), or -1. */
function pickUnassigned(state: ScoreState, prng: Prng, unassigned: number[]): number {
  while (unassigned.length > 0) {
    const at = prng.below(unassigned.length);
    const occ = unassigned[at] ?? 0;
    if (!state.isComplete(occ)) return occ;
    unassigned[at] = unassigned[unassigned.length - 1] ?? occ;
    unassigned.pop();
  }
  return -1;
}

/**
 * Makes room for `slot` on `resource`: releases the occurrences holding it then (every
 * exclusive holder; pooled holders one by one until the units fit) and, for a person whose
 * hours of a period (a week, a month…) are used up, sessions of that period until the occurrence fits. False when a
 * pinned holder is in the way or it still does not fit.
 */
function makeRoom(ctx: MoveContext, slot: number, resource: number): boolean {
  const { state, change, evicted } = ctx;
  const m = state.model;
  const own = m.slotOcc[slot] ?? 0;
  const release = (h: number): boolean => {
    const occ = m.slotOcc[h] ?? 0;
    if (occ === own || m.slotPinned[h]) return false;
    releaseOccurrence(state, occ, change);
    evicted.push(occ);
    return true;
  };
  const exclusive = m.resources[resource]?.exclusive ?? true;
  for (const h of overlapping(state, slot, resource)) {
    if (!exclusive && state.probeHard(slot, resource) === 0) break;
    if (!release(h)) return false;
  }
  const caps = m.resources[resource]?.caps.length ?? 0;
  for (let cap = 0; cap < caps; cap++) {
    if (!state.passesCap(own, resource, cap)) continue;
    // A person's hours of a period are used up: free that period's sessions, a random one first.
    const period = samePeriod(state, own, resource, cap);
    for (let k = 0, from = ctx.prng.below(period.length); k < period.length && state.passesCap(own, resource, cap); k++) release(period[(from + k) % period.length] ?? 0);
  }
  return state.probeHard(slot, resource) === 0;
}

/** The slots on a capped person in the occurrence's period of cap `cap` (its own left out). */
function samePeriod(state: ScoreState, occ: number, resource: number, cap: number): number[] {
  const m = state.model;
  const key = state.capKey(occ, resource, cap);
  const out: number[] = [];
  const per = m.resources[resource]?.caps[cap]?.per ?? "week";
  const reach = (PERIOD_DAYS_AT_MOST[per] + 1) * 86_400_000;
  state.occupancy.near(resource, (m.start[occ] ?? 0) - reach, (m.end[occ] ?? 0) + reach, (o) => m.start[m.slotOcc[o] ?? 0] ?? 0, (o) => {
    const other = m.slotOcc[o] ?? 0;
    if (other !== occ && state.capKey(other, resource, cap) === key) out.push(o);
  });
  return out.sort((a, b) => a - b);
}

const NEAR_FILLS = 16;

/**
 * Refills the evicted occurrences with what is free, then lets unscheduled occurrences
 * near them (in time) take what is still free: a one-for-one exchange becomes a gain when
 * the released resources serve two.
 */
function refillEvicted(ctx: MoveContext): void {
  const { state, change } = ctx;
  const released = [...ctx.evicted];
  for (const occ of released) if (!state.isComplete(occ)) fillOccurrence(state, occ, change);
  let tries = 0;
  for (const occ of released) {
    for (const near of ctx.movables.unscheduledNear(occ)) {
      if (tries++ >= NEAR_FILLS) return;
      if (!state.isComplete(near) && fillOccurrence(state, near, change)) ctx.evicted.push(near);
    }
  }
}

/** Gives a random candidate to each open slot of an unscheduled occurrence, evicting what is in the way; then refills the evicted. */
function insertMove(ctx: MoveContext, occ: number): boolean {
  const { state, prng, change } = ctx;
  const m = state.model;
  if ((m.choices[occ]?.length ?? 0) > 1 && holdsNothing(state, occ) && prng.next() < 0.5) timeTo(ctx, occ, prng.below(m.choices[occ]?.length ?? 1));
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) {
    if ((m.slotRes[s] ?? -1) >= 0) continue;
    const r = prng.next() < 0.5 ? leastHeld(state, prng, s) : randomCandidate(state, prng, s);
    if (r < 0 || !makeRoom(ctx, s, r)) return false;
    change(s, r);
  }
  refillEvicted(ctx);
  return true;
}

/** A random candidate whose windows allow the slot's occurrence then, or -1. */
function randomCandidate(state: ScoreState, prng: Prng, slot: number): number {
  const m = state.model;
  const candidates = m.needs[m.slotNeed[slot] ?? 0]?.candidates ?? new Int32Array();
  const r = candidates[prng.below(candidates.length)] ?? -1;
  const occ = m.slotOcc[slot] ?? 0;
  return r < 0 || state.windowMiss(occ, r) !== 0 ? -1 : r;
}

const LEAST_HELD_LOOKED_AT = 8;

/** Of up to eight candidates from a random one on, the one fewest other occurrences hold then (free ones first), or -1. */
function leastHeld(state: ScoreState, prng: Prng, slot: number): number {
  const m = state.model;
  const candidates = m.needs[m.slotNeed[slot] ?? 0]?.candidates ?? new Int32Array();
  const occ = m.slotOcc[slot] ?? 0;
  const from = prng.below(candidates.length);
  let best = -1;
  let fewest = Number.POSITIVE_INFINITY;
  for (let k = 0; k < Math.min(candidates.length, LEAST_HELD_LOOKED_AT); k++) {
    const r = candidates[(from + k) % candidates.length] ?? -1;
    if (r < 0 || state.windowMiss(occ, r) !== 0) continue;
    const held = state.probeHard(slot, r) === 0 ? 0 : overlapping(state, slot, r).length + state.capsOver(occ, r);
    if (held < fewest) {
      best = r;
      fewest = held;
    }
  }
  return best;
}

/** Moves one assigned slot to another candidate; a holder in the way is displaced and refilled. */
function slotMove(ctx: MoveContext): boolean {
  const { state, prng, change, movables } = ctx;
  const m = state.model;
  const slot = movables.slots[prng.below(movables.slots.length)] ?? 0;
  const current = m.slotRes[slot] ?? -1;
  if (current < 0) return false;
  const candidates = m.needs[m.slotNeed[slot] ?? 0]?.candidates ?? new Int32Array();
  const r = candidates[prng.below(candidates.length)] ?? -1;
  if (r < 0 || r === current) return false;
  change(slot, -1);
  if (state.probeHard(slot, r) !== 0 && (state.windowMiss(m.slotOcc[slot] ?? 0, r) !== 0 || !makeRoom(ctx, slot, r))) return false;
  change(slot, r);
  refillEvicted(ctx);
  return true;
}

/** Swaps a slot's resource with the slot holding a wanted candidate then, or with a random peer of the same need. */
function swapMove(ctx: MoveContext): boolean {
  const { state, prng, change, movables } = ctx;
  const m = state.model;
  const slot = movables.slots[prng.below(movables.slots.length)] ?? 0;
  const mine = m.slotRes[slot] ?? -1;
  if (mine < 0) return false;
  let other = -1;
  if (prng.next() < 0.5) {
    const candidates = m.needs[m.slotNeed[slot] ?? 0]?.candidates ?? new Int32Array();
    const wanted = candidates[prng.below(candidates.length)] ?? -1;
    if (wanted < 0 || wanted === mine || !m.resources[wanted]?.exclusive) return false;
    const holders = overlapping(state, slot, wanted);
    if (holders.length !== 1) return false;
    other = holders[0] ?? -1;
  } else {
    const peers = movables.byNeed.get(m.slotNeed[slot] ?? 0) ?? [];
    other = peers[prng.below(peers.length)] ?? -1;
  }
  const theirs = other < 0 ? -1 : (m.slotRes[other] ?? -1);
  if (other < 0 || other === slot || theirs < 0 || theirs === mine || m.slotPinned[other]) return false;
  if (!(m.needs[m.slotNeed[other] ?? 0]?.candidates.includes(mine) ?? false)) return false;
  change(slot, -1);
  change(other, mine);
  change(slot, theirs);
  return true;
}

/** Moves a flexible occurrence to another slot choice and refills its needs there (or releases it). */
function timeMove(ctx: MoveContext): boolean {
  const { state, prng, movables } = ctx;
  const m = state.model;
  const occ = movables.flexibles[prng.below(movables.flexibles.length)] ?? 0;
  const choice = prng.below(m.choices[occ]?.length ?? 0);
  if (choice === m.choice[occ]) return false;
  timeTo(ctx, occ, choice);
  return true;
}

/** Moves the occurrence to `choice`, keeping its resources where they stay free, and fills the rest (or releases it). */
function timeTo(ctx: MoveContext, occ: number, choice: number): void {
  const { state, change } = ctx;
  const m = state.model;
  const held: number[] = [];
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) {
    held.push(m.slotRes[s] ?? -1);
    if ((m.slotRes[s] ?? -1) >= 0) change(s, -1);
  }
  ctx.time(occ, choice);
  if (held.every((r) => r >= 0)) {
    held.forEach((r, k) => {
      const s = (m.firstSlot[occ] ?? 0) + k;
      if (state.probeHard(s, r) === 0) change(s, r);
    });
  }
  fillOccurrence(state, occ, change);
}

/**
 * After the search: every occurrence that does not take place tries once more with what
 * is free (a flexible one at each of its slot choices); one that still cannot is
 * released (it holds nothing). Never adds hard penalty.
 */
function finalFill(state: ScoreState): void {
  const m = state.model;
  const change = directChange(state);
  for (const occ of constructionOrder(state)) {
    if (state.isComplete(occ) || hasPinnedSlot(state, occ) || !canTakePlace(state, occ)) continue;
    releaseOccurrence(state, occ, change);
    const before = m.choice[occ] ?? 0;
    if ((m.choices[occ]?.length ?? 0) > 1) chooseSlot(state, occ);
    if (!fillOccurrence(state, occ, change) && (m.choice[occ] ?? 0) !== before) state.moveTime(occ, before);
  }
}
