import type { Condition, Workspace } from "@lontar/core";
import type { Occurrence } from "../expand/occurrence.js";

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
 * expansion. Deterministic. Returns the occurrences whose site changes, by index.
 *
 * @example for (const [o, site] of sitesInTurn(workspace, occurrences, (o) => model.start[o] ?? 0)) model.site[o] = site;
 */
export function sitesInTurn(workspace: Workspace, occurrences: readonly Occurrence[], startOf: (occurrence: number) => number): Map<number, string> {
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
    own.forEach((i, k) => {
      const site = sites[k % sites.length] ?? "";
      if (occurrences[i]?.site !== site) changed.set(i, site);
    });
  }
  return changed;
}
