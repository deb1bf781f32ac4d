import { fileURLToPath } from "node:url";
import { workspaceJsonSchema } from "@lontar/core";

/** Where the committed JSON Schema of a workspace lives, from the repository root: docs/schema/. */
export const WORKSPACE_SCHEMA_PATH = fileURLToPath(new URL("../../../docs/schema/workspace.schema.json", import.meta.url));

/**
 * The workspace JSON Schema as committed: two-space indentation and a trailing newline.
 * zod builds it in declaration order, so the same source gives the same bytes.
 */
export function renderWorkspaceSchema(): string {
  return `${JSON.stringify(workspaceJsonSchema(), null, 2)}\n`;
}
