import type { Workspace } from "@lontar/core";

/**
 * The dates the playground plans: the workspace's `horizon`, else the span of its
 * agreements' validity (as `lontar check` does); `undefined` when neither says.
 */
export function playgroundHorizon(workspace: Workspace): { from: string; to: string } | undefined {
  if (workspace.horizon !== undefined) return workspace.horizon;
  const from = workspace.agreements.map((agreement) => agreement.validity.from).sort()[0];
  const to = workspace.agreements.map((agreement) => agreement.validity.to).sort().at(-1);
  return from !== undefined && to !== undefined && from <= to ? { from, to } : undefined;
}
