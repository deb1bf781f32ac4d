import { createDiagnostic, type Diagnostic, type Workspace } from "@lontar/core";
import { locationOf } from "./location.js";
import { pushTo } from "../collections/group.js";

/**
 * LON5117 at each cost of a program that names no budget (`biaya Rp 50.000 per sesi`, `dari …`
 * left out) while its library declares budgets: no budget pays it, so the budgets' totals and
 * caps leave it out, and a budget spent twice over passed (a walk of stop 56: Rp 19.950.000 of
 * sessions beside a Rp 10.000.000 budget "with Rp 1.700.000 left"). Not said of a program a
 * partner's or the library's share pays (`… pays Rp … for <program>`, or for the library's
 * programs), which such a cost is for, nor of a cost with no source.
 *
 * @example for (const d of unbudgetedCostDiagnostics(workspace)) console.log(d.message);
 */
export function unbudgetedCostDiagnostics(workspace: Workspace): Diagnostic[] {
  const budgets = new Map<string, string[]>();
  for (const r of workspace.resources) if (r.kind === "budget" && r.library !== undefined) pushTo(budgets, r.library, r.id);
  if (budgets.size === 0) return [];
  // The programs a share pays: named, or every program of the agreement's library when it names neither a program nor a budget.
  const shared = new Set<string>();
  const sharedLibraries = new Set<string>();
  for (const agreement of workspace.agreements) {
    for (const o of agreement.obligations) {
      if (o.kind !== "budget_share") continue;
      if (o.program !== undefined) shared.add(o.program);
      else if (o.budget === undefined) sharedLibraries.add(agreement.library);
    }
  }
  const out: Diagnostic[] = [];
  for (const program of workspace.programs) {
    const own = budgets.get(program.library);
    if (own === undefined || shared.has(program.id) || sharedLibraries.has(program.library)) continue;
    for (const cost of program.costs) {
      if (cost.budget !== undefined || cost.source === undefined || cost.amount <= 0) continue;
      const [only, ...more] = own;
      out.push(
        more.length === 0 && only !== undefined
          ? createDiagnostic("LON5117.oneBudget", { program: program.id, budget: only }, locationOf(cost.source))
          : createDiagnostic("LON5117.budgets", { program: program.id, count: own.length }, locationOf(cost.source)),
      );
    }
  }
  return out;
}
