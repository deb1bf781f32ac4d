import { z } from "zod";
import { Plan } from "../../plan/plan.js";
import { compareCodeUnits } from "../text.js";

/**
 * plan.json: the plan validated against the {@link Plan} schema, keys in the schema's
 * order (records such as a KPI's `projected` sorted by key), pretty-printed with two
 * spaces and ending with a newline. Same plan, same bytes.
 *
 * Throws when the plan does not match its schema: a plan is made by the planner, so a
 * mismatch is a bug in what built it, not an error in user data.
 *
 * @example exportJson(plan).startsWith('{\n  "version": 1,') // true
 */
export function exportJson(plan: Plan): string {
  const parsed = Plan.safeParse(plan);
  if (!parsed.success) throw new TypeError(`not a valid plan:\n${z.prettifyError(parsed.error)}`);
  const value = parsed.data;
  const kpis = value.kpis.map((k) => ({ ...k, projected: Object.fromEntries(Object.entries(k.projected).sort(([a], [b]) => compareCodeUnits(a, b))) }));
  return `${JSON.stringify({ ...value, kpis }, null, 2)}\n`;
}
