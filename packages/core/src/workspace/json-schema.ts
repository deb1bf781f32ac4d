import { z } from "zod";
import { Workspace } from "./workspace.js";

/**
 * The JSON Schema (draft 2020-12) of a workspace as input, for apps written in other
 * languages. Objects allow no other keys (`additionalProperties: false`), as
 * {@link validateWorkspace} reports them. Refinements that JSON Schema cannot state (real
 * dates, references) are checked by {@link validateWorkspace} only.
 */
export function workspaceJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Workspace, {
    io: "input",
    unrepresentable: "any",
    override: (context) => {
      if (context.zodSchema._zod.def.type === "object") context.jsonSchema.additionalProperties = false;
    },
  }) as Record<string, unknown>;
}
