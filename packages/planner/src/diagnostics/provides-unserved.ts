/**
 * A resource a library provides to a partner (`perpustakaan menyediakan paket_desa 2 setiap
 * bulan kepada uniflor`) that no session of the plan counts for: LON5101 said "used by 0
 * scheduled sessions for uniflor" with no advice (a walk of stop 58). The suggestion says why
 * none counts: no program needs the resource, or the programs that need it name the recipient
 * nowhere and are not its own.
 */
import { messageLabels, type Agreement, type MessageRef, type Suggestion, type Workspace } from "@lontar/core";
import type { ComplianceDiagnostic } from "../compliance/findings.js";
import type { CountedBy } from "../compliance/counted-sessions.js";
import type { PlannedOccurrence } from "../plan/plan.js";

/** At most this many of the programs that need the resource are named. */
const MOST_NAMED = 3;

/**
 * Why no session counts for a `provides` obligation, as a suggestion; undefined for another
 * obligation, or when some session of the plan counts for it (`counted`, the obligation's
 * countedBy; held or not: the words of the sessions not held say the rest).
 *
 * @example providesUnserved(workspace, plan.occurrences, countedBy(workspace, obligation), findings, agreement)?.message // "no program needs `paket_desa`: …"
 */
export function providesUnserved(workspace: Workspace, occurrences: readonly PlannedOccurrence[], counted: CountedBy, findings: readonly ComplianceDiagnostic[], agreement: Agreement): Suggestion | undefined {
  const [first] = findings;
  const obligation = first === undefined ? undefined : agreement.obligations[first.obligationIndex];
  if (first === undefined || obligation?.kind !== "provides") return undefined;
  if (counted === undefined || occurrences.some(counted)) return undefined;
  const code = first.severity === "error" ? "LON5101" : "LON5102";
  const programs = workspace.programs.filter((program) => program.needs.some((need) => need.resource === obligation.resource));
  const users = programs.map((program) => `\`${program.id}\``);
  const named = users.length > MOST_NAMED ? [...users.slice(0, MOST_NAMED), "…"] : users;
  const { recipient } = obligation;
  let text: MessageRef;
  if (users.length === 0) text = { key: `${code}.providesNoProgram`, args: { resource: obligation.resource } };
  // A program that names the recipient but holds no session in the horizon (it starts later) is not told to name it (a review of stop 58): LON5104 says why.
  else if (recipient !== undefined && !programs.some((p) => p.library === recipient || p.partners.includes(recipient) || p.sites.includes(recipient))) {
    text = { key: `${code}.providesNoRecipient`, args: { resource: obligation.resource, programs: named.join(", "), recipient } };
  } else return undefined;
  return { message: messageLabels(text).en, text, edits: [] };
}
