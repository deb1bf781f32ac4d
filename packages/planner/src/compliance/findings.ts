import { messageLabels, type MessageRef, type SourceSpan, type Workspace } from "@lontar/core";
import type { AgreementReport } from "./check-compliance.js";
import { isPartialFinding } from "./check-compliance.js";
import type { DateSpan } from "../calendar/periods.js";
import { expectWorkspace } from "../plan/workspace-shape.js";
import { obligationMessage } from "./finding-message.js";

/**
 * A failed obligation in a form a CLI or editor turns into a diagnostic at the
 * obligation's source: an error for a shortfall in a whole period or a missing host, a
 * warning for a partial period or an unused budget share.
 */
export interface ComplianceDiagnostic {
  /** The agreement's id. */
  readonly agreementId: string;
  /** Index of the obligation in the agreement. */
  readonly obligationIndex: number;
  /** Where the obligation was written, when known (falls back to the agreement's source). */
  readonly source?: SourceSpan;
  /** error or warning. */
  readonly severity: "error" | "warning";
  /** What is wrong, naming the period, expected and planned, in English. */
  readonly message: string;
  /** The message as a template of the code table (LON5101, LON5102) and its arguments, to render it in either language (`messageLabels`); absent only when the agreement has no obligation at `obligationIndex`. */
  readonly text?: MessageRef;
  /** Expected, e.g. `>= 4`. */
  readonly expected: string;
  /** Planned count or rupiah. */
  readonly planned: number;
  /** For a count of sessions or a resource provided short of its minimum, or a hosted program with none: the sessions in the period it would count, cancelled or not placed (absent when none). */
  readonly notScheduled?: number;
  /** The period checked. */
  readonly period: DateSpan;
}

/**
 * The failed findings of compliance reports as diagnostics, in report order, each with its
 * message in English and as a template (`text`) to render in Bahasa Indonesia.
 *
 * @example for (const d of complianceFindings(workspace, plan.agreements, plan.horizon)) console.log(d.severity, d.text === undefined ? d.message : messageLabels(d.text).id);
 * @throws TypeError when `workspace` is plainly not a validated one (raw JSON: validate it with `validateWorkspace` first).
 */
export function complianceFindings(workspace: Workspace, reports: readonly AgreementReport[], horizon: DateSpan): ComplianceDiagnostic[] {
  expectWorkspace(workspace, "complianceFindings");
  const agreements = new Map(workspace.agreements.map((a) => [a.id, a]));
  const out: ComplianceDiagnostic[] = [];
  for (const report of reports) {
    const agreement = agreements.get(report.agreementId);
    if (agreement === undefined) continue;
    for (const f of report.findings) {
      if (f.ok) continue;
      const source = agreement.obligations[f.obligationIndex]?.source ?? agreement.source;
      const severity = isPartialFinding(f, horizon, agreement) ? "warning" : "error";
      const text = obligationMessage({ ...f, severity }, agreement);
      out.push({
        agreementId: f.agreementId,
        obligationIndex: f.obligationIndex,
        ...(source === undefined ? {} : { source }),
        severity,
        message: f.message,
        // The template says what `message` says; where it would not, the message stays English only.
        ...(text === undefined || messageLabels(text).en !== f.message ? {} : { text }),
        expected: f.expected,
        planned: f.planned,
        ...(f.notScheduled === undefined ? {} : { notScheduled: f.notScheduled }),
        period: f.period,
      });
    }
  }
  return out;
}
