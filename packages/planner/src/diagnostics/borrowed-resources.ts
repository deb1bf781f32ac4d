import { createDiagnostic, type Diagnostic, type Program, type Resource, type SourceSpan, type Workspace } from "@lontar/core";
import type { Plan, PlannedOccurrence } from "../plan/plan.js";
import { locationOf } from "./location.js";
import { sessionCount } from "./program-sessions.js";

/** A program's sessions that use a resource of another library for a need naming none. */
interface Borrowing {
  readonly program: Program;
  /** The borrowed resources, in the order first met. */
  readonly resources: Resource[];
  /** Where the need is written (the first need that borrowed), else the program. */
  readonly source: SourceSpan;
  /** Its sessions that borrow, in plan order. */
  readonly sessions: PlannedOccurrence[];
}

/**
 * LON5109 at each program whose needs that name no resource are met, in some scheduled
 * session, by a resource of another library (the allocator's last resort when neither the
 * program's library nor the shared resources have one that fits: see `needCandidates`): a
 * warning naming the resources and their libraries, how many sessions and the first, so
 * that a village seminar held in another village's hall is not a surprise. A resource a
 * need names, or one of no library, is not borrowed. A program with no source gets none.
 *
 * @example for (const d of borrowedResourceDiagnostics(workspace, plan)) console.log(d.message);
 */
export function borrowedResourceDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  const programs = new Map(workspace.programs.map((p) => [p.id, p]));
  const resources = new Map(workspace.resources.map((r) => [r.id, r]));
  const borrowings = new Map<string, Borrowing>();
  const namedBy = new Map<Program, ReadonlySet<string>>();
  for (const o of plan.occurrences) {
    if (o.status !== "scheduled") continue;
    const program = programs.get(o.programId);
    if (program?.source === undefined) continue;
    let named = namedBy.get(program);
    if (named === undefined) {
      named = new Set(program.needs.flatMap((n) => (n.resource === undefined ? [] : [n.resource])));
      namedBy.set(program, named);
    }
    let borrowedHere = false;
    for (const a of o.assignments) {
      const resource = resources.get(a.resourceId);
      if (resource?.library === undefined || resource.library === program.library || named.has(resource.id)) continue;
      let borrowing = borrowings.get(program.id);
      if (borrowing === undefined) {
        const need = program.needs.find((n) => n.resource === undefined && n.kind === resource.kind);
        borrowing = { program, resources: [], source: need?.source ?? program.source, sessions: [] };
        borrowings.set(program.id, borrowing);
      }
      if (!borrowing.resources.includes(resource)) borrowing.resources.push(resource);
      if (!borrowedHere) borrowing.sessions.push(o);
      borrowedHere = true;
    }
  }
  const libraries = new Map<string | undefined, Workspace["libraries"][number]>();
  for (const l of workspace.libraries) if (!libraries.has(l.id)) libraries.set(l.id, l);
  const libraryName = (id: string | undefined): string => libraries.get(id)?.name ?? id ?? "";
  return [...borrowings.values()].map(({ program, resources: used, source, sessions }) => {
    const first = sessions[0];
    const when = first === undefined ? "" : `${first.start.slice(0, 10)} ${first.start.slice(11, 16)}`;
    return createDiagnostic(
      "LON5109.borrowed",
      { program: program.id, library: libraryName(program.library), resources: used.map((r) => `${r.id} (${libraryName(r.library)})`).join(", "), sessions: sessionCount(sessions.length), first: when },
      locationOf(source),
    );
  });
}
