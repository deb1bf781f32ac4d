import type { Justification } from "../plan/plan.js";
import type { ScoreState } from "./score-state.js";

const MAX_CANDIDATES_NAMED = 5;

/**
 * Why a slot stayed unassigned: no resource fits the need at all, or, per candidate
 * (the first few), that it is unavailable, in a closed library, or booked by another
 * occurrence (named).
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
