import type { Agreement, Labels, Period } from "@lontar/core";
import type { DateSpan } from "../calendar/periods.js";
import type { AgreementReport } from "./check-compliance.js";
import { isPartialFinding } from "./check-compliance.js";
import type { ComplianceDiagnostic } from "./findings.js";
import { periodNames } from "./period-names.js";
import { expectedWords } from "./expected-text.js";

/**
 * One obligation missed in more than one period, at one severity: what a single diagnostic
 * says instead of one per period ("not met in 12 of 12 months: Jan–Dec 2025").
 */
export interface MissedPeriods extends MissedWords {
  /** The first failed finding, for the agreement, obligation, source and severity. */
  readonly first: ComplianceDiagnostic;
  /** How many periods missed it. */
  readonly missed: number;
  /** How many periods of the same kind (whole for an error, partial for a warning) were checked. */
  readonly total: number;
  /** The period the obligation counts per. */
  readonly per: Period;
}

/** What a group of missed periods of one obligation says of them, whatever reports them (`lontar check`'s diagnostic, the plan summary). */
export interface MissedWords {
  /** The missed periods named, consecutive ones joined (`Mar–Nov 2019`). */
  readonly names: Labels;
  /** What was planned per period: one number, or the least and most (`0–2`). */
  readonly planned: string;
  /** What was expected per period: one bound in words, or each different one (`at least 1 / at least 4`). */
  readonly expected: Labels;
}

/**
 * The words of missed periods of an obligation counted `per` period: their names, the planned
 * spread and the expected bounds in words.
 *
 * @example missedWords(group, "month").names.id // "Jan–Des 2027"
 */
export function missedWords(findings: readonly { readonly period: DateSpan; readonly planned: number; readonly expected: string }[], per: Period): MissedWords {
  const expected = findings.map((f) => f.expected);
  return {
    names: periodNames(
      findings.map((f) => f.period),
      per,
    ),
    planned: spread(findings.map((f) => f.planned)),
    expected: { en: distinct(expected.map((e) => expectedWords(e).en)), id: distinct(expected.map((e) => expectedWords(e).id)) },
  };
}

const spread = (values: readonly number[]): string => {
  const [least, most] = [Math.min(...values), Math.max(...values)];
  return least === most ? String(least) : `${least}–${most}`;
};

const distinct = (values: readonly string[]): string => [...new Set(values)].join(" / ");

/**
 * The failed findings in groups of the same agreement, obligation and severity, in the
 * order their first finding comes; a group of one stays a single finding.
 */
export function groupFindings(findings: readonly ComplianceDiagnostic[]): ComplianceDiagnostic[][] {
  const groups = new Map<string, ComplianceDiagnostic[]>();
  for (const finding of findings) {
    const key = `${finding.agreementId}\u0000${finding.obligationIndex}\u0000${finding.severity}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [finding]);
    else group.push(finding);
  }
  return [...groups.values()];
}

/**
 * A group of failed findings of one per-period obligation (`sessions`, `provides`) as one
 * {@link MissedPeriods}, counting the periods of its kind the report checked; undefined for a
 * group of one, or an obligation not counted per period.
 *
 * @example const missed = missedPeriods(group, agreement, report, plan.horizon);
 */
export function missedPeriods(group: readonly ComplianceDiagnostic[], agreement: Agreement, report: AgreementReport | undefined, horizon: DateSpan): MissedPeriods | undefined {
  const [first] = group;
  const obligation = first === undefined ? undefined : agreement.obligations[first.obligationIndex];
  if (first === undefined || group.length < 2 || obligation === undefined || !("per" in obligation)) return undefined;
  const partial = first.severity === "warning";
  const total = (report?.findings ?? []).filter((f) => f.obligationIndex === first.obligationIndex && isPartialFinding(f, horizon, agreement) === partial).length;
  return { first, missed: group.length, total: Math.max(total, group.length), per: obligation.per, ...missedWords(group, obligation.per) };
}

