import { countLabels, createDiagnostic, type Diagnostic, type Workspace } from "@lontar/core";
import type { Plan } from "../plan/plan.js";
import { sessionSpan } from "../export/session-span.js";

/**
 * LON5105 at each program with sessions at its library outside the library's opening hours
 * (the plan's `OUTSIDE_OPENING_HOURS` violations, one per session): one warning per program,
 * with how many and the first of them (its end's date written when it ends on a later day:
 * `2027-02-02 09:00–2027-02-03 15:00`), so that `lontar check` says what the plan's score
 * counts. A program with no source gets none.
 *
 * @example for (const d of openingHoursDiagnostics(workspace, plan)) console.log(d.message);
 */
export function openingHoursDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  const outside = new Map<string, string[]>();
  for (const v of plan.violations) {
    if (v.constraint !== "OUTSIDE_OPENING_HOURS" || v.programId === undefined || v.occurrenceId === undefined) continue;
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
    const location = { file: source.file, range: { start: source.start, end: source.end } };
    if (ids.length === 1) return [createDiagnostic("LON5105.outsideOne", { program: program.id, library, first }, location)];
    return [createDiagnostic("LON5105.outside", { count: countLabels(ids.length), program: program.id, library, first }, location)];
  });
}
