import type { Workspace } from "@lontar/core";
import type { DateSpan } from "../calendar/periods.js";
import type { ExpansionMemo } from "../expand/expansion-memo.js";
import { DEFAULT_MAX_OCCURRENCES_PER_SCHEDULE } from "../expand/workspace.js";
import { boundFinding, countOccurrencesUpTo, DEFAULT_MAX_OCCURRENCES } from "../expand/workspace-bound.js";
import { findingAsViolation } from "../partition/plan-part.js";
import { assemblePlan } from "./assemble-plan.js";
import type { Justification, Plan } from "./plan.js";

/** The constraint of the violation that refuses a workspace past its occurrence bound. */
export const WORKSPACE_LIMIT = "EXPAND_WORKSPACE_LIMIT";

/**
 * The plan of a workspace that passes its occurrence bound (`maxOccurrences`, default
 * {@link DEFAULT_MAX_OCCURRENCES}): no occurrence, one hard violation naming the bound and
 * the option that sets it. Undefined when the workspace stays within the bound. Counting
 * stops as soon as the bound is passed; the memo keeps the recurrence sets counted for the
 * expansion that follows.
 */
export function refusedPlan(workspace: Workspace, options: { readonly horizon: DateSpan; readonly maxOccurrences?: number | undefined }, memo: ExpansionMemo): Plan | undefined {
  const { horizon } = options;
  const passed = countOccurrencesUpTo(workspace, {
    horizon,
    max: options.maxOccurrences ?? DEFAULT_MAX_OCCURRENCES,
    maxPerSchedule: DEFAULT_MAX_OCCURRENCES_PER_SCHEDULE,
    memo,
  });
  if (passed === undefined) return undefined;
  // The program, schedule and bound as fields, so that a diagnostic at the program needs no recount.
  const refusal = { ...findingAsViolation(boundFinding(passed, horizon)), programId: passed.programId, scheduleIndex: passed.scheduleIndex, bound: passed.max };
  const empty = new Float64Array(0);
  const part = { planned: [], plannedMs: empty, cancelled: [], cancelledMs: empty, expansionViolations: [refusal], allocationViolations: [], score: { hard: 0, medium: 0, soft: 0 } };
  return assemblePlan(workspace, horizon, [part]);
}

/**
 * Why a plan was refused without planning, if it was: the violation naming the
 * workspace-wide occurrence bound.
 *
 * @example const refusal = planRefusal(plan); if (refusal !== undefined) console.error(refusal.message);
 */
export function planRefusal(plan: Plan): Justification | undefined {
  return plan.violations.find((v) => v.constraint === WORKSPACE_LIMIT);
}
