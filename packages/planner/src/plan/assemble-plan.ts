import type { Workspace } from "@lontar/core";
import type { DateSpan } from "../calendar/periods.js";
import { checkCompliance } from "../compliance/check-compliance.js";
import { projectKpis } from "../kpi/project-kpis.js";
import type { PartResult } from "../partition/plan-part.js";
import { summariseBudgets } from "./budget-summary.js";
import { Plan, type Justification, type PlannedOccurrence } from "./plan.js";
import { pushTo } from "../collections/group.js";

/**
 * Every occurrence of the parts, by start instant, then id: the plan's order. Grouped by
 * instant first (a province has a few thousand distinct starts for a million sessions),
 * then each group sorted by id: far cheaper than one comparison sort over everything.
 */
function mergeOccurrences(results: readonly PartResult[]): PlannedOccurrence[] {
  const groups = new Map<number, PlannedOccurrence[]>();
  for (const r of results) {
    r.planned.forEach((o, i) => pushTo(groups, r.plannedMs[i] ?? 0, o));
    r.cancelled.forEach((o, i) => pushTo(groups, r.cancelledMs[i] ?? 0, o));
  }
  const starts = Float64Array.from(groups.keys()).sort();
  const out: PlannedOccurrence[] = [];
  for (const ms of starts) {
    const group = groups.get(ms) ?? [];
    if (group.length > 1) group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const o of group) out.push(o);
  }
  return out;
}

const count = (violations: readonly Justification[], level: Justification["level"]): number => violations.filter((v) => v.level === level).length;

/**
 * Puts the parts of a plan together: occurrences merged by start (ties by id), expansion
 * violations then allocation violations in part order, agreement compliance, KPI
 * projections and budgets over the whole workspace, and the summed score. Expansion
 * findings count in the score at their level (a session's opening-hours verdict only when it
 * is held); each failed agreement finding adds one
 * medium penalty. The parts' occurrences were validated where they were made
 * ({@link PartResult}); the rest of the plan is validated here.
 */
export function assemblePlan(workspace: Workspace, horizon: DateSpan, results: readonly PartResult[]): Plan {
  const occurrences = mergeOccurrences(results);
  // A session left unplaced or cancelled is not held outside its library's hours: its status and
  // reason say why (a room of a library closed then), and it counts once, not also as a firm rule broken.
  const notHeld = new Set<string>();
  for (const o of occurrences) if (o.status === "unassigned" || o.status === "cancelled") notHeld.add(o.id);
  const expansionViolations = results.flatMap((r) => r.expansionViolations).filter((v) => v.constraint !== "OUTSIDE_OPENING_HOURS" || v.occurrenceId === undefined || !notHeld.has(v.occurrenceId));
  const violations = [...expansionViolations, ...results.flatMap((r) => r.allocationViolations)];
  const agreements = checkCompliance(workspace, occurrences, horizon);
  const failed = agreements.reduce((n, a) => n + a.findings.filter((f) => !f.ok).length, 0);
  let hard = count(expansionViolations, "hard");
  let medium = count(expansionViolations, "medium") + failed;
  let soft = count(expansionViolations, "soft");
  for (const r of results) {
    hard += r.score.hard;
    medium += r.score.medium;
    soft += r.score.soft;
  }
  const plan: Plan = {
    version: 1,
    horizon: { from: horizon.from, to: horizon.to },
    occurrences,
    violations,
    agreements,
    kpis: projectKpis(workspace, occurrences, horizon),
    budget: summariseBudgets(workspace, occurrences),
    score: { hard, medium, soft: Math.round(soft * 1000) / 1000 },
  };
  // The plan is built here from typed parts; a mismatch is a bug in the planner, not in user input.
  const checked = Plan.safeParse({ ...plan, occurrences: [] });
  if (!checked.success) throw new Error(`the planner produced an invalid plan: ${checked.error.message}`);
  return plan;
}
