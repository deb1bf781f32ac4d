import type { Budget, Program, Resource, Workspace } from "@lontar/core";
import { budgetShares, SharePurse, type ShareTerms } from "./budget-shares.js";
import { localDateOf } from "../compliance/count-index.js";
import type { PlannedOccurrence } from "./plan.js";
import { byStartThenId } from "./program-charges.js";

/** What a walk of budget charges reads: programs and budgets by id, and the agreements' budget shares. */
export interface BudgetBooks {
  /** Programs by id. */
  readonly programs: ReadonlyMap<string, Program>;
  /** Budgets by id. */
  readonly budgets: ReadonlyMap<string, Budget>;
  /** The budget shares of the agreements that apply (see budgetShares). */
  readonly shares: readonly ShareTerms[];
}

/** The programs and budgets of a workspace (or of a workspace index) by id, and the budget shares. */
export function budgetBooks(programs: Iterable<Program>, resources: Iterable<Resource>, shares: readonly ShareTerms[]): BudgetBooks {
  const budgets = new Map<string, Budget>();
  for (const r of resources) if (r.kind === "budget") budgets.set(r.id, r);
  return { programs: new Map([...programs].map((p) => [p.id, p])), budgets, shares };
}

/** {@link budgetBooks} of a whole workspace. */
export function workspaceBooks(workspace: Workspace): BudgetBooks {
  return budgetBooks(workspace.programs, workspace.resources, budgetShares(workspace));
}

/**
 * Walks the occurrences that `counts` keeps in the order budgets are charged (by start,
 * then id) and hands `draw` each charge that falls within its budget's period, with the
 * session's local date and the session: a `per: program` cost once, at the program's first
 * session kept; what a partner's share from outside the budgets pays is not drawn (see SharePurse). What the plan's
 * budget summary (the scheduled sessions) and a budget's fix (budgetNeeds: the sessions the
 * plan means to hold) both count. `unpaid`, when given, hears each cost of a session (of
 * more than 0 rupiah) that falls outside its budget's period, with its rupiah and what the
 * partners' shares leave of it: what nothing pays (LON5107's unpaidCosts). Returns the purse,
 * which tells what each share paid or counted.
 *
 * @example drawOnBudgets(books, plan.occurrences, (o) => o.status === "scheduled", (budget, amount) => spent.set(budget.id, (spent.get(budget.id) ?? 0) + amount));
 */
export function drawOnBudgets(
  books: BudgetBooks,
  occurrences: readonly PlannedOccurrence[],
  counts: (occurrence: PlannedOccurrence) => boolean,
  draw: (budget: Budget, amount: number, date: string, occurrence: PlannedOccurrence) => void,
  unpaid?: (budget: Budget, costIndex: number, line: { readonly whole: number; readonly left: number }, occurrence: PlannedOccurrence) => void,
): SharePurse {
  // Only programs with costs draw on budgets: filtering them before the sort keeps the
  // order (and so the per-program first session) while sorting far fewer occurrences.
  const costly = occurrences.filter((o) => counts(o) && (books.programs.get(o.programId)?.costs.length ?? 0) > 0).sort(byStartThenId);
  const purse = new SharePurse(books.shares, books.budgets);
  const charged = new Set<string>();
  for (const o of costly) {
    const program = books.programs.get(o.programId);
    if (program === undefined) continue;
    const date = localDateOf(o);
    const bill = purse.bill(program, !charged.has(program.id), date);
    purse.settle(bill);
    charged.add(program.id);
    for (const [budgetId, amount] of bill.draws) {
      const budget = books.budgets.get(budgetId);
      if (budget !== undefined && date >= budget.period.from && date <= budget.period.to) draw(budget, amount, date, o);
    }
    if (unpaid === undefined) continue;
    program.costs.forEach((cost, costIndex) => {
      const budget = cost.budget === undefined ? undefined : books.budgets.get(cost.budget);
      const line = bill.lines[costIndex];
      if (budget !== undefined && line !== undefined && line.whole > 0 && (date < budget.period.from || date > budget.period.to)) unpaid(budget, costIndex, line, o);
    });
  }
  return purse;
}
