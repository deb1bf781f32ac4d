import { fileURLToPath } from "node:url";
import { planJsonSchema } from "@lontar/planner";

/** Where the committed JSON Schema of plan.json lives. */
export const planSchemaPath = fileURLToPath(new URL("../../../../docs/plan.schema.json", import.meta.url));

/** The text docs/plan.schema.json must hold: the generated schema, two-space indented, newline-terminated. */
export function planSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
