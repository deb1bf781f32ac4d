import { Workspace, type WorkspaceInput } from "@lontar/core";
import { expandRecurrence, type RecurrenceInput } from "../../src/expand/recurrence.js";

/** The local wall-clock starts (`YYYY-MM-DDTHH:mm`) of a recurrence, or the error. */
export function localStarts(input: Omit<RecurrenceInput, "limit"> & { limit?: number }): string[] {
  const result = expandRecurrence({ limit: 10_000, ...input });
  if (!result.ok) throw new Error(result.error);
  return result.starts.map((s) => s.local.slice(0, 16));
}

/** A validated workspace from a terse input. */
export function workspaceOf(input: Omit<WorkspaceInput, "version">): Workspace {
  return Workspace.parse({ version: 1, ...input });
}
