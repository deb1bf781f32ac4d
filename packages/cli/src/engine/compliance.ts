import type { Workspace } from "@lontar/core";
import type { Diagnostic } from "@lontar/dsl";
import { complianceFindings, unassignedFindings, type ComplianceDiagnostic, type DateSpan, type Plan, type UnassignedDiagnostic } from "@lontar/planner";

/** Dates given on the command line, overriding the workspace's horizon. */
export interface HorizonOverride {
  /** First day (YYYY-MM-DD). */
  readonly from?: string | undefined;
  /** Last day (YYYY-MM-DD). */
  readonly to?: string | undefined;
}

/**
 * The dates to plan: the command line's, else the workspace's `horizon`, else the span of
 * its agreements' validity; `undefined` when none says (or the result is empty).
 */
export function planningHorizon(workspace: Workspace, override: HorizonOverride = {}): DateSpan | undefined {
  const validities = workspace.agreements.map((agreement) => agreement.validity);
  const earliest = validities.map((v) => v.from).sort()[0];
  const latest = validities.map((v) => v.to).sort().at(-1);
  const from = override.from ?? workspace.horizon?.from ?? earliest;
  const to = override.to ?? workspace.horizon?.to ?? latest;
  return from !== undefined && to !== undefined && from <= to ? { from, to } : undefined;
}

/** Codes of compliance findings (documented in docs/diagnostics). */
export const COMPLIANCE_CODES = { notMet: "LON5101", atRisk: "LON5102", unassigned: "LON5103" } as const;

/**
 * The agreement obligations a plan misses, as diagnostics at the obligations' source:
 * LON5101 (error) for a shortfall, LON5102 (warning) for a partial period. Findings with
 * no source (a model built by an app) cannot be shown in a file and are left out.
 */
export function complianceDiagnostics(workspace: Workspace, plan: Plan, horizon: DateSpan): Diagnostic[] {
  return complianceFindings(workspace, plan.agreements, horizon).flatMap((finding) => toDiagnostic(finding));
}

function toDiagnostic(finding: ComplianceDiagnostic): Diagnostic[] {
  if (finding.source === undefined) return [];
  const { file, start, end } = finding.source;
  return [
    {
      code: finding.severity === "error" ? COMPLIANCE_CODES.notMet : COMPLIANCE_CODES.atRisk,
      severity: finding.severity,
      message: finding.message,
      location: { file, range: { start, end } },
      related: [],
      suggestions: [],
    },
  ];
}

/**
 * The sessions a plan cannot hold, as LON5103 errors at the need that could not be met (the
 * program when no need is named), one per program need, with the reason in the planner's
 * words and a suggestion when one is certain. Findings with no source are left out.
 */
export function unassignedDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  return unassignedFindings(workspace, plan).flatMap((finding) => unassignedDiagnostic(finding));
}

function unassignedDiagnostic(finding: UnassignedDiagnostic): Diagnostic[] {
  if (finding.source === undefined) return [];
  const { file, start, end } = finding.source;
  return [
    {
      code: COMPLIANCE_CODES.unassigned,
      severity: "error",
      message: finding.message,
      location: { file, range: { start, end } },
      related: [],
      suggestions: finding.suggestion === undefined ? [] : [{ message: finding.suggestion, edits: [] }],
    },
  ];
}
