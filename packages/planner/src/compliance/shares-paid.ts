import type { Workspace } from "@lontar/core";
import { drawOnBudgets, workspaceBooks } from "../plan/budget-draws.js";
import { firstOfSameShare } from "../plan/budget-shares.js";
import type { PlannedOccurrence } from "../plan/plan.js";

/**
 * What each budget share pays (a partner's from outside the budgets) or counts (money in a
 * budget) of the plan's scheduled sessions, charged as the budgets charge them
 * (budget-draws.ts): by agreement and the obligation's index, 0 for a share that pays
 * nothing (or one of an agreement that does not apply); a share written twice, what the first
 * of the two pays.
 *
 * @example sharesPaidBy(workspace, plan.occurrences)("mou_lsm", 0) // 25000000
 */
export function sharesPaidBy(workspace: Workspace, planned: readonly PlannedOccurrence[]): (agreementId: string, obligationIndex: number) => number {
  const purse = drawOnBudgets(workspaceBooks(workspace), planned, (o) => o.status === "scheduled", () => undefined);
  const paid = new Map(purse.terms.map((t, i) => [`${t.agreementId}\u0000${t.obligationIndex}`, purse.paidBy(i)]));
  const agreements = new Map(workspace.agreements.map((a) => [a.id, a]));
  return (agreementId, obligationIndex) => {
    const agreement = agreements.get(agreementId);
    const first = agreement === undefined ? obligationIndex : firstOfSameShare(agreement, obligationIndex);
    return paid.get(`${agreementId}\u0000${first}`) ?? 0;
  };
}
