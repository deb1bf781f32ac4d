import type { Budget, Program, Resource } from "@lontar/core";
import { occurrenceCharges } from "../allocate/budget-caps.js";
import { localDateOf } from "../compliance/count-index.js";
import type { PlannedOccurrence } from "./plan.js";
import { byStartThenId } from "./program-charges.js";

/** What a walk of budget charges reads: programs and budgets by id. */
export interface BudgetBooks {
  /** Programs by id. */
  readonly programs: ReadonlyMap<string, Program>;
  /** Budgets by id. */
  readonly budgets: ReadonlyMap<string, Budget>;
}

/** The programs and budgets of a workspace (or of a workspace index) by id. */
export function budgetBooks(programs: Iterable<Program>, resources: Iterable<Resource>): BudgetBooks {
  const budgets = new Map<string, Budget>();
  for (const r of resources) if (r.kind === "budget") budgets.set(r.id, r);
  return { programs: new Map([...programs].map((p) => [p.id, p])), budgets };
}

/**
 * Walks the occurrences that `counts` keeps in the order budgets are charged (by start,
 * then id) and hands `draw` each charge that falls within its budget's period, with the
 * session's local date and the session: a `per: program` cost once, at the program's first session kept.
 * What the plan's budget summary (the scheduled sessions) and a budget's fix (budgetNeeds:
 * the sessions the plan means to hold) both count.
 *
 * @example drawOnBudgets(books, plan.occurrences, (o) => o.status === "scheduled", (budget, amount) => spent.set(budget.id, (spent.get(budget.id) ?? 0) + amount));
 */
export function drawOnBudgets(
  books: BudgetBooks,
  occurrences: readonly PlannedOccurrence[],
  counts: (occurrence: PlannedOccurrence) => boolean,
  draw: (budget: Budget, amount: number, date: string, occurrence: PlannedOccurrence) => void,
): void {
  // Only programs with costs draw on budgets: filtering them before the sort keeps the
  // order (and so the per-program first session) while sorting far fewer occurrences.
  const costly = occurrences.filter((o) => counts(o) && (books.programs.get(o.programId)?.costs.length ?? 0) > 0).sort(byStartThenId);
  const charged = new Set<string>();
  for (const o of costly) {
    const program = books.programs.get(o.programId);
    if (program === undefined) continue;
    const charges = occurrenceCharges(program, !charged.has(program.id));
    charged.add(program.id);
    const date = localDateOf(o);
    for (const [budgetId, amount] of charges) {
      const budget = books.budgets.get(budgetId);
      if (budget !== undefined && date >= budget.period.from && date <= budget.period.to) draw(budget, amount, date, o);
    }
  }
}
