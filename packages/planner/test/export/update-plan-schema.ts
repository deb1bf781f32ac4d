// Regenerates docs/plan.schema.json: npx tsx --conditions=@lontar/source packages/planner/test/export/update-plan-schema.ts
import { writeFileSync } from "node:fs";
import { planSchemaPath, planSchemaText } from "./plan-schema-file.js";

writeFileSync(planSchemaPath, planSchemaText());
