import type { Budget, Program, Workspace } from "@lontar/core";
import type { Occurrence } from "../expand/occurrence.js";
import type { Justification } from "../plan/plan.js";
import { budgetRefusal, type BudgetRefusal } from "../plan/budget-reasons.js";
import { periodKey } from "../calendar/periods.js";
import { sessionCostOf } from "../plan/program-charges.js";
import { budgetShares, SharePurse, type SessionBill } from "../plan/budget-shares.js";
import type { CommitmentIndex } from "./commitments.js";
import { commitmentsFirst } from "./commitments-first.js";

/** The rupiah an occurrence draws from each budget, `per: program` costs charged at the first one. */
export function occurrenceCharges(program: Program, firstOfProgram: boolean): Map<string, number> {
  const charges = new Map<string, number>();
  for (const cost of program.costs) {
    if (cost.budget === undefined) continue;
    charges.set(cost.budget, (charges.get(cost.budget) ?? 0) + sessionCostOf(cost, program, firstOfProgram));
  }
  return charges;
}

/**
 * What the sessions charged so far draw from each budget of a workspace, in all and in
 * each sub-period of a budget's cap (e.g. a month), once the partners' shares from outside
 * the budgets have paid what they can (see SharePurse). Charges on a date outside a budget's
 * period draw nothing from it.
 */
export class BudgetLedger {
  private readonly budgets = new Map<string, Budget>();
  private readonly spent = new Map<string, number>();
  private readonly spentInPeriod = new Map<string, number>();
  private readonly purse: SharePurse;

  /** An empty ledger of the workspace's budgets, every partner's share whole. */
  constructor(private readonly workspace: Workspace) {
    for (const r of workspace.resources) if (r.kind === "budget") this.budgets.set(r.id, r);
    this.purse = new SharePurse(budgetShares(workspace), this.budgets);
  }

  /** True when some program of the workspace draws on one of its budgets. */
  drawnOn(): boolean {
    return this.workspace.programs.some((p) => p.costs.some((c) => c.budget !== undefined && this.budgets.has(c.budget)));
  }

  /** What a session of `program` on `date` would draw from each budget, the shares left paying first (`first`: it carries the `per: program` costs). */
  bill(program: Program, first: boolean, date: string): SessionBill {
    return this.purse.bill(program, first, date);
  }

  /** The budgets of `draws` whose period holds `date`. */
  private *within(draws: ReadonlyMap<string, number>, date: string): Generator<[Budget, number]> {
    for (const [budgetId, amount] of draws) {
      const budget = this.budgets.get(budgetId);
      if (budget !== undefined && date >= budget.period.from && date <= budget.period.to) yield [budget, amount];
    }
  }

  /**
   * What stops a bill drawn on `date`, budget by budget in the order of its draws (the
   * amount before the cap): undefined when every budget can take it.
   */
  refusal(bill: SessionBill, date: string): BudgetRefusal | undefined {
    for (const [budget, amount] of this.within(bill.draws, date)) {
      const total = (this.spent.get(budget.id) ?? 0) + amount;
      if (total > budget.amount) return { kind: "amount", budgetId: budget.id, amount: budget.amount, total };
      if (budget.cap === undefined) continue;
      const inPeriod = (this.spentInPeriod.get(`${budget.id}|${periodKey(date, budget.cap.per)}`) ?? 0) + amount;
      if (inPeriod > budget.cap.amount) return { kind: "cap", budgetId: budget.id, cap: budget.cap.amount, per: budget.cap.per, total: inPeriod };
    }
    return undefined;
  }

  /** Charges a bill on `date`: its shares leave the purse, its draws the budgets. */
  charge(bill: SessionBill, date: string): void {
    this.purse.settle(bill);
    for (const [budget, amount] of this.within(bill.draws, date)) {
      this.spent.set(budget.id, (this.spent.get(budget.id) ?? 0) + amount);
      if (budget.cap === undefined) continue;
      const key = `${budget.id}|${periodKey(date, budget.cap.per)}`;
      this.spentInPeriod.set(key, (this.spentInPeriod.get(key) ?? 0) + amount);
    }
  }
}

/**
 * Walks the occurrences and charges their costs to budgets: an occurrence whose charge
 * would take a budget past its amount, or past its cap for the sub-period (e.g. a month),
 * is left unassigned with reason `budget-cap`. The sessions the agreements' `commitments`
 * count on are charged first, then the rest, each in time order (see commitmentsFirst.ts);
 * within each, first come, first served: earlier sessions keep their money. Occurrences
 * outside a budget's period draw nothing from it. `active[i]` false skips occurrence `i`
 * (already cancelled); `placeable(i)` false skips one no resource could ever serve (a room
 * too small, nobody available then): it draws nothing, so it cannot take the money of a
 * session that could take place, and it keeps its own reason. The allocator settles these
 * refusals again once the sessions are placed (settle-budgets.ts), in the same order.
 */
export function applyBudgetCaps(
  workspace: Workspace,
  occurrences: readonly Occurrence[],
  active: readonly boolean[],
  placeable: (occurrence: number) => boolean = () => true,
  commitments?: CommitmentIndex,
): (Justification | undefined)[] {
  const ledger = new BudgetLedger(workspace);
  const out: (Justification | undefined)[] = new Array<Justification | undefined>(occurrences.length).fill(undefined);
  if (!ledger.drawnOn()) return out;
  const programs = new Map(workspace.programs.map((p) => [p.id, p]));
  const charged = new Set<string>();
  const eligible = occurrences.map((o, i) => active[i] === true && (programs.get(o.programId)?.costs.length ?? 0) > 0 && placeable(i));
  const inTime = occurrences.map((_, i) => i).sort((a, b) => compareOccurrences(occurrences[a], occurrences[b]));
  const order = commitments === undefined ? inTime : commitmentsFirst(commitments, inTime, (i) => occurrences[i]?.programId, (i) => occurrences[i]?.localDate ?? "", (i) => eligible[i] === true);
  for (const i of order) {
    const occurrence = occurrences[i];
    const program = occurrence && programs.get(occurrence.programId);
    if (!occurrence || !program || !eligible[i]) continue;
    const bill = ledger.bill(program, !charged.has(program.id), occurrence.localDate);
    const refusal = ledger.refusal(bill, occurrence.localDate);
    if (refusal !== undefined) {
      out[i] = budgetRefusal(occurrence.id, refusal);
      continue;
    }
    charged.add(program.id);
    ledger.charge(bill, occurrence.localDate);
  }
  return out;
}

/** Chronological, ties by id: the order budgets are charged in. */
export function compareOccurrences(a: Occurrence | undefined, b: Occurrence | undefined): number {
  if (!a || !b) return 0;
  return a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
