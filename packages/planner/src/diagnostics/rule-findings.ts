import { countLabels, createDiagnostic, type Diagnostic, type Workspace } from "@lontar/core";
import type { Plan, PlannedOccurrence } from "../plan/plan.js";
import { pushTo } from "../collections/group.js";
import { byStartThenId } from "../plan/program-charges.js";
import { DATES_NAMED } from "./cancelled-dates.js";
import { locationOf } from "./location.js";

/** What a cancelled session's first reason says when a forbidding or requiring rule cancelled it. */
const CANCELLED_BY_RULE: ReadonlySet<string> = new Set(["forbidden-by-rule", "required-by-rule"]);

/** "`keliling` 2027-02-08, `keliling` 2027-02-09, `kelas` 2027-02-10, …": the first sessions by start. */
function sessionsNamed(sessions: readonly PlannedOccurrence[]): string {
  const named = sessions.slice(0, DATES_NAMED).map((o) => `\`${o.programId}\` ${o.start.slice(0, 10)}`);
  return named.join(", ") + (sessions.length > DATES_NAMED ? ", …" : "");
}

/**
 * What the workspace's rules did to the plan, at each rule: LON5114 (a warning) for a rule
 * that warns (`then warn`) on some sessions, with its message; LON5115 (a note) for a rule
 * that forbids or requires and cancels sessions. Until a walk found it, `lontar check`
 * said neither: a Ramadan rule warned on 28 mobile-library sessions in plan.json alone,
 * and a gate with `--max-warnings 0` passed. Rules with no source are left out.
 *
 * @example for (const d of ruleDiagnostics(workspace, plan)) console.log(d.code, d.message);
 */
export function ruleDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  if (workspace.rules.length === 0) return [];
  const byId = new Map(plan.occurrences.map((o) => [o.id, o]));
  const warned = new Map<string, PlannedOccurrence[]>();
  for (const v of plan.violations) {
    const occurrence = v.constraint === "rule-warning" && v.ruleId !== undefined && v.occurrenceId !== undefined ? byId.get(v.occurrenceId) : undefined;
    if (occurrence !== undefined && occurrence.status !== "cancelled" && v.ruleId !== undefined) pushTo(warned, v.ruleId, occurrence);
  }
  const cancelled = new Map<string, PlannedOccurrence[]>();
  for (const o of plan.occurrences) {
    const reason = o.status === "cancelled" ? o.reasons?.[0] : undefined;
    if (reason?.ruleId !== undefined && CANCELLED_BY_RULE.has(reason.constraint)) pushTo(cancelled, reason.ruleId, o);
  }
  return workspace.rules.flatMap((rule) => {
    if (rule.source === undefined) return [];
    const sessions = [...((rule.effect === "warn" ? warned : cancelled).get(rule.id) ?? [])].sort(byStartThenId);
    if (sessions.length === 0) return [];
    const code = rule.effect === "warn" ? "LON5114" : "LON5115";
    const args = { rule: rule.id, count: countLabels(sessions.length), sessions: sessionsNamed(sessions), message: rule.message };
    return [createDiagnostic(sessions.length === 1 ? `${code}.one` : `${code}.many`, args, locationOf(rule.source))];
  });
}
