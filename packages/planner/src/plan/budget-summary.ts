import type { Workspace } from "@lontar/core";
import { occurrenceCharges } from "../allocate/budget-caps.js";
import { byStartThenId } from "./program-charges.js";
import { localDateOf } from "../compliance/count-index.js";
import type { Plan, PlannedOccurrence } from "./plan.js";

/**
 * Each budget's amount, what the scheduled occurrences draw from it within its period
 * (a `per: program` cost once, at the program's first scheduled session), and what
 * remains (negative when overspent).
 */
export function summariseBudgets(workspace: Workspace, planned: readonly PlannedOccurrence[]): Plan["budget"] {
  const programs = new Map(workspace.programs.map((p) => [p.id, p]));
  const spent = new Map<string, number>();
  const charged = new Set<string>();
  const periods = new Map<string, { from: string; to: string }>();
  for (const r of workspace.resources) if (r.kind === "budget") periods.set(r.id, r.period);
  // Only programs with costs draw on budgets: filtering them before the sort keeps the
  // order (and so the per-program first session) while sorting far fewer occurrences.
  const costly = new Set(workspace.programs.filter((p) => p.costs.length > 0).map((p) => p.id));
  const scheduled = (costly.size === 0 ? [] : planned.filter((o) => o.status === "scheduled" && costly.has(o.programId))).sort(byStartThenId);
  for (const o of scheduled) {
    const program = programs.get(o.programId);
    if (program === undefined || program.costs.length === 0) continue;
    const charges = occurrenceCharges(program, !charged.has(program.id));
    charged.add(program.id);
    const date = localDateOf(o);
    for (const [budgetId, amount] of charges) {
      const period = periods.get(budgetId);
      if (period === undefined || date < period.from || date > period.to) continue;
      spent.set(budgetId, (spent.get(budgetId) ?? 0) + amount);
    }
  }
  return workspace.resources.flatMap((r) => {
    if (r.kind !== "budget") return [];
    const used = spent.get(r.id) ?? 0;
    return [{ budgetId: r.id, amount: r.amount, planned: used, remaining: r.amount - used }];
  });
}
