import type { Workspace } from "@lontar/core";
import { expectWorkspace } from "./workspace-shape.js";
import type { PlanningHorizon } from "./horizon-origin.js";

/** Dates given by the caller (`lontar plan --from --to`), each overriding that end of the workspace's horizon. */
export interface HorizonOverride {
  /** First day (YYYY-MM-DD). */
  readonly from?: string | undefined;
  /** Last day (YYYY-MM-DD). */
  readonly to?: string | undefined;
}

/**
 * The dates to plan and where they come from: the caller's, else the workspace's
 * `horizon`, else the span of its agreements' validity (from the earliest start to the
 * latest end; origin `agreements` when either end comes from there, so that the messages
 * naming the horizon say so); `undefined` when none says, or when the ends are out of order
 * (`--from` after the workspace's last day).
 *
 * @example planningHorizon(workspace) // { from: "2026-01-01", to: "2026-06-30", origin: "agreements" } for a workspace with one agreement and no horizon
 * @throws TypeError when `workspace` is plainly not a validated one (raw JSON: validate it with `validateWorkspace` first).
 */
export function planningHorizon(workspace: Workspace, override: HorizonOverride = {}): PlanningHorizon | undefined {
  expectWorkspace(workspace, "planningHorizon");
  const { from, to, given, until } = horizonEnds(workspace, override);
  if (from === undefined || to === undefined || from > to) return undefined;
  const origin = given === undefined || until === undefined ? "agreements" : override.from !== undefined || override.to !== undefined ? "given" : "declared";
  return { from, to, origin };
}

/** Each end: the caller's, else the declared horizon's (`given`, `until`), else the agreements' span. */
function horizonEnds(workspace: Workspace, override: HorizonOverride): { from?: string | undefined; to?: string | undefined; given?: string | undefined; until?: string | undefined } {
  const validities = workspace.agreements.map((agreement) => agreement.validity);
  const given = override.from ?? workspace.horizon?.from;
  const until = override.to ?? workspace.horizon?.to;
  return { from: given ?? validities.map((v) => v.from).sort()[0], to: until ?? validities.map((v) => v.to).sort().at(-1), given, until };
}
