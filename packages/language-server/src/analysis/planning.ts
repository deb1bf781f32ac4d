import type { Workspace } from "@lontar/core";
import { expandWorkspace, planWorkspace, type DateSpan, type Occurrence, type Plan } from "@lontar/planner";
import type { Snapshot } from "./snapshot.js";

/** The dates planning in the editor starts from: today, and the horizon the settings give. */
export interface PlanDates {
  /** Today's date, `YYYY-MM-DD`. */
  readonly today: string;
  /** The horizon of the settings, for a workspace that declares none. */
  readonly horizon?: DateSpan | undefined;
}

/** The horizon of a workspace: the declared one, else the settings', else the year from today. */
export function horizonOf(workspace: Workspace, dates: PlanDates): DateSpan {
  if (workspace.horizon !== undefined) return workspace.horizon;
  if (dates.horizon !== undefined) return dates.horizon;
  const year = Number(dates.today.slice(0, 4));
  return { from: dates.today, to: `${year + 1}${dates.today.slice(4)}` };
}

/** The occurrences of one program in the horizon (holidays and closures dropped), expanding that program alone. */
export function programOccurrences(workspace: Workspace, programId: string, dates: PlanDates): readonly Occurrence[] {
  const program = workspace.programs.find((p) => p.id === programId);
  if (program === undefined) return [];
  const alone: Workspace = { ...workspace, programs: [program], agreements: [], rules: [] };
  return expandWorkspace(alone, horizonOf(workspace, dates)).occurrences;
}

/** Local-search moves the editor's plan may spend: small, so code lenses come quickly; deterministic. */
const EDITOR_PLAN_STEPS = 2_000;

/** One plan per snapshot, made on first use (for code lenses and agreement hovers). */
export class PlanCache {
  private generation = -1;
  private plan: Plan | undefined;

  /** The plan of a snapshot's workspace; undefined when the workspace has errors. */
  planOf(snapshot: Snapshot, dates: PlanDates): Plan | undefined {
    const workspace = snapshot.result.workspace;
    if (workspace === undefined) return undefined;
    if (this.generation !== snapshot.generation) {
      this.plan = planWorkspace(workspace, { horizon: horizonOf(workspace, dates), seed: 1, maxSteps: EDITOR_PLAN_STEPS });
      this.generation = snapshot.generation;
    }
    return this.plan;
  }
}
