import type { Workspace } from "@lontar/core";
import { finishAllocation, prepareAllocation, searchAllocation } from "../src/allocate/allocate.js";
import type { Occurrence } from "../src/expand/occurrence.js";
import { partBudgets } from "../src/partition/part-budgets.js";
import { partitionWorkspace } from "../src/partition/partition-workspace.js";
import type { PlanScore } from "../src/plan/plan.js";

/**
 * Allocation as planWorkspace does it, on given occurrences: the workspace split into
 * independent parts, each constructed, the default step budget shared among them, each
 * searched with its own seed. Returns the summed score and the steps taken.
 */
export function allocateInParts(workspace: Workspace, occurrences: readonly Occurrence[], seed: number): { score: PlanScore; steps: number; parts: number } {
  const parts = partitionWorkspace(workspace);
  const partOf = new Map(parts.flatMap((part, i) => part.workspace.programs.map((p) => [p.id, i] as const)));
  const mine: Occurrence[][] = parts.map(() => []);
  for (const o of occurrences) mine[partOf.get(o.programId) ?? 0]?.push(o);
  const prepared = parts.map((part, i) => prepareAllocation(part.workspace, mine[i] ?? [], { candidates: part.candidates }));
  const budgets = partBudgets(
    parts.map((p) => p.key),
    prepared.map((p) => ({ movable: p.movable, searchable: p.searchable, unassigned: p.unassigned })),
    { horizon: { from: "", to: "" }, seed },
  );
  const score = { hard: 0, medium: 0, soft: 0 };
  let steps = 0;
  prepared.forEach((p, i) => {
    const budget = budgets[i] ?? { seed, maxSteps: 0 };
    const search = searchAllocation(p, budget);
    steps += search.steps;
    const result = finishAllocation(parts[i]?.workspace ?? workspace, p, search);
    score.hard += result.score.hard;
    score.medium += result.score.medium;
    score.soft += result.score.soft;
  });
  return { score: { ...score, soft: Math.round(score.soft * 1000) / 1000 }, steps, parts: parts.length };
}
