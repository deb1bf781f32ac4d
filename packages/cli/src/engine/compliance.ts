import type { Workspace } from "@lontar/core";
import type { PlanningHorizon } from "@lontar/planner";
import { UsageError } from "../args/usage-error.js";

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
  const { from, to, given, until } = horizonEnds(workspace, override);
  if (from === undefined || to === undefined || from > to) return undefined;
  const origin = given === undefined || until === undefined ? "agreements" : override.from !== undefined || override.to !== undefined ? "given" : "declared";
  return { from, to, origin };
}

/**
 * Why there are no dates to plan: one date given past the other end, which the workspace
 * sets (`--from` after its last day, `--to` before its first), else no horizon at all.
 */
export function noHorizon(workspace: Workspace, override: HorizonOverride): UsageError {
  const { from, to } = horizonEnds(workspace, override);
  if (from !== undefined && to !== undefined && from > to) {
    if (override.from !== undefined && override.to === undefined) return new UsageError("usage.fromAfterEnd", { from, to });
    if (override.to !== undefined && override.from === undefined) return new UsageError("usage.toBeforeStart", { from, to });
  }
  return new UsageError("usage.noHorizon", {});
}

/** Each end: the command line's, else the declared horizon's (`given`, `until`), else the agreements' span. */
function horizonEnds(workspace: Workspace, override: HorizonOverride): { from?: string | undefined; to?: string | undefined; given?: string | undefined; until?: string | undefined } {
  const validities = workspace.agreements.map((agreement) => agreement.validity);
  const given = override.from ?? workspace.horizon?.from;
  const until = override.to ?? workspace.horizon?.to;
  return { from: given ?? validities.map((v) => v.from).sort()[0], to: until ?? validities.map((v) => v.to).sort().at(-1), given, until };
}
