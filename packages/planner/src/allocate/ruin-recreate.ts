import { chooseSlot, holdsNothing, tightnessOf } from "./construct.js";
import { fillOccurrence, overlapping, releaseOccurrence } from "./occurrence-ops.js";
import type { MoveContext } from "./move-context.js";

/** The most occurrences one ruin-and-recreate move rebuilds. */
export const RUIN_MAX = 12;
/** Candidate resources per need looked at when gathering a neighbourhood. */
const CANDIDATES_LOOKED_AT = 8;
/** Slot choices a flexible occurrence tries when it is recreated. */
const CHOICES_TRIED = 16;

/**
 * The neighbourhood of an occurrence: itself, the occurrences holding one of its candidate
 * resources during its time, and the unscheduled occurrences overlapping it that could use
 * one of those resources; at most {@link RUIN_MAX}, none with a pinned slot.
 */
function neighbourhood(ctx: MoveContext, occ: number): number[] {
  const { state, movables } = ctx;
  const m = state.model;
  const out = [occ];
  const seen = new Set(out);
  const wanted = new Set<number>();
  const add = (o: number): void => {
    if (out.length >= RUIN_MAX || seen.has(o) || !movables.mayMove[o]) return;
    seen.add(o);
    out.push(o);
  };
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) {
    const candidates = m.needs[m.slotNeed[s] ?? 0]?.candidates ?? new Int32Array();
    for (let k = 0; k < Math.min(candidates.length, CANDIDATES_LOOKED_AT); k++) {
      const r = candidates[k] ?? -1;
      wanted.add(r);
      for (const h of overlapping(state, s, r)) add(m.slotOcc[h] ?? 0);
    }
  }
  for (const o of movables.unscheduledNear(occ)) {
    if (state.isComplete(o)) continue;
    for (let s = m.firstSlot[o] ?? 0, last = s + (m.slotCount[o] ?? 0); s < last; s++) {
      if ((m.needs[m.slotNeed[s] ?? 0]?.candidates ?? []).some((r) => wanted.has(r))) {
        add(o);
        break;
      }
    }
  }
  return out;
}

/**
 * Ruin and recreate: releases the neighbourhood of `occ` and rebuilds it, most constrained
 * first, earliest end first or fewest minutes held first (random order among equals);
 * flexible members may pick another slot choice. The
 * released members are listed in `ctx.evicted`. Always applicable.
 */
export function ruinAndRecreate(ctx: MoveContext, occ: number): boolean {
  const { state, prng, change } = ctx;
  const m = state.model;
  const members = neighbourhood(ctx, occ);
  for (const o of members) {
    releaseOccurrence(state, o, change);
    ctx.evicted.push(o);
  }
  // Most constrained first; or earliest end first (what fits most sessions on one resource); or leanest first (fewest minutes held).
  const order = prng.below(3);
  const lean = (o: number): number => (m.slotCount[o] ?? 0) * ((m.end[o] ?? 0) - (m.start[o] ?? 0));
  const key = new Map(members.map((o) => [o, (order === 0 ? tightnessOf(state, o) : order === 1 ? (m.end[o] ?? 0) : lean(o)) + prng.next()]));
  members.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0));
  for (const o of members) {
    if ((m.choices[o]?.length ?? 0) > 1 && holdsNothing(state, o) && prng.next() < 0.5) chooseSlot(state, o, CHOICES_TRIED, ctx.time);
    fillOccurrence(state, o, change);
  }
  return true;
}
