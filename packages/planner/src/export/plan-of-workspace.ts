import type { Workspace } from "@lontar/core";
import type { Plan } from "../plan/plan.js";

/**
 * Throws a TypeError (named after `where`) when `plan` is no plan, or not a plan of `workspace`: one of its
 * sessions is of a program the workspace does not declare. An exporter given another
 * workspace's plan wrote ids where names belong and calendars of other libraries, with no
 * word (an SDK walk of stop 59); a plan and its workspace go together.
 *
 * @example expectPlanOfWorkspace(plan, workspace, "planOutputs");
 */
export function expectPlanOfWorkspace(plan: Plan, workspace: Workspace, where: string): void {
  // Not a plan at all (`null`, a plan's JSON text): said, not "Cannot read properties of null" (an SDK walk of stop 59).
  const given: unknown = plan;
  if (typeof given !== "object" || given === null || !Array.isArray((given as { readonly occurrences?: unknown }).occurrences)) {
    throw new TypeError(`${where}: the plan must be a Plan object, as planWorkspace returns, not ${given === null ? "null" : Array.isArray(given) ? "an array" : typeof given === "object" ? "an object without occurrences" : typeof given}`);
  }
  const programs = new Set(workspace.programs.map((p) => p.id));
  const stranger = plan.occurrences.find((o) => !programs.has(o.programId));
  if (stranger === undefined) return;
  throw new TypeError(`${where}: the plan is not of this workspace: its session ${stranger.id} is of program \`${stranger.programId}\`, which the workspace does not declare; pass the workspace the plan was made from`);
}
