import type { Justification } from "../plan/plan.js";
import type { ScoreState } from "./score-state.js";

const MAX_CANDIDATES_NAMED = 5;

/** The id of the first occurrence booked on `resource` over the slot's time, or "" when none. */
function bookedBy(state: ScoreState, slot: number, resource: number): string {
  const m = state.model;
  const occ = m.slotOcc[slot] ?? 0;
  const s = m.start[occ] ?? 0;
  const e = m.end[occ] ?? 0;
  let by = "";
  state.occupancy.near(resource, s, e, (o) => m.start[m.slotOcc[o] ?? 0] ?? 0, (o) => {
    const other = m.slotOcc[o] ?? 0;
    if (by === "" && o !== slot && (m.start[other] ?? 0) < e && s < (m.end[other] ?? 0)) by = m.occurrences[other]?.id ?? "";
  });
  return by;
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
    const by = miss === 1 ? "" : bookedBy(state, slot, r);
    if (miss === 1) reasons.push(`${info?.id ?? ""} is not available then`);
    else if (by === "" && state.weekOver(occ, r) > 0) reasons.push(`${info?.id ?? ""} has no hours left that week (at most ${(info?.weekMinutes ?? 0) / 60} h)`);
    else if (miss === 2) reasons.push(`${info?.id ?? ""} is in a library closed then`);
    else reasons.push(by === "" ? `${info?.id ?? ""} is fully used then` : `${info?.id ?? ""} is booked by ${by}`);
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
