import type { Justification } from "../plan/plan.js";
import { bestResource } from "./occurrence-ops.js";
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
    if (by === "" && o !== slot && other !== occ && (m.start[other] ?? 0) < e && s < (m.end[other] ?? 0)) by = m.occurrences[other]?.id ?? "";
  });
  return by;
}

/** Why one candidate cannot take the slot, in a planner's words. */
function candidateReason(state: ScoreState, slot: number, r: number): string {
  const m = state.model;
  const occ = m.slotOcc[slot] ?? 0;
  const info = m.resources[r];
  const id = info?.id ?? "";
  const miss = state.windowMiss(occ, r);
  if (miss === 1) return `${id} is not available then`;
  const by = bookedBy(state, slot, r);
  if (by === "" && state.weekOver(occ, r) > 0) return `${id} has no hours left that week (at most ${(info?.weekMinutes ?? 0) / 60} h)`;
  if (miss === 2) return `${id} is in a library closed then`;
  return by === "" ? `${id} is fully used then` : `${id} is booked by ${by}`;
}

/**
 * For a room need: "20 registrants; the largest room free then, lab_komputer, holds 12"
 * (rooms of the occurrence's library or shared), or that no room is free then.
 */
function roomHint(state: ScoreState, slot: number): string {
  const m = state.model;
  const occ = m.slotOcc[slot] ?? 0;
  const def = m.needs[m.slotNeed[slot] ?? 0];
  if (def === undefined || def.need.kind !== "room" || def.people === 0 || def.need.resource !== undefined) return "";
  const library = m.occurrences[occ]?.libraryId;
  let largest = -1;
  m.resources.forEach((r, i) => {
    if (r.kind !== "room" || (r.library !== undefined && r.library !== library)) return;
    if (state.windowMiss(occ, i) !== 0 || bookedBy(state, slot, i) !== "") return;
    if (largest < 0 || r.size > (m.resources[largest]?.size ?? 0)) largest = i;
  });
  const room = m.resources[largest];
  const people = `${def.people} registrant${def.people === 1 ? "" : "s"}`;
  if (room === undefined) return `${people}; no room is free then`;
  return room.size < def.people ? `${people}; the largest room free then, ${room.id}, holds ${room.size}` : "";
}

/** Explains one slot that cannot be filled (the occurrence's other slots as they stand). */
function explainSlot(state: ScoreState, slot: number): Justification {
  const m = state.model;
  const occ = m.slotOcc[slot] ?? 0;
  const id = m.occurrences[occ]?.id ?? "";
  const def = m.needs[m.slotNeed[slot] ?? 0];
  const what = def === undefined ? "resource" : `${def.need.kind} for need ${def.needIndex + 1} of ${def.programId}`;
  if (def === undefined || def.candidates.length === 0) {
    return { constraint: "unassigned", level: "medium", occurrenceId: id, message: `${id}: no ${what}: ${def?.why || "no candidate"}` };
  }
  const reasons = [...def.candidates.slice(0, MAX_CANDIDATES_NAMED)].map((r) => candidateReason(state, slot, r));
  const more = def.candidates.length > MAX_CANDIDATES_NAMED ? ` (and ${def.candidates.length - MAX_CANDIDATES_NAMED} more candidates)` : "";
  const hint = roomHint(state, slot);
  const resourceId = m.resources[def.candidates[0] ?? 0]?.id;
  return {
    constraint: "unassigned",
    level: "medium",
    occurrenceId: id,
    ...(resourceId === undefined ? {} : { resourceId }),
    message: `${id}: no free ${what}${hint === "" ? "" : ` (${hint})`}: ${reasons.join("; ")}${more}`,
  };
}

/**
 * Why an occurrence does not take place: its need slots are filled in order with what is
 * free (tentatively, undone before returning), and the first that cannot be filled is
 * explained per candidate (unavailable, out of weekly hours, in a closed library, or
 * booked by a named occurrence), with the largest free room for a room too small.
 */
export function explainUnassigned(state: ScoreState, occ: number): Justification {
  const m = state.model;
  const tentative: number[] = [];
  let failed = -1;
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) {
    if ((m.slotRes[s] ?? -1) >= 0) continue;
    const r = bestResource(state, s);
    if (r < 0) {
      failed = s;
      break;
    }
    state.assign(s, r);
    tentative.push(s);
  }
  const id = m.occurrences[occ]?.id ?? "";
  const why: Justification =
    failed >= 0 ? explainSlot(state, failed) : { constraint: "unassigned", level: "medium", occurrenceId: id, message: `${id}: its needs cannot all be met at once then` };
  for (const s of tentative.reverse()) state.unassign(s);
  return why;
}
