import { createDiagnostic, diagnosticFromMessage, stageLabels, type Agreement, type Diagnostic, type Labels, type MessageRef, type Workspace } from "@lontar/core";
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

/** Why an agreement is not in force (its condition does not hold at its library), as LON5110 and LON5112 say it. */
export type NotInForceReason =
  | { readonly kind: "noStage" | "condition"; readonly library: string }
  | { readonly kind: "atStage"; readonly library: string; readonly stage: Labels };

/**
 * Why `agreement`, whose condition does not hold at its library, is not in force: the
 * library declares no stage where some stage would put it in force (`noStage`, LON5112: a
 * slip, not a condition meant not to hold), its condition compares the stage the library is
 * at (`atStage`, named: a walk had to look it up), or the condition alone (`condition`). The
 * library by its name. What `lontar check` says and the report writes under the agreement.
 *
 * @example messageLabels(notInForceMessage(workspace, agreement)).id
 */
export function notInForceReason(workspace: Workspace, agreement: Agreement): NotInForceReason {
  const library = workspace.libraries.find((l) => l.id === agreement.library);
  const name = library?.name ?? agreement.library;
  const readsStage = factsRead(agreement.conditions).has("library.stage");
  // `library.province == "Aceh" && library.stage …` in Jawa Barat: no stage puts it in force, so the stage is not why.
  if (library !== undefined && library.stage === undefined && readsStage && someStageApplies(workspace, agreement, library.id)) return { kind: "noStage", library: name };
  if (library?.stage !== undefined && readsStage) return { kind: "atStage", library: name, stage: stageLabels(workspace.stageModel, library.stage) };
  return { kind: "condition", library: name };
}

/** {@link notInForceReason} as the message LON5110 or LON5112 gives it, to render in either language. */
export function notInForceMessage(workspace: Workspace, agreement: Agreement): MessageRef {
  const why = notInForceReason(workspace, agreement);
  const args = { agreement: agreement.id, library: why.library };
  if (why.kind === "noStage") return { key: "LON5112.noStage", args };
  if (why.kind === "atStage") return { key: "LON5110.notInForceAtStage", args: { ...args, stage: why.stage } };
  return { key: "LON5110.notInForce", args };
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
      // Why, as the report writes it under the agreement: one mapping of the reason to its message.
      return [diagnosticFromMessage(notInForceMessage(workspace, agreement), locationOf(source))];
    }
    const unchecked = uncheckedSpans(validity, horizon);
    const findings = findingsById.get(agreement.id) ?? [];
    const warned = findings.some((f) => !f.ok && f.kind !== "budget_share" && isPartialFinding(f, horizon, agreement));
    if (unchecked.length === 0 || warned) return [];
    const args = { agreement: agreement.id, from: validity.from, to: validity.to, horizonFrom: horizon.from, horizonTo: horizon.to, unchecked: spansLabels(unchecked) };
    return [createDiagnostic("LON5110.partlyOutsideHorizon", args, locationOf(source))];
  });
}
