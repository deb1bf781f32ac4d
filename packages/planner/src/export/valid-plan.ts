import type { Plan } from "../plan/plan.js";
import { validatedPlan } from "./json/export-json.js";

declare const validPlanBrand: unique symbol;

/**
 * A plan known to match the {@link Plan} schema, keys in the schema's order: the
 * exporters write it without validating it again (a province's plan has a million
 * occurrences). Made by {@link validPlan} (which checks) or {@link plannedPlan} (for the
 * planner's own output, which the planner validated as it built it).
 */
export type ValidPlan = Plan & { readonly [validPlanBrand]: true };

// The brand is a type; this set is how the writer knows at run time.
const known = new WeakSet<object>();

/** Whether a plan went through {@link validPlan} or {@link plannedPlan}. */
export function isValidPlan(plan: Plan): plan is ValidPlan {
  return known.has(plan);
}

/**
 * Validates a plan against its schema and returns it as a {@link ValidPlan} (a copy in
 * the schema's key order, unknown keys dropped). Throws a TypeError naming what is wrong.
 */
export function validPlan(plan: Plan): ValidPlan {
  if (isValidPlan(plan)) return plan;
  const value = validatedPlan(plan);
  known.add(value);
  return value as ValidPlan;
}

/**
 * Marks a plan returned by `planWorkspace` or `planWorkspaceInParallel` as valid without
 * checking it again: the planner validated its parts as it built them and builds the plan
 * in the schema's key order. For any other plan use {@link validPlan}.
 */
export function plannedPlan(plan: Plan): ValidPlan {
  known.add(plan);
  return plan as ValidPlan;
}
