import { countLabels, createDiagnostic, diagnosticFromMessage, messageLabels, periodLabels, type Agreement, type Diagnostic, type Labels, type MessageRef, type Suggestion, type Workspace } from "@lontar/core";
import { unassignedFindings } from "./unassigned-findings.js";
import { unassignedDiagnosticsByBudget } from "./budget-groups.js";
import { complianceFindings, type ComplianceDiagnostic } from "../compliance/findings.js";
import { isOutsideWindow } from "../compliance/check-compliance.js";
import { groupFindings, missedPeriods, type MissedPeriods } from "../compliance/missed-periods.js";
import { PERIODS_PLURAL, periodNames } from "../compliance/period-names.js";
import { obligationMessage, recipientWords, sitesWords } from "../compliance/finding-message.js";
import { leastOf } from "../compliance/expected-text.js";
import { neverRunsDiagnostics } from "./never-runs.js";
import { openingHoursDiagnostics, visitOpeningHoursDiagnostics } from "./opening-hours.js";
import { borrowedResourceDiagnostics } from "./borrowed-resources.js";
import { flexibleShortDiagnostics } from "./flexible-short.js";
import { countedShortDiagnostics } from "./counted-short.js";
import { writtenDateDiagnostics } from "./written-dates.js";
import { monthsLostDiagnostics } from "./months-lost.js";
import { routeStopsDiagnostics } from "./route-stops.js";
import { unbudgetedCostDiagnostics } from "./unbudgeted-costs.js";
import { ruleDiagnostics } from "./rule-findings.js";
import { estimatedHolidayDiagnostics } from "./estimated-holidays.js";
import { precedenceDiagnostics } from "./precedences.js";
import { budgetPeriodDiagnostics } from "./budget-periods.js";
import { uncheckedAgreementDiagnostics } from "./unchecked-agreements.js";
import { notScheduledDetail, type NotScheduledDetail } from "./not-scheduled.js";
import { countedBy, type CountedBy } from "../compliance/counted-sessions.js";
import { providesUnserved } from "./provides-unserved.js";
import type { DateSpan } from "../plan/date-span.js";
import type { HorizonOrigin, PlanningHorizon } from "../plan/horizon-origin.js";
import type { ComplianceFinding, Plan } from "../plan/plan.js";
import { planRefusal } from "../plan/refused-plan.js";
import { expectWorkspace } from "../plan/workspace-shape.js";
import { locationOf } from "./location.js";


/** The option that raises the occurrence bound, in both languages. */
const BOUND_OPTION: Labels = { en: "maxOccurrences (planner option) / --max-occurrences (lontar check, lontar plan)", id: "maxOccurrences (opsi planner) / --max-occurrences (lontar check, lontar plan)" };

/**
 * LON4011 at the program whose schedule passed the workspace-wide occurrence bound, when
 * the planner refused `plan` for it (the refusal names the program and the bound); none
 * otherwise, or when the program has no source. A horizon taken from the agreements'
 * validity (`origin`) is named as such.
 *
 * @example const [refused] = refusalDiagnostics(workspace, plan);
 */
export function refusalDiagnostics(workspace: Workspace, plan: Plan, origin?: HorizonOrigin): Diagnostic[] {
  const refusal = planRefusal(plan);
  const source = workspace.programs.find((p) => p.id === refusal?.programId)?.source;
  if (refusal?.bound === undefined || source === undefined) return [];
  const args = { max: countLabels(refusal.bound), from: plan.horizon.from, to: plan.horizon.to, option: BOUND_OPTION };
  return [createDiagnostic(origin === "agreements" ? "LON4011.workspaceBoundFromAgreements" : "LON4011.workspaceBound", args, locationOf(source))];
}

/**
 * The sessions a plan cannot hold, as LON5103 errors at the need that could not be met (a budget's at the cost that draws from it; the
 * program when no need is named), one per program need, with the reason from the
 * allocator's fields and a suggestion when one is certain; a budget that leaves sessions of
 * several programs unpaid is one error at the budget (see unassignedDiagnosticsByBudget).
 * Findings with no source are left out.
 *
 * @example for (const d of unassignedDiagnostics(workspace, plan)) console.log(d.message);
 */
export function unassignedDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  return unassignedDiagnosticsByBudget(workspace, unassignedFindings(workspace, plan));
}

/** The words of a `hosts` finding not judged in the plan's window (see isOutsideWindow), or undefined when the obligation is not `agreement`'s. */
function notInWindowMessage(finding: ComplianceFinding, agreement: Agreement): MessageRef | undefined {
  const obligation = agreement.obligations[finding.obligationIndex];
  if (obligation?.kind !== "hosts") return undefined;
  const { from, to } = finding.period;
  const args = { agreement: agreement.id, number: finding.obligationIndex + 1, program: obligation.program, from, to, validFrom: agreement.validity.from, validTo: agreement.validity.to };
  return { key: "LON5101.hostsNotInWindow", args };
}

/**
 * A plan's compliance finding in the words of its diagnostic (LON5101's template, in both
 * languages), without the agreement's id that begins it: how the printed summary, which
 * lists findings under their agreement, tells one in Bahasa Indonesia as fully as in
 * English; a `hosts` finding the plan's window does not judge says it is not in this
 * window (see isOutsideWindow). Undefined when the obligation is not `agreement`'s.
 *
 * @example findingLabels(finding, agreement)?.id // "kewajiban 1: bagian mitra Rp 50.000.000 untuk plm; …"
 * @throws TypeError when `agreement` is left out.
 */
export function findingLabels(finding: ComplianceFinding, agreement: Agreement): Labels | undefined {
  // A JavaScript caller that left out the agreement read "Cannot read properties of undefined (reading 'obligations')" (an SDK walk).
  if (typeof agreement !== "object" || agreement === null || !Array.isArray((agreement as Partial<Agreement>).obligations)) {
    throw new TypeError("findingLabels: pass the finding's agreement too, the workspace's agreement whose id is the finding's agreementId (workspace.agreements.find((a) => a.id === …))");
  }
  const ref = isOutsideWindow(finding) ? notInWindowMessage(finding, agreement) : obligationMessage({ ...finding, severity: "error" }, agreement);
  if (ref === undefined) return undefined;
  const labels = messageLabels({ ...ref, args: { ...ref.args, agreement: "" } });
  return { en: labels.en.trimStart(), id: labels.id.trimStart() };
}

/**
 * The message of an obligation missed in several periods (LON5101 or LON5102 `…Missed`), or
 * undefined for a kind not counted per period; `notScheduled` names a program's sessions not
 * held in those periods, with why (see notScheduledDetail).
 */
function missedMessage(missed: MissedPeriods, agreement: Agreement, notScheduled: Labels | undefined): MessageRef | undefined {
  const obligation = agreement.obligations[missed.first.obligationIndex];
  const code = missed.first.severity === "error" ? "LON5101" : "LON5102";
  const base = {
    agreement: agreement.id,
    number: missed.first.obligationIndex + 1,
    missed: missed.missed,
    total: missed.total,
    periods: PERIODS_PLURAL[missed.per],
    names: missed.names,
    planned: missed.planned,
    period: periodLabels[missed.per],
    expected: missed.expected,
  };
  if (obligation?.kind === "sessions") return { key: `${code}.sessionsMissed`, args: { ...base, program: obligation.program, sites: sitesWords(obligation.sites), notScheduled: notScheduled ?? "" } };
  if (obligation?.kind === "provides") return { key: `${code}.providesMissed`, args: { ...base, resource: obligation.resource, recipient: recipientWords(obligation.recipient), notScheduled: notScheduled ?? "" } };
  return undefined;
}

/**
 * One failed finding as a diagnostic: the template when it renders the finding's own words,
 * else those words. A count of sessions (or a hosted program) short because a few of the
 * program's sessions in the period were cancelled or not placed names each, with its date and
 * reason, and suggests another day (see notScheduledDetail).
 */
function findingDiagnostic(workspace: Workspace, plan: Plan, finding: ComplianceDiagnostic, agreement: Agreement, location: Diagnostic["location"]): Diagnostic {
  const localized = finding.text;
  const code = finding.severity === "error" ? "LON5101" : "LON5102";
  if (localized === undefined) return { code, severity: finding.severity, message: finding.message, location, related: [], suggestions: [] };
  const obligation = agreement.obligations[finding.obligationIndex];
  const counted = obligation === undefined ? undefined : countedBy(workspace, obligation);
  const detail = counted === undefined || (finding.notScheduled ?? 0) === 0 ? undefined : notScheduledDetail(workspace, plan, counted, [finding.period]);
  return diagnosticFromMessage(detail === undefined ? localized : { ...localized, args: { ...localized.args, notScheduled: detail.words } }, location, { suggestions: shortfallSuggestions(workspace, plan, counted, [finding], agreement, detail) });
}

/**
 * For a count of sessions short of its minimum in periods where the program's schedule cannot
 * reach it even with every session held (a weekly class and 30 a semester): that, as a
 * suggestion to add days or agree on less, naming those periods, the most the schedule gives in
 * one of them and the minimum there. Undefined when holding the sessions not held would meet it.
 */
function scheduleTooSparse(findings: readonly ComplianceDiagnostic[], agreement: Agreement): Suggestion | undefined {
  const [first] = findings;
  const obligation = first === undefined ? undefined : agreement.obligations[first.obligationIndex];
  if (first === undefined || obligation?.kind !== "sessions") return undefined;
  let short: { readonly most: number; readonly least: number } | undefined;
  const periods: DateSpan[] = [];
  for (const finding of findings) {
    const least = leastOf(finding.expected);
    const most = finding.planned + (finding.notScheduled ?? 0);
    if (least === undefined || most >= least) continue;
    periods.push(finding.period);
    if (short === undefined || most > short.most) short = { most, least };
  }
  if (short === undefined) return undefined;
  // Named, for the other periods missed reach the minimum once their sessions not held are (helper-142).
  const names = periodNames(periods, obligation.per);
  const text: MessageRef = { key: `${first.severity === "error" ? "LON5101" : "LON5102"}.scheduleTooSparse`, args: { program: obligation.program, sites: sitesWords(obligation.sites), ...short, period: periodLabels[obligation.per], names } };
  return { message: messageLabels(text).en, text, edits: [] };
}

/**
 * What a count short of its minimum suggests: that the schedule cannot reach it (see
 * scheduleTooSparse), or, for a resource provided, why no session counts (providesUnserved),
 * then another day for the sessions not held.
 */
function shortfallSuggestions(workspace: Workspace, plan: Plan, counted: CountedBy, findings: readonly ComplianceDiagnostic[], agreement: Agreement, detail: NotScheduledDetail | undefined): Suggestion[] {
  const why = scheduleTooSparse(findings, agreement) ?? providesUnserved(workspace, plan.occurrences, counted, findings, agreement);
  return [...(why === undefined ? [] : [why]), ...(detail === undefined ? [] : [anotherDay(detail)])];
}

/** The suggestion of another day for the sessions not held (its message in English, a diagnostic's own language; `text` renders it in another). */
const anotherDay = (detail: NotScheduledDetail): Suggestion => ({ message: messageLabels(detail.suggestion).en, text: detail.suggestion, edits: [] });

/**
 * The agreement obligations a plan misses, as diagnostics at the obligations' source:
 * LON5101 (error) for a shortfall, LON5102 (warning) for a partial period. An obligation
 * missed in several periods is one diagnostic naming them ("not met in 12 of 12 months
 * (Jan–Dec 2025)"), not one per period. Findings with no source (a model built by an app)
 * cannot be shown in a file and are left out.
 *
 * @example for (const d of complianceDiagnostics(workspace, plan, plan.horizon)) console.log(d.code, d.message);
 */
export function complianceDiagnostics(workspace: Workspace, plan: Plan, horizon: DateSpan): Diagnostic[] {
  const agreements = new Map(workspace.agreements.map((a) => [a.id, a]));
  const reports = new Map(plan.agreements.map((r) => [r.agreementId, r]));
  return groupFindings(complianceFindings(workspace, plan.agreements, horizon)).flatMap((group) => {
    const [first] = group;
    const agreement = first === undefined ? undefined : agreements.get(first.agreementId);
    if (first?.source === undefined || agreement === undefined) return [];
    const location = locationOf(first.source);
    const missed = missedPeriods(group, agreement, reports.get(agreement.id), horizon);
    // Sessions held on none of the missed periods' days (a holiday, a closure, not placed): each named with why, and another day offered.
    const obligation = agreement.obligations[first.obligationIndex];
    const short = group.filter((f) => (f.notScheduled ?? 0) > 0).map((f) => f.period);
    const counted = obligation?.kind === "sessions" || obligation?.kind === "provides" ? countedBy(workspace, obligation) : undefined;
    const detail = missed === undefined || counted === undefined || short.length === 0 ? undefined : notScheduledDetail(workspace, plan, counted, short);
    const text = missed === undefined ? undefined : missedMessage(missed, agreement, detail?.words);
    if (text === undefined) return group.map((finding) => findingDiagnostic(workspace, plan, finding, agreement, location));
    return [diagnosticFromMessage(text, location, { suggestions: shortfallSuggestions(workspace, plan, counted, group, agreement, detail) })];
  });
}

/**
 * What a plan misses, as diagnostics at their source: the refusal of a workspace past its
 * occurrence bound (then the only finding), else the sessions that cannot take place,
 * the agreement obligations not met, the agreements not checked in full (not in force, or
 * valid past the horizon: LON5110 notes), the programs the plan holds no session of, the
 * sessions outside their library's opening hours (and visits to another library outside
 * its hours), the needs met by another library's
 * resources, the orders between programs the
 * plan breaks, the costs charged to a budget outside its period (nothing pays them), and
 * a notice when the holidays it met are estimates. The messages that
 * name the horizon say so when it was taken from the agreements' validity (`horizon.origin`).
 *
 * @example const findings = planDiagnostics(workspace, plan, plan.horizon);
 * @throws TypeError when `workspace` is plainly not a validated one (raw JSON: validate it with `validateWorkspace` first), or `horizon` is left out.
 */
export function planDiagnostics(workspace: Workspace, plan: Plan, horizon: PlanningHorizon): Diagnostic[] {
  expectWorkspace(workspace, "planDiagnostics");
  // Left out, it failed with "Cannot read properties of undefined (reading 'origin')" (an SDK walk).
  if (typeof horizon !== "object" || horizon === null || typeof horizon.from !== "string" || typeof horizon.to !== "string") {
    throw new TypeError("planDiagnostics: pass the horizon the plan was made over as the third argument (plan.horizon, or planningHorizon(workspace))");
  }
  const refused = refusalDiagnostics(workspace, plan, horizon.origin);
  return refused.length > 0 ? refused : [...unassignedDiagnostics(workspace, plan), ...complianceDiagnostics(workspace, plan, horizon), ...uncheckedAgreementDiagnostics(workspace, horizon, plan.agreements), ...neverRunsDiagnostics(workspace, plan, horizon.origin), ...openingHoursDiagnostics(workspace, plan), ...visitOpeningHoursDiagnostics(workspace, plan), ...borrowedResourceDiagnostics(workspace, plan), ...flexibleShortDiagnostics(workspace, plan), ...countedShortDiagnostics(workspace, plan), ...writtenDateDiagnostics(workspace, plan), ...monthsLostDiagnostics(workspace, plan), ...routeStopsDiagnostics(workspace, plan), ...ruleDiagnostics(workspace, plan), ...precedenceDiagnostics(workspace, plan), ...budgetPeriodDiagnostics(workspace, plan), ...unbudgetedCostDiagnostics(workspace), ...estimatedHolidayDiagnostics(workspace, plan)];
}
