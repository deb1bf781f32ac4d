import type { Workspace } from "@lontar/core";
import { drawOnBudgets, workspaceBooks } from "./budget-draws.js";
import type { Plan, PlannedOccurrence } from "./plan.js";

/**
 * Each budget's amount, what the scheduled occurrences draw from it within its period
 * (a `per: program` cost once, at the program's first scheduled session; what a partner's
 * share pays is not drawn), and what remains (negative when overspent).
 */
export function summariseBudgets(workspace: Workspace, planned: readonly PlannedOccurrence[]): Plan["budget"] {
  const spent = new Map<string, number>();
  const books = workspaceBooks(workspace);
  if (books.budgets.size > 0) {
    drawOnBudgets(books, planned, (o) => o.status === "scheduled", (budget, amount) => spent.set(budget.id, (spent.get(budget.id) ?? 0) + amount));
  }
  return workspace.resources.flatMap((r) => {
    if (r.kind !== "budget") return [];
    const used = spent.get(r.id) ?? 0;
    return [{ budgetId: r.id, amount: r.amount, planned: used, remaining: r.amount - used }];
  });
}
