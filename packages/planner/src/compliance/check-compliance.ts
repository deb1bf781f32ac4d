import type { Agreement, Obligation, Workspace } from "@lontar/core";
import { agreementApplies } from "./agreement-applies.js";
import { occurrenceCharges } from "../allocate/budget-caps.js";
import { firstCharged, sessionCostOf } from "../plan/program-charges.js";
import type { ComplianceFinding, Plan, PlannedOccurrence } from "../plan/plan.js";
import { buildCountIndex, countBetween, datesAtSites, datesByProgram, localDateOf, type CountIndex } from "./count-index.js";
import { money } from "../export/words.js";
import { dayNumber, intersect, periodsMeeting, type DateSpan } from "../calendar/periods.js";
import { expectedWords, notScheduledWords } from "./expected-text.js";
import { shareTarget, sitesWords, unusedWords } from "./finding-message.js";
import { sharesPaidBy } from "./shares-paid.js";
import { countedBy, servesRecipient } from "./counted-sessions.js";
import { agreementOpenDays, openDaysIn, type OpenDayTest } from "./open-days.js";
import { expectOccurrences } from "../plan/option-shapes.js";
import { expectWorkspace } from "../plan/workspace-shape.js";

/** One agreement's compliance: the shape of `Plan.agreements`. */
export type AgreementReport = Plan["agreements"][number];

/** A finding plus whether a shortfall in it is only a risk (a warning): its period goes on past the horizon, or it is a budget share. */
interface Checked {
  readonly finding: ComplianceFinding;
  readonly partial: boolean;
}

const MAX_PERIODS = 5_000;

/** The part of the agreement's validity inside the horizon, or undefined when they do not meet. */
export function activeSpan(agreement: Agreement, horizon: DateSpan): DateSpan | undefined {
  return intersect(agreement.validity, horizon);
}

export { agreementApplies } from "./agreement-applies.js";

const days = (span: DateSpan): number => dayNumber(span.to) - dayNumber(span.from) + 1;

/**
 * The least count a period held only in part asks for: `min` × the share of its days held
 * (of the days its library is open, see periodWindows),
 * rounded to the nearest whole (a half up). Rounded down, an agreement valid July to June
 * with "at least 1 per year" asked for ⌊½⌋ = 0 in each calendar year it meets, and passed
 * with no session at all; to the nearest, the half year it holds most of asks for 1, and a
 * stub of a few days still asks for none.
 *
 * @example partialMinimum(1, 184 / 365) // 1
 * @example partialMinimum(6, 122 / 181) // 4
 */
export function partialMinimum(min: number, share: number): number {
  // The small margin keeps a share computed as 0.4999999… of an exact half on the half's side.
  return Math.floor(min * share + 0.5 + 1e-9);
}

/**
 * Whether the plan's horizon, not the agreement's validity, cuts `period`: part of the
 * period that the agreement covers lies outside the horizon, where a later plan may still
 * hold the sessions it is short of. A period cut only by the validity (an agreement signed
 * on 15 February, counted per year) is not: the agreement asks nothing of the days before
 * it starts or after it ends, so its share of the period is all there will ever be, and a
 * shortfall there is a breach.
 *
 * @example horizonCutsPeriod({ from: "2024-01-01", to: "2024-12-31" }, { from: "2024-02-15", to: "2025-02-14" }, { from: "2024-01-01", to: "2024-12-31" }) // false
 */
export function horizonCutsPeriod(period: DateSpan, validity: DateSpan, horizon: DateSpan): boolean {
  const from = period.from > validity.from ? period.from : validity.from;
  const to = period.to < validity.to ? period.to : validity.to;
  return from < horizon.from || to > horizon.to;
}

/** One period of an obligation within a span: the part of it the span holds, and the share of its (open) days that part is. */
export interface PeriodWindow {
  /** The whole period (a calendar month, year…). */
  readonly period: DateSpan;
  /** The period cut to the span. */
  readonly window: DateSpan;
  /** Days of the window over days of the period, the library's open days when known (1 when the span holds it whole). */
  readonly share: number;
}

/**
 * The periods (`per`) that meet `span`, each cut to it with its share: what compliance judges
 * and the search steers by. A period cut by the span asks for the share of its days in its
 * part, and with `open` (the agreement's library's open days) no more than the share of the
 * days the library is open there: a part holding only days it is closed asks for nothing. The
 * open days only lower a share, never raise it: the sessions may be held elsewhere (at a
 * school open on Saturdays), on days the library is closed (the review of stop 56).
 */
export function periodWindows(span: DateSpan, per: Parameters<typeof periodsMeeting>[1], open?: OpenDayTest): PeriodWindow[] {
  return periodsMeeting(span, per, MAX_PERIODS).map(({ period, inside }) => {
    const window = { from: period.from < span.from ? span.from : period.from, to: period.to > span.to ? span.to : period.to };
    if (inside) return { period, window, share: 1 };
    const calendar = days(window) / days(period);
    const whole = open === undefined ? 0 : openDaysIn(period, open);
    return { period, window, share: open === undefined || whole === 0 ? calendar : Math.min(calendar, openDaysIn(window, open) / whole) };
  });
}

/** Where an agreement is checked: the part of its validity in the horizon, the validity and the horizon, and the days its library is open. */
interface Scope {
  readonly span: DateSpan;
  readonly validity: DateSpan;
  readonly horizon: DateSpan;
  readonly open: OpenDayTest | undefined;
}

function periodChecks(
  scope: Scope,
  per: Parameters<typeof periodsMeeting>[1],
  check: (window: DateSpan, share: number) => Omit<ComplianceFinding, "agreementId" | "obligationIndex" | "kind" | "period">,
  base: Pick<ComplianceFinding, "agreementId" | "obligationIndex" | "kind">,
): Checked[] {
  return periodWindows(scope.span, per, scope.open).map(({ period, window, share }) => ({ finding: { ...base, period: window, ...check(window, share) }, partial: horizonCutsPeriod(period, scope.validity, scope.horizon) }));
}

/**
 * True for a `hosts` finding not judged in the plan's window: the window holds only part of
 * the agreement's validity and none of the hosted program's sessions (see checkCompliance).
 * Such a finding is not failed (`ok`) and has nothing planned; it is "not in this window",
 * not met nor missed.
 *
 * @example plan.agreements[0]?.findings.filter(isOutsideWindow)
 */
export function isOutsideWindow(finding: ComplianceFinding): boolean {
  return finding.kind === "hosts" && finding.ok && finding.planned === 0;
}

/** A `hosts` obligation's finding over `span`: at least one scheduled occurrence, unless the window holds neither the whole validity nor any of the program's sessions. */
function hostsFinding(agreement: Agreement, program: string, span: DateSpan, counts: CountIndex, sessionsIn: (program: string, span: DateSpan) => number, base: Pick<ComplianceFinding, "agreementId" | "obligationIndex" | "kind">, label: string): ComplianceFinding {
  const planned = countBetween(counts.byProgram.get(program), span.from, span.to);
  const whole = span.from === agreement.validity.from && span.to === agreement.validity.to;
  if (planned === 0 && !whole && sessionsIn(program, span) === 0) {
    const { from, to } = agreement.validity;
    return { ...base, period: span, expected: ">= 1", planned, ok: true, message: `${label}: ${program} is not in this window, ${span.from}..${span.to} (the agreement is valid ${from}..${to}), so it is not judged` };
  }
  // None held: the program's sessions in the span that were cancelled or not placed say why.
  const notScheduled = planned === 0 ? sessionsIn(program, span) : 0;
  const message = `${label}: ${program} has ${planned} scheduled occurrence(s) in ${span.from}..${span.to}, expected at least one${notScheduledWords(notScheduled).en}`;
  return { ...base, period: span, expected: ">= 1", planned, ...(notScheduled > 0 ? { notScheduled } : {}), ok: planned >= 1, message };
}

function checkObligation(
  workspace: Workspace,
  agreement: Agreement,
  obligation: Obligation,
  index: number,
  scope: Scope,
  counts: CountIndex,
  planned: readonly PlannedOccurrence[],
  sessionsIn: (program: string, span: DateSpan) => number,
  providedTo: (resource: string, recipient: string) => readonly string[],
  sharesPaid: (agreementId: string, obligationIndex: number) => number,
): Checked[] {
  const base = { agreementId: agreement.id, obligationIndex: index, kind: obligation.kind };
  const label = `${agreement.id} obligation ${index + 1}`;
  const { span } = scope;
  switch (obligation.kind) {
    case "sessions": {
      // `at tanah_garam, ix_korong`: only the program's sessions held at those sites count, and only theirs say why one is short.
      const { sites } = obligation;
      const scheduled = sites === undefined ? counts.byProgram.get(obligation.program) : datesAtSites(planned, obligation.program, sites, true);
      let all: readonly string[] | undefined;
      const held = (w: DateSpan): number => (sites === undefined ? sessionsIn(obligation.program, w) : countBetween((all ??= datesAtSites(planned, obligation.program, sites, false)), w.from, w.to));
      const at = sitesWords(sites).en;
      return periodChecks(scope, obligation.per, (w, share) => {
        const count = countBetween(scheduled, w.from, w.to);
        const min = obligation.min === undefined ? undefined : partialMinimum(obligation.min, share);
        const expected = [min === undefined ? "" : `>= ${min}`, obligation.max === undefined ? "" : `<= ${obligation.max}`].filter(Boolean).join(" and ");
        const ok = (min === undefined || count >= min) && (obligation.max === undefined || count <= obligation.max);
        // Short of its minimum: the program's other sessions in the period, cancelled or not placed, say why.
        const notScheduled = min !== undefined && count < min ? held(w) - count : 0;
        const message = `${label}: ${obligation.program} has ${count} scheduled session(s)${at} in ${w.from}..${w.to}, expected ${expectedWords(expected).en}${notScheduledWords(notScheduled).en}`;
        return { expected, planned: count, ...(notScheduled > 0 ? { notScheduled } : {}), ok, message };
      }, base);
    }
    case "provides": {
      const { recipient } = obligation;
      const dates = recipient === undefined ? counts.byResource.get(obligation.resource) : providedTo(obligation.resource, recipient);
      const to = recipient === undefined ? "" : ` for ${recipient}`;
      // The sessions that would have used it, cancelled or not placed: read only when a period is short, and then say why.
      let notHeld: readonly string[] | undefined;
      const notHeldIn = (w: DateSpan): number => countBetween((notHeld ??= notHeldDates(planned, countedBy(workspace, obligation))), w.from, w.to);
      return periodChecks(scope, obligation.per, (w, share) => {
        const planned = countBetween(dates, w.from, w.to);
        const min = partialMinimum(obligation.quantity, share);
        const expected = `>= ${min}`;
        const notScheduled = planned < min ? notHeldIn(w) : 0;
        const message = `${label}: ${obligation.resource} is used by ${planned} scheduled occurrence(s)${to} in ${w.from}..${w.to}, expected ${expectedWords(expected).en}${notScheduledWords(notScheduled).en}`;
        return { expected, planned, ...(notScheduled > 0 ? { notScheduled } : {}), ok: planned >= min, message };
      }, base);
    }
    case "hosts":
      return [{ finding: hostsFinding(agreement, obligation.program, span, counts, sessionsIn, base, label), partial: false }];
    case "budget_share": {
      const library = obligation.program === undefined && obligation.budget === undefined ? agreement.library : undefined;
      const cost = plannedCost(workspace, planned, span, obligation.program, obligation.budget, library);
      // Money in a budget (a partner's share from it, or the library's) counts only what the budgets pay: nothing on dates outside their periods.
      const inBudget = obligation.party === "library" || obligation.budget !== undefined;
      const outside = inBudget ? cost - plannedCost(workspace, planned, span, obligation.program, obligation.budget, library, true) : 0;
      // What the share pays (or, money in a budget, counts) as the budgets are charged: two shares towards one program split its cost.
      const used = sharesPaid(agreement.id, index);
      // A share from a budget larger than the budget counts only what the budget holds: the rest is LON5007's, where the share is written.
      const budget = obligation.budget === undefined ? undefined : workspace.resources.find((r) => r.id === obligation.budget);
      const holds = budget?.kind === "budget" ? budget.amount : undefined;
      const countable = holds === undefined ? obligation.amount : Math.min(obligation.amount, holds);
      const unused = countable - used;
      const target = shareTarget(obligation, agreement).en;
      const finding = {
        ...base,
        period: span,
        expected: `Rp ${obligation.amount}`,
        planned: cost,
        ...(unused > 0 ? { unused } : {}),
        ...(outside > 0 ? { outsideBudget: outside } : {}),
        ...(countable < obligation.amount ? { shareCap: countable } : {}),
        ok: unused <= 0,
        message: `${label}: the ${obligation.party}'s share ${money(obligation.amount, "en")} towards ${target}; planned cost ${money(cost, "en")} in ${span.from}..${span.to}${unusedWords(cost, countable, unused, outside, countable < obligation.amount ? countable : undefined).en}`,
      };
      return [{ finding, partial: true }];
    }
  }
}

/** The local dates, sorted, of the occurrences `counted` counts that the plan does not hold (cancelled or not placed). */
function notHeldDates(planned: readonly PlannedOccurrence[], counted: ((o: PlannedOccurrence) => boolean) | undefined): readonly string[] {
  const dates: string[] = [];
  if (counted !== undefined) for (const o of planned) if (o.status !== "scheduled" && counted(o)) dates.push(localDateOf(o));
  return dates.sort();
}

/**
 * The local dates, sorted, of the scheduled occurrences that use a resource for a recipient
 * (see servesRecipient: a route's school is served on the days the route is at it). The scheduled occurrences by resource are the count index's; each
 * pair's dates are remembered: a province's hundreds of agreements read the plan once.
 */
function providedDates(workspace: Workspace, counts: CountIndex): (resource: string, recipient: string) => readonly string[] {
  let programs: ReadonlyMap<string, Workspace["programs"][number]> | undefined;
  const known = new Map<string, readonly string[]>();
  return (resource, recipient) => {
    const key = `${resource}\u0000${recipient}`;
    const remembered = known.get(key);
    if (remembered !== undefined) return remembered;
    programs ??= new Map(workspace.programs.map((p) => [p.id, p]));
    const dates: string[] = [];
    for (const o of counts.usersByResource.get(resource) ?? []) if (servesRecipient(o, programs.get(o.programId), recipient)) dates.push(localDateOf(o));
    dates.sort();
    known.set(key, dates);
    return dates;
  };
}

/**
 * The planned cost (scheduled occurrences in the span) of a program, or charged to a budget,
 * or of a library's programs (`library`: a share naming neither). A `per: program` cost is
 * charged at the program's first scheduled session of the whole plan, as the budgets charge
 * it (firstCharged): in the span only when that session is. `budgetsPay`: only what the
 * budgets pay, leaving out a cost charged to a declared budget on a date outside its period
 * (what a share in a budget counts, as SharePurse counts it).
 */
export function plannedCost(workspace: Workspace, planned: readonly PlannedOccurrence[], span: DateSpan, program: string | undefined, budget: string | undefined, library?: string, budgetsPay = false): number {
  const programs = new Map(workspace.programs.map((p) => [p.id, p]));
  const periods = new Map<string, DateSpan>();
  if (budgetsPay) for (const r of workspace.resources) if (r.kind === "budget") periods.set(r.id, r.period);
  const paysOn = (budgetId: string | undefined, date: string): boolean => {
    const period = budgetId === undefined ? undefined : periods.get(budgetId);
    return period === undefined || (date >= period.from && date <= period.to);
  };
  // The session carrying each program's `per: program` costs: its first of the whole plan (a span starting later does not charge them again).
  const carriers = firstCharged(workspace.programs, planned);
  let total = 0;
  for (const o of planned) {
    if (o.status !== "scheduled") continue;
    const p = programs.get(o.programId);
    const date = localDateOf(o);
    if (p === undefined || date < span.from || date > span.to || (program !== undefined && p.id !== program) || (library !== undefined && p.library !== library)) continue;
    const first = carriers.get(p.id) === o.id;
    if (budget !== undefined) total += paysOn(budget, date) ? (occurrenceCharges(p, first).get(budget) ?? 0) : 0;
    else for (const cost of p.costs) total += paysOn(cost.budget, date) ? sessionCostOf(cost, p, first) : 0;
  }
  return total;
}

/**
 * Checks every agreement against the plan. An agreement whose conditions do not hold for
 * its library, or whose validity misses the horizon, is `inactive`. Each obligation is
 * checked per period (`sessions`, `provides`) within validity ∩ horizon; `hosts` and
 * `budget_share` over that whole span. A `hosts` obligation is judged only over the part
 * of its period (the validity) that lies in the horizon: when the horizon (a window such
 * as `--from 2027-03-01 --to 2027-05-31`) holds only part of the validity and none of the
 * hosted program's sessions, the event is elsewhere in the validity and the finding is
 * "not in this window" ({@link isOutsideWindow}), not a failure.
 *
 * Partial periods (the validity or horizon starting or ending mid-month, say) are
 * pro-rated: the minimum becomes min × days covered / days in the period, rounded to the
 * nearest whole (`partialMinimum`); the maximum stays whole. A shortfall makes the
 * agreement `violated`, unless its period goes on past the horizon within the validity
 * (a later plan may still hold the rest: `horizonCutsPeriod`); a shortfall only in
 * such periods, or an unused budget share, makes it `at_risk`. A period cut by the
 * validity alone is a breach: nothing after the agreement ends can make up for it.
 *
 * @example checkCompliance(workspace, plan.occurrences, { from: "2025-01-01", to: "2025-12-31" })
 * @throws TypeError when `planned` is not a list (a plan given where its occurrences go).
 * @throws TypeError when `workspace` is plainly not a validated one (raw JSON: validate it with `validateWorkspace` first).
 */
export function checkCompliance(workspace: Workspace, planned: readonly PlannedOccurrence[], horizon: DateSpan): AgreementReport[] {
  expectWorkspace(workspace, "checkCompliance");
  expectOccurrences(planned, "checkCompliance");
  // Without agreements there is nothing to count: skip indexing every occurrence.
  if (workspace.agreements.length === 0) return [];
  const counts = buildCountIndex(planned);
  // Where each program's sessions fall, whatever became of them: read only for a `hosts` obligation the window cuts.
  let dates: ReadonlyMap<string, readonly string[]> | undefined;
  const sessionsIn = (program: string, span: DateSpan): number => countBetween((dates ??= datesByProgram(planned)).get(program), span.from, span.to);
  const providedTo = providedDates(workspace, counts);
  // What the budget shares pay: one walk of the budgets, when an agreement has a share.
  let paid: ((agreementId: string, obligationIndex: number) => number) | undefined;
  const sharesPaid = (agreementId: string, obligationIndex: number): number => (paid ??= sharesPaidBy(workspace, planned))(agreementId, obligationIndex);
  return workspace.agreements.map((agreement) => {
    const span = activeSpan(agreement, horizon);
    if (span === undefined || !agreementApplies(workspace, agreement)) return { agreementId: agreement.id, status: "inactive", findings: [] };
    const scope = { span, validity: agreement.validity, horizon, open: agreementOpenDays(workspace, agreement) };
    const checked = agreement.obligations.flatMap((o, i) => checkObligation(workspace, agreement, o, i, scope, counts, planned, sessionsIn, providedTo, sharesPaid));
    const failed = checked.filter((c) => !c.finding.ok);
    const status = failed.some((c) => !c.partial) ? "violated" : failed.length > 0 ? "at_risk" : "ok";
    return { agreementId: agreement.id, status, findings: checked.map((c) => c.finding) };
  });
}

/**
 * Whether a failed finding is only a risk (a warning: its period goes on past the horizon
 * within the agreement's validity, see `horizonCutsPeriod`, or it is a budget share)
 * or a breach (an error: a whole period, or one the validity alone cuts).
 *
 * @example const severity = isPartialFinding(finding, plan.horizon, agreement) ? "warning" : "error";
 */
export function isPartialFinding(finding: ComplianceFinding, horizon: DateSpan, agreement: Agreement): boolean {
  if (finding.kind === "budget_share") return true;
  if (finding.kind === "hosts") return false;
  const obligation = agreement.obligations[finding.obligationIndex];
  const span = activeSpan(agreement, horizon);
  if (obligation === undefined || span === undefined || !("per" in obligation)) return false;
  const whole = periodsMeeting(finding.period, obligation.per, 1)[0];
  return whole === undefined || horizonCutsPeriod(whole.period, agreement.validity, horizon);
}
