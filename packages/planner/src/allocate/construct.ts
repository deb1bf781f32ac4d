import { directChange, fillOccurrence } from "./occurrence-ops.js";
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
    tightness[o] = tightnessOf(state, o);
    order.push(o);
  }
  return order.sort((a, b) => (tightness[a] ?? 0) - (tightness[b] ?? 0) || (m.start[a] ?? 0) - (m.start[b] ?? 0) || a - b);
}

/** The fewest candidates any need slot of the occurrence has (MAX_SAFE_INTEGER without needs). */
export function tightnessOf(state: ScoreState, occ: number): number {
  const m = state.model;
  let fewest = Number.MAX_SAFE_INTEGER;
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) {
    fewest = Math.min(fewest, m.needs[m.slotNeed[s] ?? 0]?.candidates.length ?? 0);
  }
  return fewest;
}

/** How many of an occurrence's unassigned slots could be filled at its current time. */
function fillable(state: ScoreState, occ: number): number {
  const m = state.model;
  let count = 0;
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) {
    if ((m.slotRes[s] ?? -1) >= 0) {
      count++;
      continue;
    }
    const candidates = m.needs[m.slotNeed[s] ?? 0]?.candidates ?? [];
    if (candidates.some((r) => state.probeHard(s, r) === 0)) count++;
  }
  return count;
}

/**
 * Moves a flexible occurrence that holds nothing to its most promising slot choice (of the
 * first 64, and when none of those meets every need, of 64 more spread over the rest): where
 * every need can be met, then where most can, then where an agreement commitment lacks sessions,
 * then the least soft penalty (fewest sessions of the program that day), earliest on ties;
 * never one at the same time as another session of its program (a hard point). `tried`
 * bounds the choices looked at; `moveTo` moves the occurrence (a search records it);
 * returns the choice.
 */
export function chooseSlot(state: ScoreState, occ: number, tried = MAX_SLOT_CHOICES_TRIED, moveTo: (occ: number, choice: number) => void = (o, c) => state.moveTime(o, c)): number {
  const m = state.model;
  const choices = m.choices[occ] ?? [];
  const count = m.slotCount[occ] ?? 0;
  let best = m.choice[occ] ?? 0;
  let bestKey = Number.NEGATIVE_INFINITY;
  // Whether a choice looked at meets every need (an occurrence with no need meets them all anywhere).
  let allMet = false;
  const base = state.totals.soft;
  const consider = (c: number): void => {
    moveTo(occ, c);
    // At the same time as another session of its program: never chosen (where every choice is, the session stays where it was).
    if (state.clashesOf(occ) > 0) return;
    const fits = fillable(state, occ);
    allMet ||= fits === count;
    const key = (fits === count ? 1e12 : 0) + fits * 1e8 - state.commitDelta(occ, 1) * 1e5 - (state.totals.soft - base);
    if (key > bestKey + 1e-9) {
      bestKey = key;
      best = c;
    }
  };
  const first = Math.min(choices.length, tried);
  for (let c = 0; c < first; c++) consider(c);
  // None of the first choices meets every need (the period's first days are full): the rest are
  // looked at too, `tried` of them spread evenly over them, so a month's later days are not left
  // empty while its first week turns sessions away.
  const rest = choices.length - first;
  if (!allMet && rest > 0) {
    const step = Math.max(1, rest / tried);
    for (let k = 0; k < tried && first + Math.floor(k * step) < choices.length; k++) consider(first + Math.floor(k * step));
  }
  moveTo(occ, best);
  return best;
}

/** True when no slot of the occurrence holds a resource. */
export function holdsNothing(state: ScoreState, occ: number): boolean {
  const m = state.model;
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) if ((m.slotRes[s] ?? -1) >= 0) return false;
  return true;
}

/**
 * Construction heuristic: visits occurrences most constrained first and gives each need
 * slot its best feasible resource; an occurrence whose needs cannot all be met is released
 * (it holds nothing, so later occurrences may use what it would have taken). A flexible
 * occurrence with nothing assigned yet first picks its slot with {@link chooseSlot}.
 */
export function construct(state: ScoreState): void {
  const m = state.model;
  const change = directChange(state);
  for (const occ of constructionOrder(state)) {
    if ((m.choices[occ]?.length ?? 0) > 1 && holdsNothing(state, occ)) chooseSlot(state, occ);
    fillOccurrence(state, occ, change);
  }
}
