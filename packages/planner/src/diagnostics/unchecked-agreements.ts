import { createDiagnostic, stageLabels, type Agreement, type Diagnostic, type Labels, type Workspace } from "@lontar/core";
import { factsRead } from "./facts-read.js";
import { agreementApplies, isPartialFinding, type AgreementReport } from "../compliance/check-compliance.js";
import { dateOfDay, dayNumber, type DateSpan } from "../calendar/periods.js";
import { locationOf } from "./location.js";


/**
 * The parts of `validity` outside `horizon`, in order: before it, after it, or both; none when
 * the horizon holds the validity whole (or misses it, which LON5004 tells).
 *
 * @example uncheckedSpans({ from: "2024-07-01", to: "2025-06-30" }, { from: "2024-01-01", to: "2024-12-31" }) // [{ from: "2025-01-01", to: "2025-06-30" }]
 */
export function uncheckedSpans(validity: DateSpan, horizon: DateSpan): DateSpan[] {
  if (validity.to < horizon.from || validity.from > horizon.to) return [];
  const out: DateSpan[] = [];
  if (validity.from < horizon.from) out.push({ from: validity.from, to: dateOfDay(dayNumber(horizon.from) - 1) });
  if (validity.to > horizon.to) out.push({ from: dateOfDay(dayNumber(horizon.to) + 1), to: validity.to });
  return out;
}

const spansLabels = (spans: readonly DateSpan[]): Labels => {
  const names = spans.map((s) => `${s.from}..${s.to}`);
  return { en: names.join(" and "), id: names.join(" dan ") };
};

/** True when `agreement` would be in force were its library (`libraryId`) at one of the workspace's stages. */
function someStageApplies(workspace: Workspace, agreement: Agreement, libraryId: string): boolean {
  return workspace.stageModel.stages.some((stage) => agreementApplies({ ...workspace, libraries: workspace.libraries.map((l) => (l.id === libraryId ? { ...l, stage: stage.id } : l)) }, agreement));
}

/**
 * LON5110 notes, at the agreement, for the agreements a plan does not check in full: one
 * whose condition (`when`) does not hold for its library is not in force, and its
 * obligations are not checked at all; one whose validity runs past the horizon has the days
 * outside it unchecked, named, unless a count of its already falls short in a period the
 * horizon cuts (LON5102 warns of that period, the one the horizon leaves in doubt); one with
 * no obligation has nothing checked at all. One not in force because its condition compares
 * the stage of a library that declares none, and some stage would put it in force, gets
 * LON5112, a warning, instead: the stage was left out. One wholly outside the horizon (LON5004 tells it) or with no source is left out.
 *
 * @example for (const d of uncheckedAgreementDiagnostics(workspace, plan.horizon, plan.agreements)) console.log(d.message);
 */
export function uncheckedAgreementDiagnostics(workspace: Workspace, horizon: DateSpan, reports: readonly AgreementReport[] = []): Diagnostic[] {
  const findingsById = new Map<string, AgreementReport["findings"]>();
  for (const report of reports) if (!findingsById.has(report.agreementId)) findingsById.set(report.agreementId, report.findings);
  return workspace.agreements.flatMap((agreement) => {
    const { source, validity } = agreement;
    if (source === undefined) return [];
    if (validity.to < horizon.from || validity.from > horizon.to) return [];
    // Nothing to check is not "met" (a walk: an agreement whose one obligation was commented out passed as kept).
    if (agreement.obligations.length === 0) return [createDiagnostic("LON5110.noObligations", { agreement: agreement.id }, locationOf(source))];
    if (!agreementApplies(workspace, agreement)) {
      const library = workspace.libraries.find((l) => l.id === agreement.library);
      const args = { agreement: agreement.id, library: library?.name ?? agreement.library };
      // A stage compared but never declared is a slip, not a condition meant not to hold (a CI walk: such an MoU passed unchecked on a note):
      // a warning that names it, when some stage would make the condition hold (else the stage is not why: `library.province == "Aceh" && …`).
      if (library !== undefined && library.stage === undefined && factsRead(agreement.conditions).has("library.stage") && someStageApplies(workspace, agreement, library.id)) {
        return [createDiagnostic("LON5112.noStage", args, locationOf(source))];
      }
      // A condition on the stage names the stage the library is at (a walk: "does not hold" alone left the reader to look it up).
      if (library?.stage !== undefined && factsRead(agreement.conditions).has("library.stage")) return [createDiagnostic("LON5110.notInForceAtStage", { ...args, stage: stageLabels(workspace.stageModel, library.stage) }, locationOf(source))];
      return [createDiagnostic("LON5110.notInForce", args, locationOf(source))];
    }
    const unchecked = uncheckedSpans(validity, horizon);
    const findings = findingsById.get(agreement.id) ?? [];
    const warned = findings.some((f) => !f.ok && f.kind !== "budget_share" && isPartialFinding(f, horizon, agreement));
    if (unchecked.length === 0 || warned) return [];
    const args = { agreement: agreement.id, from: validity.from, to: validity.to, horizonFrom: horizon.from, horizonTo: horizon.to, unchecked: spansLabels(unchecked) };
    return [createDiagnostic("LON5110.partlyOutsideHorizon", args, locationOf(source))];
  });
}
