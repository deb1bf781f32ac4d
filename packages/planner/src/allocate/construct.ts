import type { ScoreState } from "./score-state.js";

const MAX_SLOT_CHOICES_TRIED = 64;

/**
 * The order construction visits occurrences in: most constrained first (fewest
 * candidates over its needs), then earliest, then input order.
 */
export function constructionOrder(state: ScoreState): number[] {
  const m = state.model;
  const tightness = new Float64Array(m.occurrences.length);
  const order: number[] = [];
  for (let o = 0; o < m.occurrences.length; o++) {
    if (!m.active[o]) continue;
    let fewest = Number.MAX_SAFE_INTEGER;
    for (let s = m.firstSlot[o] ?? 0, last = s + (m.slotCount[o] ?? 0); s < last; s++) {
      fewest = Math.min(fewest, m.needs[m.slotNeed[s] ?? 0]?.candidates.length ?? 0);
    }
    tightness[o] = fewest;
    order.push(o);
  }
  return order.sort((a, b) => (tightness[a] ?? 0) - (tightness[b] ?? 0) || (m.start[a] ?? 0) - (m.start[b] ?? 0) || a - b);
}

/**
 * The best resource for an unassigned slot: no hard penalty, least soft penalty, then
 * best fit (the smallest room, vehicle or pool that meets the need, so a large room stays
 * free for a large group), then candidate order; -1 if none.
 */
export function bestResource(state: ScoreState, slot: number): number {
  const m = state.model;
  const candidates = m.needs[m.slotNeed[slot] ?? 0]?.candidates;
  if (candidates === undefined) return -1;
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

/** How many of an occurrence's unassigned slots could be filled at its current time. */
function fillable(state: ScoreState, occ: number): number {
  const m = state.model;
  let count = 0;
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) {
    if ((m.slotRes[s] ?? -1) >= 0) continue;
    const candidates = m.needs[m.slotNeed[s] ?? 0]?.candidates ?? [];
    if (candidates.some((r) => state.probeHard(s, r) === 0)) count++;
  }
  return count;
}

/**
 * Construction heuristic: visits occurrences most constrained first and gives each
 * unassigned slot its best feasible resource. A flexible occurrence with nothing assigned
 * yet first picks the slot choice where most needs can be met, fewest sessions of the same
 * program fall on that day, earliest choice on ties.
 */
export function construct(state: ScoreState): void {
  const m = state.model;
  for (const occ of constructionOrder(state)) {
    const first = m.firstSlot[occ] ?? 0;
    const count = m.slotCount[occ] ?? 0;
    const choices = m.choices[occ] ?? [];
    let untouched = true;
    for (let s = first; s < first + count; s++) if ((m.slotRes[s] ?? -1) >= 0) untouched = false;
    if (untouched && choices.length > 1) {
      let best = m.choice[occ] ?? 0;
      let bestKey = Number.NEGATIVE_INFINITY;
      const base = state.totals.soft;
      for (let c = 0; c < Math.min(choices.length, MAX_SLOT_CHOICES_TRIED); c++) {
        state.moveTime(occ, c);
        const key = fillable(state, occ) * 1e6 - (state.totals.soft - base);
        if (key > bestKey + 1e-9) {
          bestKey = key;
          best = c;
        }
      }
      state.moveTime(occ, best);
    }
    for (let s = first; s < first + count; s++) {
      if ((m.slotRes[s] ?? -1) >= 0) continue;
      const r = bestResource(state, s);
      if (r >= 0) state.assign(s, r);
    }
  }
}
