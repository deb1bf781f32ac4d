import type { Workspace } from "@lontar/core";
import { expandWorkspace, planWorkspace, type DateSpan, type Occurrence, type Plan } from "@lontar/planner";
import type { Snapshot } from "./snapshot.js";

/** The horizon of a workspace: the declared one, else the year from `today`. */
export function horizonOf(workspace: Workspace, today: string): DateSpan {
  if (workspace.horizon !== undefined) return workspace.horizon;
  const year = Number(today.slice(0, 4));
  return { from: today, to: `${year + 1}${today.slice(4)}` };
}

/** The occurrences of one program in the horizon (holidays and closures dropped), expanding that program alone. */
export function programOccurrences(workspace: Workspace, programId: string, today: string): readonly Occurrence[] {
  const program = workspace.programs.find((p) => p.id === programId);
  if (program === undefined) return [];
  const alone: Workspace = { ...workspace, programs: [program], agreements: [], rules: [] };
  return expandWorkspace(alone, horizonOf(workspace, today)).occurrences;
}

/** Local-search moves the editor's plan may spend: small, so code lenses come quickly; deterministic. */
const EDITOR_PLAN_STEPS = 2_000;

/** One plan per snapshot, made on first use (for code lenses and agreement hovers). */
export class PlanCache {
  private generation = -1;
  private plan: Plan | undefined;

  /** The plan of a snapshot's workspace; undefined when the workspace has errors. */
  planOf(snapshot: Snapshot, today: string): Plan | undefined {
    const workspace = snapshot.result.workspace;
    if (workspace === undefined) return undefined;
    if (this.generation !== snapshot.generation) {
      this.plan = planWorkspace(workspace, { horizon: horizonOf(workspace, today), seed: 1, maxSteps: EDITOR_PLAN_STEPS });
      this.generation = snapshot.generation;
    }
    return this.plan;
  }
}
