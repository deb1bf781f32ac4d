import { countLabels, createDiagnostic, rupiahLabels, type Budget, type Cost, type Diagnostic, type Program, type Workspace } from "@lontar/core";
import { drawOnBudgets, workspaceBooks } from "../plan/budget-draws.js";
import type { Plan, PlannedOccurrence } from "../plan/plan.js";
import { sessionCostOf } from "../plan/program-charges.js";
import { locationOf } from "./location.js";

/** A program's cost whose budget's period leaves out some of the sessions it is charged for. */
export interface UnpaidCost {
  /** The program. */
  readonly program: Program;
  /** The cost, as the program declares it (its `source` is where to say so). */
  readonly cost: Cost;
  /** The budget it is paid from. */
  readonly budget: Budget;
  /** What one of the sessions costs from it, in whole rupiah (the whole amount for a `per: program` cost). */
  readonly amount: number;
  /** The scheduled sessions charged this cost on a date outside the budget's period whose cost the partners' shares do not pay in full, by start then id (never empty). */
  readonly sessions: readonly [PlannedOccurrence, ...PlannedOccurrence[]];
  /** What nothing pays of their cost, in whole rupiah: `amount` a session, less what partners' shares from outside the budgets pay of it. */
  readonly total: number;
  /** How many scheduled sessions are charged this cost outside the budget's period, those the partners' shares pay in full too (at least `sessions`' count). */
  readonly outside: number;
}

/**
 * The costs of the plan that nothing pays: for each program's cost drawn from a declared
 * budget (`from`), the scheduled sessions it is charged for whose local date lies outside
 * the budget's `period`, so the budget (which draws nothing outside its period) does not
 * pay them, and what of their cost the partners' shares from outside the budgets do not pay
 * either (charged as every walk of the budgets charges, drawOnBudgets: a session a partner
 * pays in full is paid). A `per: program` cost is charged at the program's first scheduled
 * session, so it is unpaid when that session is outside the period. Costs of 0 rupiah a
 * session (a `per: participant` cost of a program expecting nobody) lose nothing and are
 * left out. In the order of the programs, then of their costs.
 *
 * @example unpaidCosts(workspace, plan.occurrences)[0]?.sessions.length // 39
 */
export function unpaidCosts(workspace: Workspace, occurrences: readonly PlannedOccurrence[]): UnpaidCost[] {
  const books = workspaceBooks(workspace);
  if (books.budgets.size === 0) return [];
  const left = new Map<string, { sessions: PlannedOccurrence[]; total: number; outside: number }>();
  drawOnBudgets(books, occurrences, (o) => o.status === "scheduled", () => undefined, (_budget, costIndex, line, o) => {
    const key = `${o.programId}\u0000${costIndex}`;
    let cost = left.get(key);
    if (cost === undefined) left.set(key, (cost = { sessions: [], total: 0, outside: 0 }));
    cost.outside += 1;
    if (line.left <= 0) return;
    cost.sessions.push(o);
    cost.total += line.left;
  });
  if (left.size === 0) return [];
  return workspace.programs.flatMap((program) =>
    program.costs.flatMap((cost, costIndex): UnpaidCost[] => {
      const unpaid = left.get(`${program.id}\u0000${costIndex}`);
      const budget = cost.budget === undefined ? undefined : books.budgets.get(cost.budget);
      const [head, ...rest] = unpaid?.sessions ?? [];
      if (unpaid === undefined || budget === undefined || head === undefined) return [];
      return [{ program, cost, budget, amount: sessionCostOf(cost, program, true), sessions: [head, ...rest], total: unpaid.total, outside: unpaid.outside }];
    }),
  );
}

/** A session's local date and start time as its library's clock reads them: `2019-01-07 09:00`. */
const localStart = (o: PlannedOccurrence): string => `${o.start.slice(0, 10)} ${o.start.slice(11, 16)}`;


/**
 * LON5107 (an error: the plan cannot be paid as written) at each cost whose budget's
 * period leaves out sessions it is charged for (see {@link unpaidCosts}), at the cost's
 * `costs` property (at the program when the cost has no source), naming the budget, its
 * period, how many sessions and the first of them; for a `per: program` cost, the session
 * that carries it. A cost with no source, in a program with none, gets none.
 *
 * @example for (const d of budgetPeriodDiagnostics(workspace, plan)) console.log(d.message);
 */
export function budgetPeriodDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  return unpaidCosts(workspace, plan.occurrences).flatMap((unpaid) => {
    const source = unpaid.cost.source ?? unpaid.program.source;
    if (source === undefined) return [];
    const location = locationOf(source);
    const args = { program: unpaid.program.id, budget: unpaid.budget.id, from: unpaid.budget.period.from, to: unpaid.budget.period.to, cost: rupiahLabels(unpaid.amount), first: localStart(unpaid.sessions[0]) };
    // Partners' shares from outside the budgets pay part of it, or some of the sessions: say what is left, not the whole cost.
    if (unpaid.total < unpaid.amount * unpaid.outside) {
      const shared = { ...args, unpaid: rupiahLabels(unpaid.total) };
      if (unpaid.cost.per === "program") return [createDiagnostic("LON5107.programCostPartlyShared", shared, location)];
      if (unpaid.outside === 1) return [createDiagnostic("LON5107.partlySharedOne", shared, location)];
      return [createDiagnostic("LON5107.partlyShared", { ...shared, count: countLabels(unpaid.outside) }, location)];
    }
    if (unpaid.cost.per === "program") return [createDiagnostic("LON5107.programCost", args, location)];
    if (unpaid.sessions.length === 1) return [createDiagnostic("LON5107.outsideOne", args, location)];
    return [createDiagnostic("LON5107.outside", { ...args, count: countLabels(unpaid.sessions.length) }, location)];
  });
}
