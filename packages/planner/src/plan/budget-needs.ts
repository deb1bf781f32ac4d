import type { Period } from "@lontar/core";
import { periodKey } from "../calendar/periods.js";
import { BUDGET_CAP, type BudgetRefusal } from "./budget-reasons.js";
import { drawOnBudgets, type BudgetBooks } from "./budget-draws.js";
import type { PlannedOccurrence } from "./plan.js";

/** What the sessions a plan means to hold draw from one budget, whole rupiah. */
export interface BudgetNeed {
  /** Over the budget's period. */
  readonly total: number;
  /** In the sub-period of its cap that needs the most (e.g. the busiest month); 0 without a cap. */
  readonly mostPerCap: number;
}

/** True for a session the plan holds, or one only a budget (its amount or its cap) keeps out. */
export const meantToHold = (o: PlannedOccurrence): boolean => o.status === "scheduled" || (o.status === "unassigned" && (o.reasons ?? []).some((r) => r.constraint === BUDGET_CAP));

/**
 * What each budget must hold for every session the plan means to hold: those it
 * schedules and those a budget stops (see {@link meantToHold}), charged as the budgets
 * charge them (a `per: program` cost once; only sessions within the budget's period),
 * in all and in the busiest sub-period of its cap. The figure a budget's fix names, so
 * that raising the budget (or its cap) to it lets every such session be paid for in one
 * step, and every finding on one budget names the same figure.
 *
 * @example budgetNeeds(books, plan.occurrences).get("apbd_ntt_2027")?.total // 426500000
 */
export function budgetNeeds(books: BudgetBooks, occurrences: readonly PlannedOccurrence[]): ReadonlyMap<string, BudgetNeed> {
  const totals = new Map<string, number>();
  const perCap = new Map<string, number>();
  drawOnBudgets(books, occurrences, meantToHold, (budget, amount, date) => {
    totals.set(budget.id, (totals.get(budget.id) ?? 0) + amount);
    if (budget.cap === undefined) return;
    const key = `${budget.id}|${periodKey(date, budget.cap.per)}`;
    perCap.set(key, (perCap.get(key) ?? 0) + amount);
  });
  const most = new Map<string, number>();
  for (const [key, amount] of perCap) {
    const budgetId = key.slice(0, key.lastIndexOf("|"));
    most.set(budgetId, Math.max(most.get(budgetId) ?? 0, amount));
  }
  return new Map([...totals].map(([budgetId, total]) => [budgetId, { total, mostPerCap: most.get(budgetId) ?? 0 }]));
}

/**
 * The figure a refusal's fix raises its budget to: what the budget must hold (its amount
 * refused), or what its busiest cap period needs (its cap refused); never less than the
 * refusal's own total.
 *
 * @example neededFor(budgetNeeds(books, plan.occurrences), refusal) // 426500000
 */
export function neededFor(needs: ReadonlyMap<string, BudgetNeed>, refusal: BudgetRefusal): number {
  const need = needs.get(refusal.budgetId);
  return Math.max(refusal.total, (refusal.kind === "amount" ? need?.total : need?.mostPerCap) ?? 0);
}

/**
 * What a refusal's fix raises: `needed` (see {@link neededFor}) and the budget's other
 * limit when it is short too, so that one raise lets every session be paid for: for a cap
 * refused, `amount` when the sessions the plan means to hold need more from the budget in
 * all than it holds; for its amount refused, `cap` when they need more in its busiest cap
 * period than the cap allows (a walk: a cap raised as told, then a second error for the
 * amount).
 */
export interface BudgetRaise {
  /** What the budget, or its busiest cap period, must hold, whole rupiah. */
  readonly needed: number;
  /** What the budget must hold in all, when its cap is refused and its amount is short too. */
  readonly amount?: number;
  /** What its busiest cap period needs, and the period, when its amount is refused and its cap is short too. */
  readonly cap?: { readonly amount: number; readonly per: Period };
}

/**
 * {@link neededFor} over a plan's occurrences, with the budget's amount when a cap's fix
 * would not do alone (see {@link BudgetRaise}); the needs counted once, when a refusal is
 * first asked about (most plans have none).
 *
 * @example const raise = budgetNeedReader(() => workspaceBooks(workspace), plan.occurrences);
 */
export function budgetNeedReader(books: () => BudgetBooks, occurrences: readonly PlannedOccurrence[]): (refusal: BudgetRefusal) => BudgetRaise {
  let read: { readonly books: BudgetBooks; readonly needs: ReadonlyMap<string, BudgetNeed> } | undefined;
  return (refusal) => {
    if (read === undefined) {
      const held = books();
      read = { books: held, needs: budgetNeeds(held, occurrences) };
    }
    const needed = neededFor(read.needs, refusal);
    const need = read.needs.get(refusal.budgetId);
    const budget = read.books.budgets.get(refusal.budgetId);
    if (need === undefined || budget === undefined) return { needed };
    if (refusal.kind === "cap") return need.total > budget.amount ? { needed, amount: need.total } : { needed };
    return budget.cap !== undefined && need.mostPerCap > budget.cap.amount ? { needed, cap: { amount: need.mostPerCap, per: budget.cap.per } } : { needed };
  };
}
