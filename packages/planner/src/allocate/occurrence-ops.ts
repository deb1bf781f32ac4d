import type { ScoreState } from "./score-state.js";

/**
 * The best resource for an unassigned slot: no hard penalty, least soft penalty, then
 * best fit (the smallest room, vehicle or pool that meets the need, so a large room stays
 * free for a large group), then candidate order; -1 if none.
 */
export function bestResource(state: ScoreState, slot: number): number {
  const m = state.model;
  const candidates = m.needs[m.slotNeed[slot] ?? 0]?.candidates;
  if (candidates === undefined) return -1;
  state.probes += candidates.length;
  let best = -1;
  let bestSoft = Number.POSITIVE_INFINITY;
  let bestSize = Number.POSITIVE_INFINITY;
  for (const r of candidates) {
    if (state.probeHard(slot, r) !== 0) continue;
    const soft = state.probeSoft(slot, r);
    const size = m.resources[r]?.size ?? 0;
    if (soft < bestSoft - 1e-9 || (soft <= bestSoft + 1e-9 && size < bestSize)) {
      best = r;
      bestSoft = soft;
      bestSize = size;
    }
  }
  return best;
}

/** Gives `slot` the resource (-1: none), recording what it held so a move can be undone. */
export type SlotChange = (slot: number, resource: number) => void;

/** A change that records nothing (construction, final fill). */
export function directChange(state: ScoreState): SlotChange {
  return (slot, resource) => {
    state.unassign(slot);
    if (resource >= 0) state.assign(slot, resource);
  };
}

/** Releases every slot of the occurrence that is not pinned: an occurrence that does not take place holds nothing. */
export function releaseOccurrence(state: ScoreState, occ: number, change: SlotChange): void {
  const m = state.model;
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) {
    if ((m.slotRes[s] ?? -1) >= 0 && !m.slotPinned[s]) change(s, -1);
  }
}

/**
 * Gives each unassigned slot of the occurrence its best free resource (no hard penalty);
 * when one cannot be filled, releases the occurrence. True when it now takes place.
 */
export function fillOccurrence(state: ScoreState, occ: number, change: SlotChange): boolean {
  const m = state.model;
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) {
    if ((m.slotRes[s] ?? -1) >= 0) continue;
    const r = bestResource(state, s);
    if (r < 0) {
      releaseOccurrence(state, occ, change);
      return false;
    }
    change(s, r);
  }
  return true;
}

/** True when some slot of the occurrence is pinned. */
export function hasPinnedSlot(state: ScoreState, occ: number): boolean {
  const m = state.model;
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) if (m.slotPinned[s]) return true;
  return false;
}

/** The slots on `resource` overlapping the occurrence of `slot` (the slot itself left out), ascending. */
export function overlapping(state: ScoreState, slot: number, resource: number): number[] {
  const m = state.model;
  const occ = m.slotOcc[slot] ?? 0;
  const s = m.start[occ] ?? 0;
  const e = m.end[occ] ?? 0;
  const out: number[] = [];
  state.occupancy.near(resource, s, e, (o) => m.start[m.slotOcc[o] ?? 0] ?? 0, (o) => {
    const other = m.slotOcc[o] ?? 0;
    if (o !== slot && (m.start[other] ?? 0) < e && s < (m.end[other] ?? 0)) out.push(o);
  });
  return out.sort((a, b) => a - b);
}
