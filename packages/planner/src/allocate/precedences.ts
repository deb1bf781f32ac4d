import type { Workspace } from "@lontar/core";
import type { Justification, PlannedOccurrence } from "../plan/plan.js";
import { precedenceBreaches, type SessionTimes } from "../plan/precedence-breaches.js";
import { PRECEDENCE, precedenceMessage } from "../plan/precedence-reasons.js";

/**
 * Checks each precedence on the scheduled occurrences (see precedenceBreaches): each breach
 * is a hard violation of the later program's first session, naming both programs and the
 * occurrences that collide (see precedenceMessage).
 */
export function checkPrecedences(workspace: Workspace, planned: readonly PlannedOccurrence[], timesOf: () => ReadonlyMap<string, SessionTimes>): Justification[] {
  return precedenceBreaches(workspace.programs, planned, timesOf).map((breach) => ({
    constraint: PRECEDENCE,
    level: "hard",
    occurrenceId: breach.first.id,
    message: precedenceMessage(breach),
  }));
}
