import type { Workspace } from "@lontar/core";
import { buildModel } from "../src/allocate/model.js";
import { rescore } from "../src/allocate/rescore.js";
import { ScoreState, type ScoreTotals } from "../src/allocate/score-state.js";
import type { Occurrence } from "../src/expand/occurrence.js";

/**
 * The baseline: greedy first-fit. Occurrences in time order, each need slot gets the
 * first candidate that is free then (no ordering by difficulty, no soft criteria, no
 * search); an occurrence whose needs cannot all be met gives back what it took (it does
 * not take place). It shares the candidate lists and the day-bucketed occupancy index, so
 * the comparison is about method, not data structures.
 */
export function greedyFirstFit(workspace: Workspace, occurrences: readonly Occurrence[]): ScoreTotals {
  const model = buildModel(workspace, occurrences);
  const state = new ScoreState(model, { travelBufferMinutes: 30 });
  for (let o = 0; o < occurrences.length; o++) {
    const first = model.firstSlot[o] ?? 0;
    const last = first + (model.slotCount[o] ?? 0);
    for (let s = first; s < last; s++) {
      const candidates = model.needs[model.slotNeed[s] ?? 0]?.candidates ?? new Int32Array();
      const free = candidates.find((r) => state.probeHard(s, r) === 0);
      if (free !== undefined) state.assign(s, free);
    }
    if (!state.isComplete(o)) for (let s = first; s < last; s++) state.unassign(s);
  }
  return rescore(state, 30).totals;
}
