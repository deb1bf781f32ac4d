import type { Condition, Library, Workspace } from "@lontar/core";
import { expansionMemo } from "../expand/expansion-memo.js";
import type { Occurrence, Slot } from "../expand/occurrence.js";
import { visitTest, type VisitTest } from "../expand/visit-test.js";

/** Whether a condition reads the site an occurrence visits (`occurrence.site`). */
function readsSite(condition: Condition): boolean {
  switch (condition.kind) {
    case "literal":
      return false;
    case "fact":
      return condition.name === "occurrence.site";
    case "not":
      return readsSite(condition.operand);
    case "and":
    case "or":
    case "compare":
      return readsSite(condition.left) || readsSite(condition.right);
    case "match":
      return readsSite(condition.subject);
    case "in":
      return readsSite(condition.subject) || readsSite(condition.collection);
    case "list":
      return condition.items.some(readsSite);
    case "call":
      return condition.args.some(readsSite);
  }
}

/**
 * The sites of rotating routes taken in turn by the sessions' final times. Expansion gives
 * the k-th occurrence of a rotating program `sites[k mod n]` by the times its schedules
 * give (see expand/workspace.ts); the allocator may then move a flexible session to
 * another slot of its period, before or after a sibling, and the route would visit its
 * sites out of order. Here the program's occurrences (those expansion counted: every one
 * the allocator was given, whatever its status) are ordered by `startOf` (the slot each
 * holds now), ties by id as expansion orders them, and the k-th visits `sites[k mod n]`
 * again. Only programs with a flexible occurrence can change; none changes when a rule
 * reads `occurrence.site`, since the rules were checked against the sites given at
 * expansion. With `received` (whether occurrence o would be received at a site at the slot
 * it holds), a program keeps the stops expansion gave it when taking them in turn would
 * send more of its visits where they are not received (expansion placed each flexible
 * visit where its own stop is open; the allocator may have moved one before a sibling):
 * a visit to a closed library costs more than one out of turn. Deterministic. Returns the
 * occurrences whose site changes, by index.
 *
 * @example for (const [o, site] of sitesInTurn(workspace, occurrences, (o) => model.start[o] ?? 0)) model.site[o] = site;
 */
export function sitesInTurn(workspace: Workspace, occurrences: readonly Occurrence[], startOf: (occurrence: number) => number, received?: (occurrence: number, site: string) => boolean): Map<number, string> {
  const changed = new Map<number, string>();
  const routes = new Map(workspace.programs.filter((p) => p.siteMode === "rotating" && p.sites.length > 1).map((p) => [p.id, p.sites]));
  if (routes.size === 0 || workspace.rules.some((r) => readsSite(r.when) || (r.scope !== undefined && readsSite(r.scope)))) return changed;
  const moved = new Set<string>();
  const byProgram = new Map<string, number[]>();
  occurrences.forEach((o, i) => {
    if (!routes.has(o.programId)) return;
    if (o.flexible !== undefined) moved.add(o.programId);
    const list = byProgram.get(o.programId);
    if (list === undefined) byProgram.set(o.programId, [i]);
    else list.push(i);
  });
  for (const programId of moved) {
    const sites = routes.get(programId) ?? [];
    const own = byProgram.get(programId) ?? [];
    const id = (i: number): string => occurrences[i]?.id ?? "";
    own.sort((a, b) => startOf(a) - startOf(b) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
    const turns = own.map((_, k) => sites[k % sites.length] ?? "");
    if (received !== undefined) {
      const missedInTurn = own.filter((i, k) => !received(i, turns[k] ?? "")).length;
      const missedAsGiven = own.filter((i) => !received(i, occurrences[i]?.site ?? "")).length;
      if (missedAsGiven < missedInTurn) continue;
    }
    own.forEach((i, k) => {
      const site = turns[k] ?? "";
      if (occurrences[i]?.site !== site) changed.set(i, site);
    });
  }
  return changed;
}

/**
 * The `received` test of {@link sitesInTurn}: whether occurrence `o`, at the slot `slotOf(o)`
 * it holds, would be received at `site`: a declared library (of `libraries`) is not closed
 * that day and the slot lies in its opening hours, read in its own zone; a site that is not
 * a declared library always receives. Each library's calendar and hours are read once.
 *
 * @example sitesInTurn(workspace, occurrences, startOf, receivedVisit(libraries, occurrences, (o) => occurrences[o]))
 */
export function receivedVisit(libraries: ReadonlyMap<string, Library>, occurrences: readonly Occurrence[], slotOf: (occurrence: number) => Slot | undefined): (occurrence: number, site: string) => boolean {
  const memo = expansionMemo();
  const tests = new Map<string, VisitTest>();
  return (o, site) => {
    const library = libraries.get(site);
    const occurrence = occurrences[o];
    const slot = slotOf(o);
    if (library === undefined || occurrence === undefined || slot === undefined) return true;
    let test = tests.get(site);
    if (test === undefined) tests.set(site, (test = visitTest(library, memo)));
    return test.closedOn(slot, occurrence.zone) === undefined && test.withinHours(slot, occurrence.zone);
  };
}
