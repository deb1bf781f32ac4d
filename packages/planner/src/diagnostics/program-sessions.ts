import type { Labels } from "@lontar/core";
import type { Plan, PlannedOccurrence } from "../plan/plan.js";
import { pushTo } from "../collections/group.js";

/**
 * The plan's sessions of the programs `ids` names, by program, in plan order: what a warning
 * about a few programs reads (LON5113, LON5116, LON5118).
 *
 * @example sessionsOf(plan, new Set(["rotasi_buku"])).get("rotasi_buku")?.length
 */
export function sessionsOf(plan: Plan, ids: ReadonlySet<string> | ReadonlyMap<string, unknown>): Map<string, PlannedOccurrence[]> {
  const sessions = new Map<string, PlannedOccurrence[]>();
  for (const o of plan.occurrences) if (ids.has(o.programId)) pushTo(sessions, o.programId, o);
  return sessions;
}

/**
 * A count of sessions in a warning's words, in both languages.
 *
 * @example sessionCount(3) // { en: "3 sessions", id: "3 sesi" }
 */
export const sessionCount = (n: number): Labels => ({ en: n === 1 ? "1 session" : `${n} sessions`, id: `${n} sesi` });
