import type { Workspace } from "@lontar/core";
import type { DateSpan } from "@lontar/planner";

/** Dates given on the command line, overriding the workspace's horizon. */
export interface HorizonOverride {
  /** First day (YYYY-MM-DD). */
  readonly from?: string | undefined;
  /** Last day (YYYY-MM-DD). */
  readonly to?: string | undefined;
}

/**
 * The dates to plan: the command line's, else the workspace's `horizon`, else the span of
 * its agreements' validity; `undefined` when none says (or the result is empty).
 */
export function planningHorizon(workspace: Workspace, override: HorizonOverride = {}): DateSpan | undefined {
  const validities = workspace.agreements.map((agreement) => agreement.validity);
  const earliest = validities.map((v) => v.from).sort()[0];
  const latest = validities.map((v) => v.to).sort().at(-1);
  const from = override.from ?? workspace.horizon?.from ?? earliest;
  const to = override.to ?? workspace.horizon?.to ?? latest;
  return from !== undefined && to !== undefined && from <= to ? { from, to } : undefined;
}
