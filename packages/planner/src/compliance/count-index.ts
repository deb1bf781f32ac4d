import type { PlannedOccurrence } from "../plan/plan.js";
import { lowerBound, pushTo } from "../collections/group.js";

/**
 * Local dates of scheduled occurrences, sorted, by program and by resource, so that
 * counting a period is two binary searches.
 */
export interface CountIndex {
  /** Scheduled local dates by program id. */
  readonly byProgram: ReadonlyMap<string, readonly string[]>;
  /** Scheduled local dates by assigned resource id (one entry per occurrence using it). */
  readonly byResource: ReadonlyMap<string, readonly string[]>;
  /** The scheduled occurrences using each resource, in plan order (one entry per occurrence): what is provided to a recipient is counted from them. */
  readonly usersByResource: ReadonlyMap<string, readonly PlannedOccurrence[]>;
}

/** The local date of a planned occurrence: its start carries the library's offset. */
export const localDateOf = (o: PlannedOccurrence): string => o.start.slice(0, 10);

/** Builds the index over the scheduled occurrences. */
export function buildCountIndex(planned: readonly PlannedOccurrence[]): CountIndex {
  const byProgram = new Map<string, string[]>();
  const byResource = new Map<string, string[]>();
  const usersByResource = new Map<string, PlannedOccurrence[]>();
  for (const o of planned) {
    if (o.status !== "scheduled") continue;
    const date = localDateOf(o);
    pushTo(byProgram, o.programId, date);
    for (const id of new Set(o.assignments.map((a) => a.resourceId))) {
      pushTo(byResource, id, date);
      pushTo(usersByResource, id, o);
    }
  }
  for (const list of [...byProgram.values(), ...byResource.values()]) list.sort();
  return { byProgram, byResource, usersByResource };
}

/** How many dates of `list` fall within from..to (inclusive). */
export function countBetween(list: readonly string[] | undefined, from: string, to: string): number {
  if (list === undefined) return 0;
  return lowerBound(list, `${to}\uffff`) - lowerBound(list, from);
}

/**
 * Local dates of every occurrence of each program, whatever became of it (scheduled, not
 * placed, cancelled), sorted: where a program's sessions fall in the horizon at all.
 */
export function datesByProgram(planned: readonly PlannedOccurrence[]): ReadonlyMap<string, readonly string[]> {
  const byProgram = new Map<string, string[]>();
  for (const o of planned) pushTo(byProgram, o.programId, localDateOf(o));
  for (const list of byProgram.values()) list.sort();
  return byProgram;
}

/** Whether an occurrence is held at one of `sites`: the site its route visits, or one of the sites it is held at together. */
export const heldAt = (o: PlannedOccurrence, sites: readonly string[]): boolean =>
  (o.site !== undefined && sites.includes(o.site)) || (o.sites?.some((s) => sites.includes(s)) ?? false);

/**
 * The local dates, sorted, of a program's occurrences held at one of `sites` (see
 * {@link heldAt}): the scheduled ones, or (`scheduledOnly` false) all of them, whatever
 * became of them. What a count of sessions `at tanah_garam, ix_korong` counts.
 */
export function datesAtSites(planned: readonly PlannedOccurrence[], program: string, sites: readonly string[], scheduledOnly: boolean): readonly string[] {
  const dates: string[] = [];
  for (const o of planned) if (o.programId === program && (!scheduledOnly || o.status === "scheduled") && heldAt(o, sites)) dates.push(localDateOf(o));
  return dates.sort();
}
