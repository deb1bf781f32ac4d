/**
 * The violations a plan counts (every one but the notices), and those of sessions it holds
 * while their library is closed (a closed day, or past its closing time): the report's
 * verdict and the printed summary both read them, so that they count alike and neither calls
 * a plan feasible the other says cannot be carried out as it stands.
 */
import type { Justification, Plan } from "../plan/plan.js";
import { OUTSIDE_OPENING_HOURS } from "./violation-text.js";

/** The violations `lontar plan` counts: all but the notices (`info`, such as holidays that are estimates). */
export function countedViolations(plan: Plan): Justification[] {
  return plan.violations.filter((v) => v.level !== "info");
}

/** The plan's violations of sessions held (not cancelled) while their library is closed, firm rules apart. */
export function closedSessionViolations(plan: Plan): Justification[] {
  const cancelled = new Set(plan.occurrences.filter((o) => o.status === "cancelled").map((o) => o.id));
  return plan.violations.filter((v) => v.level !== "hard" && v.level !== "info" && v.constraint === OUTSIDE_OPENING_HOURS && v.occurrenceId !== undefined && !cancelled.has(v.occurrenceId));
}
