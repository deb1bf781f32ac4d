import { diagnosticFromMessage, messageLabels, relatedLocation, type Diagnostic, type Labels, type MessageRef, type Suggestion, type Workspace } from "@lontar/core";
import type { UnassignedDiagnostic } from "./unassigned-findings.js";
import { locationOf } from "./location.js";

/** A budget that leaves sessions of at least this many programs unpaid is told once, at the budget. */
export const BUDGET_GROUP_PROGRAMS = 3;

/** At most this many programs are named in a budget's diagnostic; the rest are counted. */
const PROGRAMS_NAMED = 5;

/** At most this many programs' cost lines are the diagnostic's related locations (a terminal prints each). */
const RELATED_MOST = 10;

/** The key of the budget limit (its amount, or its cap) that stops a finding's sessions; undefined when a budget is not what stops them. */
const budgetOf = (finding: UnassignedDiagnostic): string | undefined => (finding.budget === undefined ? undefined : `${finding.budget.limit}\u0000${finding.budget.id}`);

/** The suggestion a finding carries, as a diagnostic's (the template and its rendered English). */
const suggestionsOf = (finding: UnassignedDiagnostic): Suggestion[] => (finding.suggestionText === undefined ? [] : [{ message: finding.suggestion ?? "", text: finding.suggestionText, edits: [] }]);

/** `a`, `b`, `c`, `d`, `e` and 41 more: the programs a budget leaves unpaid, in the order of the findings. */
function programsWords(findings: readonly UnassignedDiagnostic[]): Labels | string {
  const named = findings.slice(0, PROGRAMS_NAMED).map((f) => `\`${f.programId}\``).join(", ");
  return findings.length <= PROGRAMS_NAMED ? named : messageLabels({ key: "LON5103.budgetProgramsMore", args: { programs: named, count: findings.length - PROGRAMS_NAMED } });
}

/**
 * The LON5103 errors of a plan's unassigned findings, one per program need, except where a
 * budget (its amount, or its cap) leaves sessions of {@link BUDGET_GROUP_PROGRAMS} programs or
 * more unpaid: that is one error at the budget's declaration, naming the programs (the first
 * ten programs' cost lines related locations), the first refusal's reason and the one fix that
 * settles them all (every finding on a budget names the same figure). A province's regency
 * budget too small had given 46 errors with the same advice at 46 programs' cost lines, and
 * none at the budget (a province walk). Findings with no source are left out; a budget
 * with no source is told at each program, as before.
 *
 * @example unassignedDiagnosticsByBudget(workspace, unassignedFindings(workspace, plan))
 */
export function unassignedDiagnosticsByBudget(workspace: Workspace, findings: readonly UnassignedDiagnostic[]): Diagnostic[] {
  const byBudget = new Map<string, UnassignedDiagnostic[]>();
  for (const finding of findings) {
    const key = budgetOf(finding);
    if (key === undefined || finding.source === undefined) continue;
    const list = byBudget.get(key) ?? [];
    list.push(finding);
    byBudget.set(key, list);
  }
  const budgets = new Map(workspace.resources.map((r) => [r.id, r]));
  const told = new Set<string>();
  return findings.flatMap((finding) => {
    if (finding.source === undefined) return [];
    const key = budgetOf(finding);
    const group = key === undefined ? undefined : byBudget.get(key);
    const budget = finding.budget === undefined ? undefined : budgets.get(finding.budget.id);
    if (key === undefined || group === undefined || group.length < BUDGET_GROUP_PROGRAMS || budget?.source === undefined) {
      return [diagnosticFromMessage(finding.text, locationOf(finding.source), { suggestions: suggestionsOf(finding) })];
    }
    if (told.has(key)) return [];
    told.add(key);
    const reason = finding.text.args?.["reason"] as Labels | string | undefined;
    const sessions = group.reduce((sum, f) => sum + f.count, 0);
    const text: MessageRef = { key: "LON5103.budgetPrograms", args: { count: group.length, sessions, programs: programsWords(group), reason: reason ?? "" } };
    const related = group.slice(0, RELATED_MOST).flatMap((f) => (f.source === undefined ? [] : [relatedLocation(locationOf(f.source), "LON5103.budgetProgramHere", { program: f.programId, sessions: f.count })]));
    return [diagnosticFromMessage(text, locationOf(budget.source), { suggestions: suggestionsOf(finding), related })];
  });
}
