import { z } from "zod";
import { Workspace } from "./workspace.js";

/**
 * The JSON Schema (draft 2020-12) of a workspace as input, for apps written in other
 * languages. Refinements that JSON Schema cannot state (real dates, references) are
 * checked by {@link validateWorkspace} only.
 */
export function workspaceJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Workspace, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
