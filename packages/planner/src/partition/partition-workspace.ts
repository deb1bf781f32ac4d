import type { Agreement, Library, Program, Workspace } from "@lontar/core";
import { agreementApplies } from "../compliance/check-compliance.js";
import { needCandidates, needKey, resourceLookups, type KnownCandidates, type NeedCandidates } from "../allocate/candidates.js";
import type { Plan } from "../plan/plan.js";
import { disjointSets } from "./union-find.js";

/**
 * One independent part of a workspace: programs that share no resource, budget, fair-load
 * group or precedence with any program outside it. Its plan does not depend on the rest
 * of the workspace, so parts are planned one by one or on worker threads with the same result.
 */
export interface WorkspacePart {
  /** The id of the part's first program (declaration order): names the part and seeds its search. */
  readonly key: string;
  /**
   * The part as a workspace of its own: its programs, the libraries and resources they
   * touch, and the workspace's stage model and rules. Partners and KPIs stay with the whole
   * workspace (compliance and KPIs are computed on the merged plan); its agreements are
   * only the commitments the search steers by, and the money it may draw: the `sessions`
   * and `hosts` obligations on its programs, and the partners' shares that pay for them, of
   * the agreements that apply (their conditions read on the whole workspace).
   */
  readonly workspace: Workspace;
  /** The previous plan's occurrences of the part's programs, when a previous plan is given. */
  readonly previous?: Plan;
  /**
   * The declared libraries the part's programs hold sessions at (`sites`, `route`) that are
   * in another part: expansion keeps their closures (see expand/site-closures.ts). Absent when none.
   */
  readonly siteLibraries?: readonly Library[];
  /**
   * The candidates of every need of the part's programs, found once on the whole workspace
   * (the partition reads them to link programs and resources): the part's allocator uses
   * these, so a need has the same candidates, and the same reason when none fits, as in
   * the whole workspace.
   */
  readonly candidates: KnownCandidates;
}

/**
 * Splits a workspace into independent parts (connected components). Two programs are in
 * one part when they are linked by a chain of: a resource that may serve a need of both
 * (the allocator's own candidate lists), a budget both draw from, a library (its people
 * form one fair-load group, its rooms one set of opening hours), a precedence, or a
 * previous assignment. Parts come in the order of their first program; each keeps the
 * declaration order of its programs, libraries and resources, so a part plans exactly as
 * it would inside the whole workspace. Linear in the size of the workspace.
 *
 * @example partitionWorkspace(province).length // one part per regency and per village library
 */
export function partitionWorkspace(workspace: Workspace, previous?: Plan): WorkspacePart[] {
  const programs = workspace.programs;
  const resources = workspace.resources;
  const libraries = workspace.libraries;
  const P = programs.length;
  const R = resources.length;
  const L = libraries.length;
  // Nodes: programs, then resources, then libraries, then one node for the people no library owns.
  const sets = disjointSets(P + R + L + 1);
  const sharedPeople = P + R + L;
  const programNode = new Map(programs.map((p, i) => [p.id, i]));
  const resourceNode = new Map(resources.map((r, i) => [r.id, P + i]));
  const libraryNode = new Map(libraries.map((l, i) => [l.id, P + R + i]));
  const link = (a: number, b: number | undefined): void => {
    if (b !== undefined) sets.union(a, b);
  };
  resources.forEach((r, i) => {
    if (r.library !== undefined) link(P + i, libraryNode.get(r.library));
    else if (r.kind === "staff" || r.kind === "volunteer") link(P + i, sharedPeople);
  });
  const { byId, byKind, byKindAndLibrary } = resourceLookups(resources);
  const found: NeedCandidates[][] = programs.map((program) => program.needs.map((need) => needCandidates(need, program, byId, byKind, byKindAndLibrary)));
  programs.forEach((program, i) => {
    link(i, libraryNode.get(program.library));
    program.needs.forEach((need, needIndex) => {
      for (const id of found[i]?.[needIndex]?.ids ?? []) link(i, resourceNode.get(id));
      if (need.preferred !== undefined) link(i, resourceNode.get(need.preferred));
      if (need.resource !== undefined) link(i, resourceNode.get(need.resource));
    });
    for (const cost of program.costs) if (cost.budget !== undefined) link(i, resourceNode.get(cost.budget));
    for (const precedence of program.precedences) link(i, programNode.get(precedence.program));
  });
  for (const o of previous?.occurrences ?? []) {
    const p = programNode.get(o.programId);
    if (p !== undefined) for (const a of o.assignments) link(p, resourceNode.get(a.resourceId));
  }
  const partOf = new Map<number, number>();
  const members: { programs: number[]; resources: number[]; libraries: number[] }[] = [];
  programs.forEach((_, i) => {
    const root = sets.find(i);
    if (!partOf.has(root)) {
      partOf.set(root, members.length);
      members.push({ programs: [], resources: [], libraries: [] });
    }
    members[partOf.get(root) ?? 0]?.programs.push(i);
  });
  resources.forEach((_, i) => {
    const part = partOf.get(sets.find(P + i));
    if (part !== undefined) members[part]?.resources.push(i);
  });
  libraries.forEach((_, i) => {
    const part = partOf.get(sets.find(P + R + i));
    if (part !== undefined) members[part]?.libraries.push(i);
  });
  const partOfProgram = (id: string): number | undefined => {
    const node = programNode.get(id);
    return node === undefined ? undefined : partOf.get(sets.find(node));
  };
  const previousByPart = previous === undefined ? undefined : splitPrevious(previous, partOfProgram);
  const applying = workspace.agreements.filter((a) => agreementApplies(workspace, a));
  return members.map((m, index): WorkspacePart => {
    const part: Workspace = {
      ...workspace,
      libraries: m.libraries.map((i) => libraries[i]).filter((l) => l !== undefined),
      partners: [],
      resources: m.resources.map((i) => resources[i]).filter((r) => r !== undefined),
      programs: m.programs.map((i) => programs[i]).filter((p) => p !== undefined),
      agreements: commitmentsOf(applying, m.programs.map((i) => programs[i]).filter((p) => p !== undefined)),
      kpis: [],
    };
    const key = part.programs[0]?.id ?? "";
    const candidates = new Map<string, NeedCandidates>();
    for (const p of m.programs) found[p]?.forEach((c, needIndex) => candidates.set(needKey(programs[p]?.id ?? "", needIndex), c));
    const before = previousByPart?.[index];
    const own = new Set(part.libraries.map((l) => l.id));
    const visited = new Set(part.programs.flatMap((p) => p.sites.filter((site) => !own.has(site))));
    const siteLibraries = visited.size === 0 ? [] : libraries.filter((l) => visited.has(l.id));
    return { key, workspace: part, candidates, ...(before === undefined ? {} : { previous: before }), ...(siteLibraries.length === 0 ? {} : { siteLibraries }) };
  });
}

/** The previous plan's occurrences grouped by the part of their program. */
function splitPrevious(previous: Plan, partOfProgram: (programId: string) => number | undefined): Plan[] {
  const out: Plan[] = [];
  for (const o of previous.occurrences) {
    const part = partOfProgram(o.programId);
    if (part === undefined) continue;
    const plan = (out[part] ??= { ...previous, occurrences: [] });
    plan.occurrences.push(o);
  }
  return out;
}

/**
 * The agreements' `sessions` and `hosts` obligations on the given programs, and the partners'
 * shares from outside the budgets that may pay for them (budget-shares.ts: the budgets pay
 * only the rest), conditions already evaluated (none left).
 */
function commitmentsOf(agreements: readonly Agreement[], partPrograms: readonly Program[]): Agreement[] {
  const programs = new Set(partPrograms.map((p) => p.id));
  const libraries = new Set(partPrograms.map((p) => p.library));
  const out: Agreement[] = [];
  for (const agreement of agreements) {
    // A share naming no program pays for the agreement library's programs (budget-shares.ts).
    const pays = (program: string | undefined): boolean => (program === undefined ? libraries.has(agreement.library) : programs.has(program));
    const obligations = agreement.obligations.filter((o) =>
      o.kind === "budget_share" ? o.party === "partner" && o.budget === undefined && pays(o.program) : (o.kind === "sessions" || o.kind === "hosts") && programs.has(o.program),
    );
    if (obligations.length > 0) out.push({ ...agreement, obligations, conditions: [] });
  }
  return out;
}
