import type { Obligation, Workspace } from "@lontar/core";
import type { PlannedOccurrence } from "../plan/plan.js";
import { heldAt } from "./count-index.js";

type Program = Workspace["programs"][number];

/**
 * Whether an occurrence of `program` serves `recipient`, for what a library provides to it:
 * a session of the recipient's own programs (a library), or held at it (its site, or one of
 * its sites), or of a program with it among its partners and not among its sites (a route
 * visiting two schools serves each on its own days, not on the other's).
 *
 * @example servesRecipient(occurrence, program, "sdn_1")
 */
export function servesRecipient(o: PlannedOccurrence, program: Program | undefined, recipient: string): boolean {
  const atRecipient = o.site === recipient || (o.sites?.includes(recipient) ?? false);
  const partnerElsewhere = (program?.partners.includes(recipient) ?? false) && !(program?.sites.includes(recipient) ?? false);
  return o.libraryId === recipient || atRecipient || partnerElsewhere;
}

/** Which occurrences an obligation counts ({@link countedBy}); undefined for one that counts money. */
export type CountedBy = ((o: PlannedOccurrence) => boolean) | undefined;

/**
 * Which occurrences an obligation counts, whatever became of them (so the ones the plan does
 * not hold can say why it is short): a count of sessions, the program's (at its sites, when
 * it names some); a hosted program, its own; what a library provides, the sessions of the
 * programs whose needs name the resource (for the recipient, when it names one). Undefined for
 * a budget share, which counts money.
 *
 * @example plan.occurrences.filter(countedBy(workspace, obligation) ?? (() => false))
 */
export function countedBy(workspace: Workspace, obligation: Obligation): CountedBy {
  switch (obligation.kind) {
    case "sessions": {
      const { program, sites } = obligation;
      return (o) => o.programId === program && (sites === undefined || heldAt(o, sites));
    }
    case "hosts":
      return (o) => o.programId === obligation.program;
    case "provides": {
      const { resource, recipient } = obligation;
      const users = new Map(workspace.programs.filter((p) => p.needs.some((n) => n.resource === resource)).map((p) => [p.id, p]));
      return (o) => {
        const program = users.get(o.programId);
        return program !== undefined && (recipient === undefined || servesRecipient(o, program, recipient));
      };
    }
    case "budget_share":
      return undefined;
  }
}
