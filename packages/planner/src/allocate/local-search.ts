import type { Prng } from "./prng.js";
import type { ScoreState, ScoreTotals } from "./score-state.js";

/** Budgets and knobs of the local search. */
export interface SearchOptions {
  /** Moves tried; the only stop that keeps results identical across machines. */
  readonly maxSteps: number;
  /** Optional wall-clock stop (makes results depend on the machine's speed). */
  readonly timeLimitMs?: number;
  /** Late-acceptance history length. */
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

type Undo = { kind: "slot"; slot: number; resource: number } | { kind: "time"; occ: number; choice: number };

const EPS = 1e-9;

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
 * Late acceptance hill climbing over three moves: give one slot another candidate
 * (evicting the slots it collides with when the slot was unassigned, an ejection chain
 * of length one), swap the resources of two slots of the same need, move a flexible
 * occurrence to another slot choice. A move is kept when it is no worse than the current
 * score or than the score `historyLength` steps ago, and never when it adds hard penalty.
 * Pinned slots never move. Deterministic for a seed and a step budget.
 */
export function localSearch(state: ScoreState, prng: Prng, options: SearchOptions, now: () => number): SearchStats {
  const m = state.model;
  const movable: number[] = [];
  for (let s = 0; s < m.slotOcc.length; s++) {
    if (!m.slotPinned[s] && m.active[m.slotOcc[s] ?? 0] && (m.needs[m.slotNeed[s] ?? 0]?.candidates.length ?? 0) > 0) movable.push(s);
  }
  const flexibles: number[] = [];
  for (let o = 0; o < m.occurrences.length; o++) if (m.active[o] && (m.choices[o]?.length ?? 0) > 1 && !pinnedOcc(state, o)) flexibles.push(o);
  const byNeed = new Map<number, number[]>();
  for (const s of movable) {
    const d = m.slotNeed[s] ?? 0;
    const list = byNeed.get(d);
    if (list) list.push(s);
    else byNeed.set(d, [s]);
  }
  const unassigned = movable.filter((s) => (m.slotRes[s] ?? -1) < 0);
  const stats: SearchStats = { steps: 0, accepted: 0, improved: 0 };
  if (movable.length === 0) return stats;
  const length = Math.max(1, options.historyLength ?? 400);
  // Late-acceptance history as three number arrays: no allocation per step.
  const historyHard = new Float64Array(length).fill(state.totals.hard);
  const historyMedium = new Float64Array(length).fill(state.totals.medium);
  const historySoft = new Float64Array(length).fill(state.totals.soft);
  const started = options.timeLimitMs === undefined ? 0 : now();
  const every = Math.max(1, Math.floor(options.maxSteps / 100));
  const undo: Undo[] = [];

  const change = (slot: number, resource: number): void => {
    undo.push({ kind: "slot", slot, resource: m.slotRes[slot] ?? -1 });
    state.unassign(slot);
    if (resource >= 0) state.assign(slot, resource);
  };

  const rollback = (): void => {
    for (let k = undo.length - 1; k >= 0; k--) {
      const u = undo[k];
      if (u === undefined) continue;
      if (u.kind === "time") state.moveTime(u.occ, u.choice);
      else {
        state.unassign(u.slot);
        if (u.resource >= 0) state.assign(u.slot, u.resource);
      }
    }
  };

  for (let step = 0; step < options.maxSteps; step++) {
    if (options.timeLimitMs !== undefined && (step & 1023) === 0 && now() - started > options.timeLimitMs) break;
    if (options.onProgress && step % every === 0) options.onProgress(step, options.maxSteps);
    stats.steps++;
    const beforeHard = state.totals.hard;
    const beforeMedium = state.totals.medium;
    const beforeSoft = state.totals.soft;
    undo.length = 0;
    let evicted: number[] = [];
    const roll = prng.next();
    if (roll < 0.45 && unassigned.length > 0) {
      const at = prng.below(unassigned.length);
      const slot = unassigned[at] ?? 0;
      if ((m.slotRes[slot] ?? -1) >= 0) {
        unassigned[at] = unassigned[unassigned.length - 1] ?? slot;
        unassigned.pop();
        continue;
      }
      const candidates = m.needs[m.slotNeed[slot] ?? 0]?.candidates ?? new Int32Array();
      const resource = candidates[prng.below(candidates.length)] ?? -1;
      if (resource < 0 || state.windowMiss(m.slotOcc[slot] ?? 0, resource) !== 0) continue;
      evicted = collisions(state, slot, resource);
      for (const e of evicted) change(e, -1);
      change(slot, resource);
    } else if (roll < 0.75 || flexibles.length === 0) {
      const slot = movable[prng.below(movable.length)] ?? 0;
      const current = m.slotRes[slot] ?? -1;
      if (current < 0) continue;
      if (prng.next() < 0.5) {
        const candidates = m.needs[m.slotNeed[slot] ?? 0]?.candidates ?? new Int32Array();
        const resource = candidates[prng.below(candidates.length)] ?? -1;
        if (resource < 0 || resource === current) continue;
        change(slot, resource);
      } else {
        const peers = byNeed.get(m.slotNeed[slot] ?? 0) ?? [];
        const other = peers[prng.below(peers.length)] ?? slot;
        const theirs = m.slotRes[other] ?? -1;
        if (other === slot || theirs < 0 || theirs === current) continue;
        change(slot, -1);
        change(other, current);
        change(slot, theirs);
      }
    } else {
      const occ = flexibles[prng.below(flexibles.length)] ?? 0;
      const choice = prng.below(m.choices[occ]?.length ?? 0);
      if (choice === m.choice[occ]) continue;
      undo.push({ kind: "time", occ, choice: m.choice[occ] ?? 0 });
      state.moveTime(occ, choice);
    }
    const after = state.totals;
    const v = step % length;
    const vsBefore = compareScores(after.hard, after.medium, after.soft, beforeHard, beforeMedium, beforeSoft);
    const keep = after.hard <= beforeHard && (vsBefore <= 0 || compareScores(after.hard, after.medium, after.soft, historyHard[v] ?? 0, historyMedium[v] ?? 0, historySoft[v] ?? 0) <= 0);
    if (keep) {
      stats.accepted++;
      if (vsBefore < 0) stats.improved++;
      for (const e of evicted) unassigned.push(e);
    } else rollback();
    historyHard[v] = state.totals.hard;
    historyMedium[v] = state.totals.medium;
    historySoft[v] = state.totals.soft;
  }
  options.onProgress?.(options.maxSteps, options.maxSteps);
  return stats;
}

/** The exclusive slots on `resource` that overlap `slot`'s time (none for pooled resources). */
function collisions(state: ScoreState, slot: number, resource: number): number[] {
  const m = state.model;
  const out: number[] = [];
  if (!m.resources[resource]?.exclusive) return out;
  const occ = m.slotOcc[slot] ?? 0;
  const s = m.start[occ] ?? 0;
  const e = m.end[occ] ?? 0;
  state.occupancy.near(resource, s, e, (o) => m.start[m.slotOcc[o] ?? 0] ?? 0, (o) => {
    const other = m.slotOcc[o] ?? 0;
    if (o !== slot && !m.slotPinned[o] && (m.start[other] ?? 0) < e && s < (m.end[other] ?? 0)) out.push(o);
  });
  return out.sort((a, b) => a - b);
}

/** True when any slot of the occurrence is pinned. */
function pinnedOcc(state: ScoreState, occ: number): boolean {
  const m = state.model;
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) if (m.slotPinned[s]) return true;
  return false;
}
