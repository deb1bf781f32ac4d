import type { Justification } from "../plan/plan.js";
import { bestResource } from "./occurrence-ops.js";
import { capPeriodLabel } from "./hours-caps.js";
import type { ScoreState } from "./score-state.js";
import { flatText } from "../expand/slot.js";

const MAX_CANDIDATES_NAMED = 5;

/**
 * The id of the occurrence booked on `resource` over the slot's time that starts first (the one
 * holding it when the session would begin; ties by id), or "" when none. The first one met was
 * named before: a van booked from 08:00 by the route was said booked by a school visit at 13:00
 * (a walk of stop 56).
 */
function bookedBy(state: ScoreState, slot: number, resource: number): string {
  const m = state.model;
  const occ = m.slotOcc[slot] ?? 0;
  const s = m.start[occ] ?? 0;
  const e = m.end[occ] ?? 0;
  let by = "";
  let byStart = Infinity;
  state.occupancy.near(resource, s, e, (o) => m.start[m.slotOcc[o] ?? 0] ?? 0, (o) => {
    const other = m.slotOcc[o] ?? 0;
    const start = m.start[other] ?? 0;
    if (o === slot || other === occ || start >= e || s >= (m.end[other] ?? 0)) return;
    const id = m.occurrences[other]?.id ?? "";
    if (start < byStart || (start === byStart && id < by)) [by, byStart] = [id, start];
  });
  return by;
}

/** Why one candidate cannot take a slot, as data (plan.json keeps it with the reason). */
type CandidateWhy = NonNullable<Justification["candidates"]>[number];

/** Whether `resource` is taken by another need of the slot's own occurrence (filled, or tentatively while explaining). */
function servesOtherNeed(state: ScoreState, slot: number, resource: number): boolean {
  const m = state.model;
  const occ = m.slotOcc[slot] ?? 0;
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) if (s !== slot && m.slotRes[s] === resource) return true;
  return false;
}

/** Why one candidate cannot take the slot. */
function candidateWhy(state: ScoreState, slot: number, r: number): CandidateWhy {
  const m = state.model;
  const occ = m.slotOcc[slot] ?? 0;
  const info = m.resources[r];
  const resourceId = info?.id ?? "";
  const miss = state.windowMiss(occ, r);
  if (miss === 1) return { resourceId, why: "unavailable" };
  if (info?.exclusive === true && servesOtherNeed(state, slot, r)) return { resourceId, why: "same-session" };
  const by = bookedBy(state, slot, r);
  const cap = by === "" ? state.capPassed(occ, r) : -1;
  const limit = info?.caps[cap];
  if (limit !== undefined) {
    // A session longer than the cap never fits, however few hours are used: said so, with its length.
    const minutes = state.minutesOf(occ);
    const longer = minutes > limit.minutes ? { sessionHours: Math.round((minutes / 60) * 100) / 100 } : {};
    return { resourceId, why: "no-hours", weekHours: limit.minutes / 60, ...(limit.per === "week" ? {} : { per: limit.per }), ...longer };
  }
  if (miss === 2) return { resourceId, why: "closed" };
  return by === "" ? { resourceId, why: "used" } : { resourceId, why: "booked", bookedBy: by };
}

/** Why one candidate cannot take the slot, in a planner's words. */
export function candidateReason(c: CandidateWhy): string {
  switch (c.why) {
    case "unavailable":
      return `${c.resourceId} is not available then`;
    case "no-hours":
      return c.sessionHours === undefined
        ? `${c.resourceId} has no hours left that ${capPeriodLabel(c.per ?? "week").en} (at most ${c.weekHours ?? 0} h)`
        : `${c.resourceId} works at most ${c.weekHours ?? 0} h a ${capPeriodLabel(c.per ?? "week").en}, less than the session's ${c.sessionHours} h`;
    case "closed":
      return `${c.resourceId} is in a library closed then`;
    case "used":
      return `${c.resourceId} is fully used then`;
    case "booked":
      return `${c.resourceId} is booked by ${c.bookedBy ?? ""}`;
    case "same-session":
      return `${c.resourceId} is already taken by this same session`;
  }
}

/**
 * For a room need: "20 registrants; the largest room free then, lab_komputer, holds 12"
 * (rooms of the occurrence's library or shared), or that no room is free then.
 */
function roomHint(state: ScoreState, slot: number): Justification["room"] {
  const m = state.model;
  const occ = m.slotOcc[slot] ?? 0;
  const def = m.needs[m.slotNeed[slot] ?? 0];
  if (def === undefined || def.need.kind !== "room" || def.people === 0 || def.need.resource !== undefined) return undefined;
  const library = m.occurrences[occ]?.libraryId;
  let largest = -1;
  m.resources.forEach((r, i) => {
    if (r.kind !== "room" || (r.library !== undefined && r.library !== library)) return;
    if (state.windowMiss(occ, i) !== 0 || bookedBy(state, slot, i) !== "") return;
    if (largest < 0 || r.size > (m.resources[largest]?.size ?? 0)) largest = i;
  });
  const room = m.resources[largest];
  if (room === undefined) return { registrants: def.people };
  return room.size < def.people ? { registrants: def.people, largestFree: { id: room.id, holds: room.size } } : undefined;
}

/** A room hint in a planner's words: "20 registrants; the largest room free then, lab_komputer, holds 12". */
export function roomHintText(room: NonNullable<Justification["room"]>): string {
  const people = `${room.registrants} registrant${room.registrants === 1 ? "" : "s"}`;
  return room.largestFree === undefined ? `${people}; no room is free then` : `${people}; the largest room free then, ${room.largestFree.id}, holds ${room.largestFree.holds}`;
}

/** Explains one slot that cannot be filled (the occurrence's other slots as they stand). */
function explainSlot(state: ScoreState, slot: number): Justification {
  const m = state.model;
  const occ = m.slotOcc[slot] ?? 0;
  const id = m.occurrences[occ]?.id ?? "";
  const def = m.needs[m.slotNeed[slot] ?? 0];
  const what = def === undefined ? "resource" : `${def.need.kind} for need ${def.needIndex + 1} of ${def.programId}`;
  const need = def === undefined ? {} : { programId: def.programId, needIndex: def.needIndex, needKind: def.need.kind };
  if (def === undefined || def.candidates.length === 0) {
    const why = def?.why || "no candidate";
    return { constraint: "unassigned", level: "medium", occurrenceId: id, message: flatText(id, ": no ", what, ": ", why), ...need, why };
  }
  const candidates = [...def.candidates.slice(0, MAX_CANDIDATES_NAMED)].map((r) => candidateWhy(state, slot, r));
  const moreCandidates = Math.max(0, def.candidates.length - MAX_CANDIDATES_NAMED);
  const more = moreCandidates > 0 ? ` (and ${moreCandidates} more candidates)` : "";
  const room = roomHint(state, slot);
  const resourceId = m.resources[def.candidates[0] ?? 0]?.id;
  return {
    constraint: "unassigned",
    level: "medium",
    occurrenceId: id,
    ...(resourceId === undefined ? {} : { resourceId }),
    // One flat string: a plan keeps one such message per session it cannot hold.
    message: flatText(id, ": no free ", what, room === undefined ? "" : ` (${roomHintText(room)})`, ": ", candidates.map(candidateReason).join("; "), more),
    ...need,
    ...(room === undefined ? {} : { room }),
    candidates,
    ...(moreCandidates > 0 ? { moreCandidates } : {}),
  };
}

/**
 * Why an occurrence does not take place: its need slots are filled in order with what is
 * free (tentatively, undone before returning), and the first that cannot be filled is
 * explained per candidate (unavailable, taken by another need of the same session, out of
 * weekly hours, in a closed library, or booked by a named occurrence), with the largest
 * free room for a room too small.
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
    failed >= 0 ? explainSlot(state, failed) : { constraint: "unassigned", level: "medium", occurrenceId: id, message: flatText(id, ": its needs cannot all be met at once then") };
  for (const s of tentative.reverse()) state.unassign(s);
  return why;
}
