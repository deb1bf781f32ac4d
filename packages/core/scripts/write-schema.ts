import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { WORKSPACE_SCHEMA_PATH, renderWorkspaceSchema } from "./workspace-schema.js";

// Run as `npx -y pnpm@10 --filter @lontar/core run schema`; a test fails when the
// committed file differs from what this writes. Atomic: temp file, then rename.
mkdirSync(dirname(WORKSPACE_SCHEMA_PATH), { recursive: true });
const temp = `${WORKSPACE_SCHEMA_PATH}.${process.pid}.tmp`;
writeFileSync(temp, renderWorkspaceSchema(), "utf8");
renameSync(temp, WORKSPACE_SCHEMA_PATH);
process.stdout.write(`wrote ${WORKSPACE_SCHEMA_PATH}\n`);
