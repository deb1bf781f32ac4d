import { hasPinnedSlot, type SlotChange } from "./occurrence-ops.js";
import type { Prng } from "./prng.js";
import type { ScoreState } from "./score-state.js";

/** The search's fixed view of the problem: what may move, and where to find it. */
export interface Movables {
  /** Need slots not pinned, of active occurrences, with a candidate. */
  readonly slots: number[];
  /** Active occurrences the search may change (needs that all have candidates, or several slot choices; nothing pinned). */
  readonly occurrences: number[];
  /** 1 for the occurrences in {@link Movables.occurrences}. */
  readonly mayMove: Uint8Array;
  /** Flexible occurrences among them. */
  readonly flexibles: number[];
  /** Movable slots by need definition (swap peers). */
  readonly byNeed: Map<number, number[]>;
  /** Movable occurrences whose first slot choice overlaps the occurrence's current time. */
  unscheduledNear(occ: number): number[];
}

/** What a move works with. */
export interface MoveContext {
  readonly state: ScoreState;
  readonly prng: Prng;
  /** Changes a slot, recorded so the move can be undone. */
  readonly change: SlotChange;
  /** Moves an occurrence to another slot choice, recorded. */
  readonly time: (occ: number, choice: number) => void;
  /** Occurrences the move released (refilled when possible); filled by the move. */
  readonly evicted: number[];
  readonly movables: Movables;
}

/** False when some need of the occurrence has no candidate at all (no move can schedule it). */
export function canTakePlace(state: ScoreState, occ: number): boolean {
  const m = state.model;
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) if ((m.needs[m.slotNeed[s] ?? 0]?.candidates.length ?? 0) === 0) return false;
  return true;
}

const NEAR_MAX = 64;

/** Reads what the search may move from the state after construction. */
export function movablesOf(state: ScoreState): Movables {
  const m = state.model;
  const slots: number[] = [];
  const byNeed = new Map<number, number[]>();
  for (let s = 0; s < m.slotOcc.length; s++) {
    if (m.slotPinned[s] || !m.active[m.slotOcc[s] ?? 0] || (m.needs[m.slotNeed[s] ?? 0]?.candidates.length ?? 0) === 0) continue;
    slots.push(s);
    const d = m.slotNeed[s] ?? 0;
    const list = byNeed.get(d);
    if (list) list.push(s);
    else byNeed.set(d, [s]);
  }
  const occurrences: number[] = [];
  const flexibles: number[] = [];
  const mayMove = new Uint8Array(m.occurrences.length);
  for (let o = 0; o < m.occurrences.length; o++) {
    if (!m.active[o] || hasPinnedSlot(state, o) || !canTakePlace(state, o)) continue;
    const flexible = (m.choices[o]?.length ?? 0) > 1;
    if ((m.slotCount[o] ?? 0) === 0 && !flexible) continue;
    occurrences.push(o);
    mayMove[o] = 1;
    if (flexible) flexibles.push(o);
  }
  const firstStart = (o: number): number => m.choices[o]?.[0]?.startMs ?? m.start[o] ?? 0;
  const firstEnd = (o: number): number => m.choices[o]?.[0]?.endMs ?? m.end[o] ?? 0;
  const byStart = [...occurrences].sort((a, b) => firstStart(a) - firstStart(b) || a - b);
  const starts = Float64Array.from(byStart, firstStart);
  let longest = 0;
  for (const o of occurrences) longest = Math.max(longest, firstEnd(o) - firstStart(o));
  const unscheduledNear = (occ: number): number[] => {
    const s = m.start[occ] ?? 0;
    const e = m.end[occ] ?? 0;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) < s - longest) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < starts.length && (starts[k] ?? 0) < e && out.length < NEAR_MAX; k++) {
      const o = byStart[k] ?? 0;
      if (o !== occ && firstEnd(o) > s && !state.isComplete(o)) out.push(o);
    }
    return out;
  };
  return { slots, occurrences, mayMove, flexibles, byNeed, unscheduledNear };
}
