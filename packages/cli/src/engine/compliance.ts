import type { Workspace } from "@lontar/core";
import type { PlanningHorizon } from "@lontar/planner";

/** Dates given on the command line, overriding the workspace's horizon. */
export interface HorizonOverride {
  /** First day (YYYY-MM-DD). */
  readonly from?: string | undefined;
  /** Last day (YYYY-MM-DD). */
  readonly to?: string | undefined;
}

/**
 * The dates to plan and where they come from: the command line's, else the workspace's
 * `horizon`, else the span of its agreements' validity (from the earliest start to the
 * latest end; origin `agreements` when either end comes from there, so that the messages
 * naming the horizon say so); `undefined` when none says (or the result is empty).
 */
export function planningHorizon(workspace: Workspace, override: HorizonOverride = {}): PlanningHorizon | undefined {
  const validities = workspace.agreements.map((agreement) => agreement.validity);
  const earliest = validities.map((v) => v.from).sort()[0];
  const latest = validities.map((v) => v.to).sort().at(-1);
  const given = override.from ?? workspace.horizon?.from;
  const until = override.to ?? workspace.horizon?.to;
  const from = given ?? earliest;
  const to = until ?? latest;
  if (from === undefined || to === undefined || from > to) return undefined;
  const origin = given === undefined || until === undefined ? "agreements" : override.from !== undefined || override.to !== undefined ? "given" : "declared";
  return { from, to, origin };
}
