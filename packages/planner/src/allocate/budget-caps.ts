import type { Budget, Program, Workspace } from "@lontar/core";
import type { Occurrence } from "../expand/occurrence.js";
import type { Justification } from "../plan/plan.js";
import { periodKey } from "../calendar/periods.js";

/** The rupiah an occurrence draws from each budget, `per: program` costs charged at the first one. */
export function occurrenceCharges(program: Program, firstOfProgram: boolean): Map<string, number> {
  const charges = new Map<string, number>();
  for (const cost of program.costs) {
    if (cost.budget === undefined) continue;
    const amount =
      cost.per === "session" ? cost.amount : cost.per === "participant" ? cost.amount * (program.expectedParticipants ?? 0) : firstOfProgram ? cost.amount : 0;
    charges.set(cost.budget, (charges.get(cost.budget) ?? 0) + amount);
  }
  return charges;
}

/**
 * Walks the occurrences in time order and charges their costs to budgets: an occurrence
 * whose charge would take a budget past its amount, or past its cap for the sub-period
 * (e.g. a month), is left unassigned with reason `budget-cap`. First come, first served:
 * earlier sessions keep their money. Occurrences outside a budget's period draw nothing
 * from it. `active[i]` false skips occurrence `i` (already cancelled).
 */
export function applyBudgetCaps(workspace: Workspace, occurrences: readonly Occurrence[], active: readonly boolean[]): (Justification | undefined)[] {
  const budgets = new Map<string, Budget>();
  for (const r of workspace.resources) if (r.kind === "budget") budgets.set(r.id, r);
  const out: (Justification | undefined)[] = new Array<Justification | undefined>(occurrences.length).fill(undefined);
  if (!workspace.programs.some((p) => p.costs.some((c) => c.budget !== undefined && budgets.has(c.budget)))) return out;
  const programs = new Map(workspace.programs.map((p) => [p.id, p]));
  const spent = new Map<string, number>();
  const spentInPeriod = new Map<string, number>();
  const charged = new Set<string>();
  const order = occurrences.map((_, i) => i).sort((a, b) => compareOccurrences(occurrences[a], occurrences[b]));
  for (const i of order) {
    const occurrence = occurrences[i];
    const program = occurrence && programs.get(occurrence.programId);
    if (!occurrence || !program || !active[i] || program.costs.length === 0) continue;
    const charges = occurrenceCharges(program, !charged.has(program.id));
    let refusal: string | undefined;
    for (const [budgetId, amount] of charges) {
      const budget = budgets.get(budgetId);
      if (!budget || occurrence.localDate < budget.period.from || occurrence.localDate > budget.period.to) continue;
      const total = (spent.get(budgetId) ?? 0) + amount;
      if (total > budget.amount) refusal = `budget ${budgetId} (Rp ${budget.amount}) would reach Rp ${total}`;
      else if (budget.cap) {
        const key = `${budgetId}|${periodKey(occurrence.localDate, budget.cap.per)}`;
        const inPeriod = (spentInPeriod.get(key) ?? 0) + amount;
        if (inPeriod > budget.cap.amount) refusal = `budget ${budgetId} cap Rp ${budget.cap.amount} per ${budget.cap.per} would reach Rp ${inPeriod}`;
      }
      if (refusal) break;
    }
    if (refusal) {
      out[i] = { constraint: "budget-cap", level: "medium", occurrenceId: occurrence.id, message: `${occurrence.id} unassigned: ${refusal}` };
      continue;
    }
    charged.add(program.id);
    for (const [budgetId, amount] of charges) {
      const budget = budgets.get(budgetId);
      if (!budget || occurrence.localDate < budget.period.from || occurrence.localDate > budget.period.to) continue;
      spent.set(budgetId, (spent.get(budgetId) ?? 0) + amount);
      if (budget.cap) {
        const key = `${budgetId}|${periodKey(occurrence.localDate, budget.cap.per)}`;
        spentInPeriod.set(key, (spentInPeriod.get(key) ?? 0) + amount);
      }
    }
  }
  return out;
}

/** Chronological, ties by id: the order budgets are charged in. */
export function compareOccurrences(a: Occurrence | undefined, b: Occurrence | undefined): number {
  if (!a || !b) return 0;
  return a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
