/**
 * LON5007: a share written `from <budget>` (`mitra membayar Rp 25.000.000 untuk festival dari
 * apbd`) is money in that budget (the partner funds it), so it cannot be larger than the
 * budget's own `amount`. A planner who writes `dari apbd` meaning "the partner's money goes
 * into APBD" while APBD's amount leaves it out otherwise sees only a budget overrun and an
 * unused share (helper-154's walk, stop 49). For the same reason the shares of one budget
 * together cannot be larger than it: two MoUs of Rp 40.000.000 each `dari apbd` of Rp
 * 60.000.000 passed `check` with no word (stop 52). A budget in another file is read through the
 * workspace's symbols; a name no declaration has is left to LON2002, another kind to LON5002.
 */
import { relatedLocation, rupiahLabels } from "@lontar/core";
import type { Diagnostic, Range } from "../../diagnostics/diagnostic.js";
import type { Declaration, FileNode } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { makeDiagnostic } from "../report.js";

/** A budget's `amount` in whole rupiah, when written. */
function budgetAmount(budget: Declaration): number | undefined {
  for (const property of budget.properties) if (property.key === "amount" && property.value.kind === "Money") return property.value.rupiah;
  return undefined;
}

/** A share `from` a budget, where it is written. */
interface WrittenShare {
  readonly file: string;
  readonly agreement: string;
  readonly amount: number;
  readonly range: Range;
}

/** The shares of a budget, in the workspace's file order, and the budget's `amount`. */
interface BudgetShares {
  readonly name: string;
  readonly holds: number;
  readonly shares: WrittenShare[];
}

/**
 * Each share `from <budget>` whose budget is declared, unbroken and has an `amount`, by
 * budget: of the agreements without a condition, a share written twice in one agreement once.
 */
function sharesByBudget(bound: BoundWorkspace): Map<string, BudgetShares> {
  const byBudget = new Map<string, BudgetShares>();
  for (const file of bound.files) {
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.declarationKind !== "agreement" || item.broken !== undefined) continue;
      // An agreement with a condition (`ketika …`) may not be in force where the others are (two MoUs, one for each case): its shares are no sure part of the sum.
      if (item.properties.some((p) => p.key === "when")) continue;
      const seen = new Set<string>();
      for (const property of item.properties) {
        const value = property.value;
        if (value.kind !== "BudgetShare" || value.budget === undefined) continue;
        // A share written twice is one share (LON3008 says one of them can go; the plan counts it once).
        const same = `${value.party}\u0000${value.amount.rupiah}\u0000${value.program?.name ?? ""}\u0000${value.budget.name}`;
        if (seen.has(same)) continue;
        seen.add(same);
        const budget = bound.symbols.get(value.budget.name);
        if (budget?.kind !== "budget" || budget.declaration.broken !== undefined) continue;
        const holds = budgetAmount(budget.declaration);
        if (holds === undefined) continue;
        let entry = byBudget.get(budget.name);
        if (entry === undefined) byBudget.set(budget.name, (entry = { name: budget.name, holds, shares: [] }));
        entry.shares.push({ file: file.path, agreement: item.name.text, amount: value.amount.rupiah, range: value.amount.range });
      }
    }
  }
  return byBudget;
}

/**
 * The share at which the shares of one budget, none larger than the budget alone, first add
 * up to more than its amount, with the total of them all; undefined when they fit (or one
 * share alone is larger: `overBudget` says so there, and once is enough).
 */
function tippingShare(budget: BudgetShares): { readonly share: WrittenShare; readonly total: number } | undefined {
  if (budget.shares.some((s) => s.amount > budget.holds)) return undefined;
  let total = 0;
  let tipping: WrittenShare | undefined;
  for (const share of budget.shares) {
    total += share.amount;
    if (tipping === undefined && total > budget.holds) tipping = share;
  }
  return tipping === undefined ? undefined : { share: tipping, total };
}

/**
 * A checker of each file's shares `from <budget>` against the budgets of the whole workspace
 * (`bound`): a share larger than its budget (`overBudget`), and shares of one budget that
 * together are larger than it (`sharesOverBudget`, once, at the share that tips the sum over,
 * the others as related locations).
 */
export function shareBudgetChecker(bound: BoundWorkspace): (file: FileNode, diagnostics: Diagnostic[]) => void {
  const tipping = new Map<Range, Diagnostic>();
  for (const budget of sharesByBudget(bound).values()) {
    const over = tippingShare(budget);
    if (over === undefined) continue;
    const others = budget.shares.filter((s) => s !== over.share);
    const related = others.map((s) => relatedLocation({ file: s.file, range: s.range }, "LON5007.anotherShare", { amount: rupiahLabels(s.amount), budget: budget.name, agreement: s.agreement }));
    const args = { budget: budget.name, total: rupiahLabels(over.total), count: budget.shares.length, holds: rupiahLabels(budget.holds) };
    tipping.set(over.share.range, makeDiagnostic("LON5007.sharesOverBudget", args, over.share.file, over.share.range, { related }));
  }
  return (file, diagnostics) => {
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.declarationKind !== "agreement" || item.broken !== undefined) continue;
      for (const property of item.properties) {
        const value = property.value;
        if (value.kind !== "BudgetShare" || value.budget === undefined) continue;
        const together = tipping.get(value.amount.range);
        if (together !== undefined) diagnostics.push(together);
        const budget = bound.symbols.get(value.budget.name);
        if (budget?.kind !== "budget" || budget.declaration.broken !== undefined) continue;
        const holds = budgetAmount(budget.declaration);
        if (holds === undefined || value.amount.rupiah <= holds) continue;
        diagnostics.push(makeDiagnostic("LON5007.overBudget", { amount: rupiahLabels(value.amount.rupiah), budget: budget.name, holds: rupiahLabels(holds) }, file.path, value.amount.range));
      }
    }
  };
}
