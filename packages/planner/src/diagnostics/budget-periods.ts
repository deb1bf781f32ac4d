import { countLabels, createDiagnostic, rupiahLabels, type Budget, type Cost, type Diagnostic, type Program, type Workspace } from "@lontar/core";
import { localDateOf } from "../compliance/count-index.js";
import type { Plan, PlannedOccurrence } from "../plan/plan.js";
import { byStartThenId, sessionCostOf } from "../plan/program-charges.js";
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
  /** The scheduled sessions charged this cost on a date outside the budget's period, by start then id (never empty). */
  readonly sessions: readonly [PlannedOccurrence, ...PlannedOccurrence[]];
}

/**
 * The costs of the plan that nothing pays: for each program's cost drawn from a declared
 * budget (`from`), the scheduled sessions it is charged for whose local date lies outside
 * the budget's `period`, so the budget (which draws nothing outside its period) does not
 * pay them. A `per: program` cost is charged at the program's first scheduled session (as
 * the budgets count it), so it is unpaid when that session is outside the period. Costs of
 * 0 rupiah a session (a `per: participant` cost of a program expecting nobody) lose nothing
 * and are left out. In the order of the programs, then of their costs.
 *
 * @example unpaidCosts(workspace, plan.occurrences)[0]?.sessions.length // 39
 */
export function unpaidCosts(workspace: Workspace, occurrences: readonly PlannedOccurrence[]): UnpaidCost[] {
  const budgets = new Map<string, Budget>();
  for (const r of workspace.resources) if (r.kind === "budget") budgets.set(r.id, r);
  const paying = workspace.programs.filter((p) => p.costs.some((c) => c.budget !== undefined && budgets.has(c.budget)));
  if (paying.length === 0) return [];
  const ids = new Set(paying.map((p) => p.id));
  const scheduled = new Map<string, PlannedOccurrence[]>();
  for (const o of occurrences) {
    if (o.status !== "scheduled" || !ids.has(o.programId)) continue;
    const list = scheduled.get(o.programId);
    if (list === undefined) scheduled.set(o.programId, [o]);
    else list.push(o);
  }
  return paying.flatMap((program) => {
    const own = (scheduled.get(program.id) ?? []).sort(byStartThenId);
    return program.costs.flatMap((cost): UnpaidCost[] => {
      const budget = cost.budget === undefined ? undefined : budgets.get(cost.budget);
      if (budget === undefined) return [];
      // A cost per program is charged at the program's first scheduled session: `own` sorted, its head.
      const charged = cost.per === "program" ? own.slice(0, 1) : own;
      const amount = sessionCostOf(cost, program, true);
      const outside = amount === 0 ? [] : charged.filter((o) => {
        const date = localDateOf(o);
        return date < budget.period.from || date > budget.period.to;
      });
      const [head, ...rest] = outside;
      return head === undefined ? [] : [{ program, cost, budget, amount, sessions: [head, ...rest] }];
    });
  });
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
    if (unpaid.cost.per === "program") return [createDiagnostic("LON5107.programCost", args, location)];
    if (unpaid.sessions.length === 1) return [createDiagnostic("LON5107.outsideOne", args, location)];
    return [createDiagnostic("LON5107.outside", { ...args, count: countLabels(unpaid.sessions.length) }, location)];
  });
}
