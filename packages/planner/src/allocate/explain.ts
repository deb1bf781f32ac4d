import type { Justification } from "../plan/plan.js";
import type { ScoreState } from "./score-state.js";

const MAX_CANDIDATES_NAMED = 5;

/** True when an exclusive booking or a pool's use overlaps the slot on `resource`. */
function booked(state: ScoreState, slot: number, resource: number): boolean {
  const m = state.model;
  const occ = m.slotOcc[slot] ?? 0;
  const s = m.start[occ] ?? 0;
  const e = m.end[occ] ?? 0;
  let found = false;
  state.occupancy.near(resource, s, e, (o) => m.start[m.slotOcc[o] ?? 0] ?? 0, (o) => {
    const other = m.slotOcc[o] ?? 0;
    if (o !== slot && (m.start[other] ?? 0) < e && s < (m.end[other] ?? 0)) found = true;
  });
  return found;
}

/**
 * Why a slot stayed unassigned: no resource fits the need at all, or, per candidate
 * (the first few), that it is unavailable, out of weekly hours, in a closed library, or
 * booked by another occurrence (named).
 */
export function explainUnassigned(state: ScoreState, slot: number): Justification {
  const m = state.model;
  const occ = m.slotOcc[slot] ?? 0;
  const occurrence = m.occurrences[occ];
  const def = m.needs[m.slotNeed[slot] ?? 0];
  const id = occurrence?.id ?? "";
  const what = def === undefined ? "a resource" : `a ${def.need.kind} for need ${def.needIndex + 1} of ${def.programId}`;
  if (def === undefined || def.candidates.length === 0) {
    return { constraint: "unassigned", level: "medium", occurrenceId: id, message: `${id}: no ${what.slice(2)}: ${def?.why || "no candidate"}` };
  }
  const reasons: string[] = [];
  for (const r of def.candidates.slice(0, MAX_CANDIDATES_NAMED)) {
    const info = m.resources[r];
    const miss = state.windowMiss(occ, r);
    if (miss === 1) reasons.push(`${info?.id ?? ""} is not available then`);
    else if (state.probeHard(slot, r) > 0 && state.weekKey(occ, r) >= 0 && !booked(state, slot, r)) reasons.push(`${info?.id ?? ""} has no hours left that week (at most ${(info?.weekMinutes ?? 0) / 60} h)`);
    else if (miss === 2) reasons.push(`${info?.id ?? ""} is in a library closed then`);
    else {
      let by = "";
      const s = m.start[occ] ?? 0;
      const e = m.end[occ] ?? 0;
      state.occupancy.near(r, s, e, (o) => m.start[m.slotOcc[o] ?? 0] ?? 0, (o) => {
        const other = m.slotOcc[o] ?? 0;
        if (by === "" && o !== slot && (m.start[other] ?? 0) < e && s < (m.end[other] ?? 0)) by = m.occurrences[other]?.id ?? "";
      });
      reasons.push(by === "" ? `${info?.id ?? ""} is fully used then` : `${info?.id ?? ""} is booked by ${by}`);
    }
  }
  const more = def.candidates.length > MAX_CANDIDATES_NAMED ? ` (and ${def.candidates.length - MAX_CANDIDATES_NAMED} more candidates)` : "";
  const resourceId = m.resources[def.candidates[0] ?? 0]?.id;
  return {
    constraint: "unassigned",
    level: "medium",
    occurrenceId: id,
    ...(resourceId === undefined ? {} : { resourceId }),
    message: `${id}: no free ${what.slice(2)}: ${reasons.join("; ")}${more}`,
  };
}
