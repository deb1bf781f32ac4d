import type { Agreement, Workspace } from "@lontar/core";
import { evaluateCondition } from "@lontar/core";
import { libraryFacts, stageComparer } from "../allocate/facts.js";

/** True when every condition of the agreement holds for its library (static `library.*` facts). */
export function agreementApplies(workspace: Workspace, agreement: Agreement): boolean {
  const library = workspace.libraries.find((l) => l.id === agreement.library);
  const context = { facts: libraryFacts(library), compareStages: stageComparer(workspace) };
  return agreement.conditions.every((c) => evaluateCondition(c, context));
}
