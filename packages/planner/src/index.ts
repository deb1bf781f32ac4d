/**
 * @lontar/planner — recurrence expansion, allocation, compliance and exporters.
 *
 * @packageDocumentation
 */
export { Assignment, ComplianceFinding, Justification, OccurrenceStatus, Plan, PlanScore, PlannedOccurrence } from "./plan/plan.js";
