import type { Workspace } from "@lontar/core";
import { planningHorizon, type HorizonOverride } from "@lontar/planner";
import { UsageError } from "../args/usage-error.js";

/**
 * Why there are no dates to plan: one date given past the other end, which the workspace
 * sets (`--from` after its last day, `--to` before its first), else no horizon at all.
 */
export function noHorizon(workspace: Workspace, override: HorizonOverride): UsageError {
  // Each end: the one given, else the workspace's own (its horizon's, else its agreements').
  const own = planningHorizon(workspace);
  const from = override.from ?? own?.from;
  const to = override.to ?? own?.to;
  if (from !== undefined && to !== undefined && from > to) {
    if (override.from !== undefined && override.to === undefined) return new UsageError("usage.fromAfterEnd", { from, to });
    if (override.to !== undefined && override.from === undefined) return new UsageError("usage.toBeforeStart", { from, to });
  }
  return new UsageError("usage.noHorizon", {});
}
