import { countLabels, createDiagnostic, indonesianZoneOf, libraryTimeZone, type Diagnostic, type Labels, type Library, type Workspace } from "@lontar/core";
import { DateTime } from "luxon";
import type { Plan, PlannedOccurrence } from "../plan/plan.js";
import { sessionSpan } from "../export/session-span.js";
import { visitedLibraryIds } from "../export/plan-view.js";
import { locationOf } from "./location.js";
import { closureCalendar, type ClosedDay } from "../expand/closures.js";
import { expansionMemo } from "../expand/expansion-memo.js";
import { visitTest, type VisitTest } from "../expand/visit-test.js";

/**
 * LON5105 at each program with sessions at its library outside the library's opening hours
 * (the plan's `OUTSIDE_OPENING_HOURS` violations of sessions that take place, one per session;
 * one left unplaced is LON5103's, with its cause): one error per program,
 * with how many and the first of them (its end's date written when it ends on a later day:
 * `2027-02-02 09:00–2027-02-03 15:00`), so that `lontar check` says what the plan's score
 * counts. A program with no source gets none.
 *
 * @example for (const d of openingHoursDiagnostics(workspace, plan)) console.log(d.message);
 */
export function openingHoursDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  const outside = new Map<string, string[]>();
  // Only a session that takes place is held outside the hours: one left unplaced is LON5103's, which says why (a room of the library closes before it ends).
  const held = new Set<string>();
  for (const o of plan.occurrences) if (o.status === "scheduled") held.add(o.id);
  for (const v of plan.violations) {
    if (v.constraint !== "OUTSIDE_OPENING_HOURS" || v.programId === undefined || v.occurrenceId === undefined || !held.has(v.occurrenceId)) continue;
    const ids = outside.get(v.programId);
    if (ids === undefined) outside.set(v.programId, [v.occurrenceId]);
    else ids.push(v.occurrenceId);
  }
  if (outside.size === 0) return [];
  const sessions = new Map(plan.occurrences.map((o) => [o.id, o]));
  const libraries = new Map(workspace.libraries.map((l) => [l.id, l]));
  return workspace.programs.flatMap((program) => {
    const ids = outside.get(program.id);
    const source = program.source;
    if (ids === undefined || source === undefined) return [];
    // Start and end are local date-times with the zone's offset: their date and times are the library's.
    const session = sessions.get(ids[0] ?? "");
    const first = session === undefined ? (ids[0] ?? "") : sessionSpan(session.start, session.end);
    const library = libraries.get(program.library)?.name ?? program.library;
    const location = locationOf(source);
    if (ids.length === 1) return [createDiagnostic("LON5105.outsideOne", { program: program.id, library, first }, location)];
    return [createDiagnostic("LON5105.outside", { count: countLabels(ids.length), program: program.id, library, first }, location)];
  });
}

/**
 * A session's date and times read in `zone`, with the zone named as people name it (WIB, WITA,
 * WIT; another zone by its IANA name), the end's date written only when it is not the start's:
 * `2027-01-14 09:30–12:30 WITA`. Instants that do not read are written as they are.
 */
function sessionSpanIn(start: string, end: string, zone: string): string {
  const from = DateTime.fromMillis(Date.parse(start), { zone });
  const to = DateTime.fromMillis(Date.parse(end), { zone });
  const name = indonesianZoneOf(zone) ?? zone;
  if (!from.isValid || !to.isValid) return `${sessionSpan(start, end)} ${name}`;
  const toText = to.toISODate() === from.toISODate() ? to.toFormat("HH:mm") : to.toFormat("yyyy-MM-dd HH:mm");
  return `${from.toFormat("yyyy-MM-dd HH:mm")}–${toText} ${name}`;
}

/** The libraries other than `own` a session is held at (its site, or its sites), in the order named. */
const visitedLibraries = (o: PlannedOccurrence, libraries: ReadonlyMap<string, Library>): Library[] =>
  visitedLibraryIds(o, (id) => libraries.has(id)).flatMap((id) => {
    const library = libraries.get(id);
    return library === undefined ? [] : [library];
  });

/**
 * The scheduled sessions that visit another library (a route's stop, a site that is a
 * library) outside that library's opening hours, read in its zone: by program id, then by
 * the visited library's id, in the plan's order. What LON5111 says and the report lists.
 *
 * @example visitsOutsideOpeningHours(new Map(workspace.libraries.map((l) => [l.id, l])), plan).size
 */
export function visitsOutsideOpeningHours(libraries: ReadonlyMap<string, Library>, plan: Plan): Map<string, Map<string, PlannedOccurrence[]>> {
  // The one rule of whether a visited library receives a session (expansion and the route's turns read it too), each library's read once.
  const memo = expansionMemo();
  const tests = new Map<string, VisitTest>();
  const testOf = (library: Library): VisitTest => {
    let found = tests.get(library.id);
    if (found === undefined) tests.set(library.id, (found = visitTest(library, memo)));
    return found;
  };
  // Program id → visited library id → the sessions outside its hours, in the plan's order.
  const outside = new Map<string, Map<string, PlannedOccurrence[]>>();
  for (const o of plan.occurrences) {
    if (o.status !== "scheduled" || (o.site === undefined && o.sites === undefined)) continue;
    const own = libraries.get(o.libraryId);
    const ownZone = own === undefined ? undefined : libraryTimeZone(own);
    if (ownZone === undefined) continue;
    // The session as its own library's clock reads it (start and end carry that zone's offset).
    const slot = { start: o.start, end: o.end, startMs: Date.parse(o.start), endMs: Date.parse(o.end), localDate: o.start.slice(0, 10), localStart: o.start.slice(11, 16), localEnd: o.end.slice(11, 16) };
    for (const visited of visitedLibraries(o, libraries)) {
      // Closed that day (a closure, a holiday it closes on), or outside its weekly hours: a session the planner holds there all the same
      // (one held at several sites, one that keeps no closures), which expansion did not cancel.
      const test = testOf(visited);
      if (test.closedOn(slot, ownZone) === undefined && test.withinHours(slot, ownZone)) continue;
      const byLibrary = outside.get(o.programId) ?? new Map<string, PlannedOccurrence[]>();
      outside.set(o.programId, byLibrary);
      const list = byLibrary.get(visited.id);
      if (list === undefined) byLibrary.set(visited.id, [o]);
      else list.push(o);
    }
  }
  return outside;
}

/** Why a library is closed on a day, for LON5111: the holiday's name, or the closure's reason. */
function closedDayWords(day: ClosedDay): Labels {
  if (day.reason === "public-holiday") return { en: `${day.detail}, a holiday it closes on`, id: `${day.detail}, hari libur yang membuatnya tutup` };
  return day.detail === "" ? { en: "a day it is closed", id: "hari tutupnya" } : { en: `closed: ${day.detail}`, id: `tutup: ${day.detail}` };
}

/**
 * LON5111 at each program whose scheduled sessions visit another library (a rotating route's
 * stop, a site that is a village library) outside that library's opening hours: one warning
 * per program and library visited, with how many and the first. Only a session at the
 * program's own library is judged by expansion (and counted in the plan's score); a visit
 * to a library closed then found no one to receive it and said nothing (a walk: a book
 * rotation on Thursday 09:00 to a village library open Tuesday and Thursday 13:00-16:00).
 * The times are read in the visited library's zone, and the first is written in it with the
 * zone named (`2027-01-14 08:30–11:30 WITA`): the organiser's clock may read another hour.
 * A program with no source gets none.
 *
 * @example for (const d of visitOpeningHoursDiagnostics(workspace, plan)) console.log(d.message);
 */
export function visitOpeningHoursDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  const libraries = new Map(workspace.libraries.map((l) => [l.id, l]));
  const outside = visitsOutsideOpeningHours(libraries, plan);
  if (outside.size === 0) return [];
  return workspace.programs.flatMap((program) => {
    const byLibrary = outside.get(program.id);
    const source = program.source;
    if (byLibrary === undefined || source === undefined) return [];
    const location = locationOf(source);
    return [...byLibrary].map(([id, sessions]) => {
      const [session] = sessions;
      const visited = libraries.get(id);
      const own = libraries.get(program.library);
      const zone = (visited === undefined ? undefined : libraryTimeZone(visited)) ?? (own === undefined ? undefined : libraryTimeZone(own));
      const first = session === undefined ? "" : zone === undefined ? sessionSpan(session.start, session.end) : sessionSpanIn(session.start, session.end, zone);
      const library = visited?.name ?? id;
      // The first visit on a day the library is closed (a holiday it closes on, a closure): say so, not "widen its hours" (a walk: a 17 August contest kept on the holiday with `including holidays`).
      const closed = session === undefined || visited === undefined || zone === undefined ? undefined : closureCalendar(visited).closedOn(DateTime.fromMillis(Date.parse(session.start), { zone }).toISODate() ?? "");
      if (closed !== undefined) {
        const args = { program: program.id, library, first, closed: closedDayWords(closed) };
        return sessions.length === 1 ? createDiagnostic("LON5111.visitClosedOne", args, location) : createDiagnostic("LON5111.visitClosed", { ...args, count: countLabels(sessions.length) }, location);
      }
      if (sessions.length === 1) return createDiagnostic("LON5111.visitOutsideOne", { program: program.id, library, first }, location);
      return createDiagnostic("LON5111.visitOutside", { count: countLabels(sessions.length), program: program.id, library, first }, location);
    });
  });
}
