import { z } from "zod";
import { Plan } from "../../plan/plan.js";

/**
 * The JSON Schema (draft 2020-12) of plan.json, generated from the {@link Plan} zod
 * schema; docs/plan.schema.json holds a copy that a test keeps up to date.
 */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Plan, { io: "output" }) as Record<string, unknown>;
}
