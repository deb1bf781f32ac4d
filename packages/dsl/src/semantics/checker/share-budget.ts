/**
 * LON5007: a share written `from <budget>` (`mitra membayar Rp 25.000.000 untuk festival dari
 * apbd`) is money in that budget (the partner funds it), so it cannot be larger than the
 * budget's own `amount`. A planner who writes `dari apbd` meaning "the partner's money goes
 * into APBD" while APBD's amount leaves it out otherwise sees only a budget overrun and an
 * unused share (helper-154's walk). For the same reason the shares of one budget
 * together cannot be larger than it: two MoUs of Rp 40.000.000 each `dari apbd` of Rp
 * 60.000.000 passed `check` with no word. A budget in another file is read through the
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

/** A share `from` a declared budget with an `amount`, where it is written. */
interface WrittenShare {
  readonly file: FileNode;
  readonly agreement: string;
  readonly amount: number;
  readonly range: Range;
  readonly budget: string;
  readonly holds: number;
  /** False for a share of an agreement with a condition, or one written twice in its agreement: no sure part of its budget's sum. */
  readonly summed: boolean;
}

/**
 * Every share `from <budget>` whose budget is declared, unbroken and has an `amount`, in the
 * workspace's file order. An agreement with a condition (`ketika …`) may not be in force where
 * the others are (two MoUs, one for each case), and a share written twice is one share (LON3008
 * says one of them can go; the plan counts it once): neither is summed.
 */
function writtenShares(bound: BoundWorkspace): WrittenShare[] {
  const shares: WrittenShare[] = [];
  for (const file of bound.files) {
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.declarationKind !== "agreement" || item.broken !== undefined) continue;
      const conditional = item.properties.some((p) => p.key === "when");
      const seen = new Set<string>();
      for (const property of item.properties) {
        const value = property.value;
        if (value.kind !== "BudgetShare" || value.budget === undefined) continue;
        const same = `${value.party}\u0000${value.amount.rupiah}\u0000${value.program?.name ?? ""}\u0000${value.budget.name}`;
        const first = !seen.has(same);
        seen.add(same);
        const budget = bound.symbols.get(value.budget.name);
        if (budget?.kind !== "budget" || budget.declaration.broken !== undefined) continue;
        const holds = budgetAmount(budget.declaration);
        if (holds === undefined) continue;
        shares.push({ file, agreement: item.name.text, amount: value.amount.rupiah, range: value.amount.range, budget: budget.name, holds, summed: first && !conditional });
      }
    }
  }
  return shares;
}

/**
 * The share at which the summed shares of one budget, none larger than the budget alone, first
 * add up to more than its amount, with the total of them all; undefined when they fit (or one
 * share alone is larger: `overBudget` says so there, and once is enough).
 */
function tippingShare(shares: readonly WrittenShare[], holds: number): { readonly share: WrittenShare; readonly total: number } | undefined {
  if (shares.some((s) => s.amount > holds)) return undefined;
  let total = 0;
  let tipping: WrittenShare | undefined;
  for (const share of shares) {
    total += share.amount;
    if (tipping === undefined && total > holds) tipping = share;
  }
  return tipping === undefined ? undefined : { share: tipping, total };
}

/**
 * A checker of each file's shares `from <budget>` against the budgets of the whole workspace
 * (`bound`): a share larger than its budget (`overBudget`), and shares of one budget that
 * together are larger than it (`sharesOverBudget`, once, at the share that tips the sum over,
 * the others as related locations). The workspace's shares are read once; each file gets its own.
 */
export function shareBudgetChecker(bound: BoundWorkspace): (file: FileNode, diagnostics: Diagnostic[]) => void {
  const shares = writtenShares(bound);
  const summed = new Map<string, WrittenShare[]>();
  for (const share of shares) {
    if (!share.summed) continue;
    const ofBudget = summed.get(share.budget);
    if (ofBudget === undefined) summed.set(share.budget, [share]);
    else ofBudget.push(share);
  }
  const tipping = new Map<WrittenShare, Diagnostic>();
  for (const [budget, ofBudget] of summed) {
    const holds = ofBudget[0]?.holds ?? 0;
    const over = tippingShare(ofBudget, holds);
    if (over === undefined) continue;
    const related = ofBudget.filter((s) => s !== over.share).map((s) => relatedLocation({ file: s.file.path, range: s.range }, "LON5007.anotherShare", { amount: rupiahLabels(s.amount), budget, agreement: s.agreement }));
    const args = { budget, total: rupiahLabels(over.total), count: ofBudget.length, holds: rupiahLabels(holds) };
    tipping.set(over.share, makeDiagnostic("LON5007.sharesOverBudget", args, over.share.file.path, over.share.range, { related }));
  }
  // By file node (a file reached twice is one node), each share's in the order written: the sum's, then its own.
  const byFile = new Map<FileNode, Diagnostic[]>();
  for (const share of shares) {
    const found = byFile.get(share.file) ?? [];
    const together = tipping.get(share);
    if (together !== undefined) found.push(together);
    if (share.amount > share.holds) found.push(makeDiagnostic("LON5007.overBudget", { amount: rupiahLabels(share.amount), budget: share.budget, holds: rupiahLabels(share.holds) }, share.file.path, share.range));
    if (found.length > 0) byFile.set(share.file, found);
  }
  return (file, diagnostics) => {
    for (const d of byFile.get(file) ?? []) diagnostics.push(d);
  };
}
