/**
 * LON5007: a share written `from <budget>` (`mitra membayar Rp 25.000.000 untuk festival dari
 * apbd`) is money in that budget (the partner funds it), so it cannot be larger than the
 * budget's own `amount`. A planner who writes `dari apbd` meaning "the partner's money goes
 * into APBD" while APBD's amount leaves it out otherwise sees only a budget overrun and an
 * unused share (helper-154's walk, stop 49). A budget in another file is read through the
 * workspace's symbols; a name no declaration has is left to LON2002, another kind to LON5002.
 */
import { rupiahLabels } from "@lontar/core";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Declaration, FileNode } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { makeDiagnostic } from "../report.js";

/** A budget's `amount` in whole rupiah, when written. */
function budgetAmount(budget: Declaration): number | undefined {
  for (const property of budget.properties) if (property.key === "amount" && property.value.kind === "Money") return property.value.rupiah;
  return undefined;
}

/** A checker of each file's shares `from <budget>` against the budgets of the whole workspace (`bound`). */
export function shareBudgetChecker(bound: BoundWorkspace): (file: FileNode, diagnostics: Diagnostic[]) => void {
  return (file, diagnostics) => {
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.declarationKind !== "agreement" || item.broken !== undefined) continue;
      for (const property of item.properties) {
        const value = property.value;
        if (value.kind !== "BudgetShare" || value.budget === undefined) continue;
        const budget = bound.symbols.get(value.budget.name);
        if (budget?.kind !== "budget" || budget.declaration.broken !== undefined) continue;
        const holds = budgetAmount(budget.declaration);
        if (holds === undefined || value.amount.rupiah <= holds) continue;
        diagnostics.push(makeDiagnostic("LON5007.overBudget", { amount: rupiahLabels(value.amount.rupiah), budget: budget.name, holds: rupiahLabels(holds) }, file.path, value.amount.range));
      }
    }
  };
}
