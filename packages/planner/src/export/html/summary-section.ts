import type { Language } from "@lontar/core";
import { NOT_PLACED_CONSTRAINTS } from "../../plan/budget-reasons.js";
import type { Justification, Plan } from "../../plan/plan.js";
import { idAsWords, nameOf, programTitle, type WorkspaceIndex } from "../plan-view.js";
import { reasonWord } from "../reason-words.js";
import { sessionWhen, violationText, type ViolationContext } from "../violation-text.js";
import { dayMonthYear } from "../long-date.js";
import { zoneWhereMixed } from "../zone-name.js";
import { closedSessionViolations, countedViolations, planVerdict, programsAllCancelled, programsWithoutSessions, unpaidTotals, type PlanVerdict, type UnpaidShare } from "../counted-violations.js";
import { money } from "../words.js";
import { escapeHtml } from "./escape-html.js";
import { reportWord } from "./report-words.js";
import { estimatedHolidayYears } from "../../diagnostics/estimated-holidays.js";
import { closedWindowDays } from "../../diagnostics/closed-window-days.js";
import { programsOnClosedDaysText } from "./closed-days-words.js";
import { visitsOutsideOpeningHours } from "../../diagnostics/opening-hours.js";

/** Constraints that cancel a session because its day is closed. */
const CLOSED_DAY = new Set(["public-holiday", "closure"]);

/** The counts the summary speaks of. */
export interface SessionCounts {
  /** Every session of the plan. */
  readonly total: number;
  /** Scheduled. */
  readonly scheduled: number;
  /** Not placed (unassigned). */
  readonly notPlaced: number;
  /** Cancelled because a holiday, cuti bersama or closure shuts their day. */
  readonly onClosedDays: number;
  /** Left out by their schedule's own `except` dates. */
  readonly excepted: number;
  /** Cancelled by a rule, gate or other condition. */
  readonly cancelledOtherwise: number;
}

/** Counts a plan's sessions by what became of them. */
export function sessionCounts(plan: Plan): SessionCounts {
  let scheduled = 0;
  let notPlaced = 0;
  let onClosedDays = 0;
  let excepted = 0;
  let cancelledOtherwise = 0;
  for (const o of plan.occurrences) {
    if (o.status === "scheduled") scheduled++;
    else if (o.status === "unassigned") notPlaced++;
    else if (o.reasons?.some((r) => CLOSED_DAY.has(r.constraint)) === true) onClosedDays++;
    else if (o.reasons?.some((r) => r.constraint === "exception") === true) excepted++;
    else cancelledOtherwise++;
  }
  return { total: plan.occurrences.length, scheduled, notPlaced, onClosedDays, excepted, cancelledOtherwise };
}

/** The most violations one list names; the rest are counted. */
const MAX_LISTED = 50;


/** The verdict on the plan as the report's paragraph: "ok" only when it can be carried out as it stands. */
function verdictParagraph(verdict: PlanVerdict, language: Language): string {
  switch (verdict.kind) {
    case "unpaidSessions":
      return `<p class="bad">${escapeHtml(reportWord("unpaidVerdict", language, { count: verdict.count, total: money(verdict.total, language) }))}</p>`;
    case "notFeasible":
      return `<p class="bad">${escapeHtml(reportWord("notFeasible", language))}</p>`;
    case "closedSessions":
      return `<p class="bad">${escapeHtml(reportWord("closedSessions", language, { count: verdict.count }))}</p>`;
    case "notPlaced":
      return `<p class="bad">${escapeHtml(reportWord("notPlacedVerdict", language, { count: verdict.count }))}</p>`;
    case "agreementsNotMet":
      return `<p class="bad">${escapeHtml(reportWord("agreementsNotMetVerdict", language, { count: verdict.count }))}</p>`;
    case "feasible":
      return `<p class="ok">${escapeHtml(reportWord("feasible", language))}</p>`;
  }
}

/**
 * The agreements not kept, when the verdict spoke of something else first (firm rules,
 * closed days, sessions not placed): the head of the Dinas reads the summary, and an MoU
 * a partner signed must not hide behind the sessions not placed.
 */
function agreementsAlsoNotMet(plan: Plan, verdict: PlanVerdict, language: Language): string {
  if (verdict.kind === "agreementsNotMet" || verdict.kind === "feasible") return "";
  const count = plan.agreements.filter((a) => a.status === "violated").length;
  return count === 0 ? "" : `\n<p class="bad">${escapeHtml(reportWord("agreementsAlsoNotMet", language, { count }))}</p>`;
}

/**
 * The sessions no budget pays (`unpaid`, LON5107's costs), when the verdict spoke of
 * something else first (firm rules, closed days): a plan that cannot be paid must say so
 * wherever its verdict is read, not only in `lontar check`.
 */
function unpaidAlso(unpaid: readonly UnpaidShare[], verdict: PlanVerdict, language: Language): string {
  if (verdict.kind === "unpaidSessions") return "";
  const { count, total } = unpaidTotals(unpaid);
  return count === 0 ? "" : `\n<p class="bad">${escapeHtml(reportWord("unpaidAlso", language, { count, total: money(total, language) }))}</p>`;
}

/**
 * The programs the plan holds no session of (`programsWithoutSessions`), named: a program
 * copied from last year's plan with last year's dates is otherwise nowhere in the report.
 * Those whose flexible windows allow only closed days ({@link closedWindowDays}) are named
 * apart, since their dates are not what to check.
 */
function programsNeverHeld(plan: Plan, index: WorkspaceIndex, language: Language): string {
  const never = programsWithoutSessions(plan);
  if (never.length === 0) return "";
  // A flexible schedule whose every allowed day is closed: its dates are right, its days are not.
  const onClosedDays = never.filter((id) => {
    const program = index.programs.get(id);
    const library = program === undefined ? undefined : index.libraries.get(program.library);
    return program !== undefined && library !== undefined && closedWindowDays(program, library, plan.horizon, 0) !== undefined;
  });
  const elsewhere = never.filter((id) => !onClosedDays.includes(id));
  const named = (ids: readonly string[]) => ids.map((id) => index.programs.get(id)?.title ?? idAsWords(id)).join(", ");
  const values = (ids: readonly string[]) => ({ programs: named(ids), from: dayMonthYear(plan.horizon.from, language), to: dayMonthYear(plan.horizon.to, language) });
  const paragraph = (ids: readonly string[], text: string) => (ids.length === 0 ? "" : `\n<p class="bad">${escapeHtml(text)}</p>`);
  return paragraph(elsewhere, reportWord("programsNeverHeld", language, values(elsewhere))) + paragraph(onClosedDays, programsOnClosedDaysText(language, values(onClosedDays)));
}

/** The programs every session of which is cancelled (`programsAllCancelled`), named: otherwise one cancelled row among many under a verdict that the plan can be carried out. */
function programsAllCancelledText(plan: Plan, index: WorkspaceIndex, language: Language): string {
  const cancelled = programsAllCancelled(plan);
  if (cancelled.length === 0) return "";
  const programs = cancelled.map((id) => index.programs.get(id)?.title ?? idAsWords(id)).join(", ");
  return `\n<p class="bad">${escapeHtml(reportWord("programsAllCancelled", language, { programs }))}</p>`;
}

/** A list of violations in the reader's words under a heading; nothing when there is none. */
function violationList(heading: string, items: readonly Justification[], context: ViolationContext, language: Language): string {
  if (items.length === 0) return "";
  const listed = items.slice(0, MAX_LISTED).map((v) => `<li>${escapeHtml(violationText(context, v, language))}</li>`);
  if (items.length > MAX_LISTED) listed.push(`<li>${escapeHtml(reasonWord("moreViolations", language, { count: items.length - MAX_LISTED }))}</li>`);
  return `\n<h3>${escapeHtml(heading)}</h3>\n<ul class="violations">\n${listed.join("\n")}\n</ul>`;
}

/**
 * The summary in plain words: "118 of 136 sessions scheduled; 12 could not be placed; 6
 * fall on holidays or closures", that the holidays of a year with no decree in Lontar's
 * data are estimates (when the plan met them), whether the plan can be carried out — not while it breaks
 * a firm rule (a hard violation), nor as it stands while it holds sessions when their
 * library is closed or sessions no budget pays (`unpaid`: unpaidCosts, `lontar check`'s LON5107, their number
 * and rupiah), nor in full while sessions are not placed (see `planVerdict`) — how many violations it records (as `lontar plan` counts them), and
 * those violations in the reader's words: the firm rules broken, the sessions held while
 * the library is closed (the closed day, or the closing time and the session's end), and
 * the others; then the visits to another library outside its hours (see visitList); the
 * sessions not placed have a section of their own. `index` names programs,
 * libraries and resources.
 */
/**
 * The visits to another library outside its opening hours (what `lontar check` warns of,
 * LON5111): a line per program and library visited, with how many and the first. A plan
 * may be carried out with them, so they are listed apart from its violations (a walk: the
 * report said nothing of 18 visits `check` warned of).
 */
function visitList(plan: Plan, index: WorkspaceIndex, language: Language): string {
  const outside = visitsOutsideOpeningHours(index.libraries, plan);
  if (outside.size === 0) return "";
  const items: string[] = [];
  for (const [, byLibrary] of outside) {
    for (const [library, sessions] of byLibrary) {
      const [first] = sessions;
      if (first === undefined) continue;
      const args = { program: programTitle(index, first), library: nameOf(index, library), first: sessionWhen(first, language, zoneWhereMixed(index, first.libraryId)), count: sessions.length };
      items.push(`<li>${escapeHtml(reportWord(sessions.length === 1 ? "visitsClosedOne" : "visitsClosedMany", language, args))}</li>`);
    }
  }
  return `\n<h3>${escapeHtml(reportWord("visitsClosedHeading", language))}</h3>\n<ul class="violations">\n${items.slice(0, MAX_LISTED).join("\n")}\n</ul>`;
}

export function summarySection(plan: Plan, index: WorkspaceIndex, language: Language, unpaid: readonly UnpaidShare[]): string {
  const counts = sessionCounts(plan);
  const parts = [reportWord("sessionsScheduled", language, { scheduled: counts.scheduled, total: counts.total })];
  if (counts.notPlaced > 0) parts.push(reportWord("sessionsNotPlaced", language, { count: counts.notPlaced }));
  if (counts.onClosedDays > 0) parts.push(reportWord(counts.onClosedDays === 1 ? "sessionOnHolidays" : "sessionsOnHolidays", language, { count: counts.onClosedDays }));
  if (counts.excepted > 0) parts.push(reportWord("sessionsExcepted", language, { count: counts.excepted }));
  if (counts.cancelledOtherwise > 0) parts.push(reportWord("sessionsCancelled", language, { count: counts.cancelledOtherwise }));
  const sessions = new Map(plan.occurrences.map((o) => [o.id, o]));
  const context: ViolationContext = { index, session: (id) => sessions.get(id) };
  const counted = countedViolations(plan);
  const closed = closedSessionViolations(plan);
  const closedSet = new Set(closed);
  // Sessions held while the library is closed are firm rules too, listed under their own heading.
  const hard = counted.filter((v) => v.level === "hard" && !closedSet.has(v));
  const others = counted.filter((v) => v.level !== "hard" && !closedSet.has(v) && !NOT_PLACED_CONSTRAINTS.has(v.constraint));
  const judgement = planVerdict(plan, unpaid);
  const verdict = verdictParagraph(judgement, language) + unpaidAlso(unpaid, judgement, language) + agreementsAlsoNotMet(plan, judgement, language) + programsNeverHeld(plan, index, language) + programsAllCancelledText(plan, index, language);
  const recorded = counted.length === 0 ? "" : `\n<p>${escapeHtml(reportWord("violationsCount", language, { count: counted.length }))}</p>`;
  const lists = [
    violationList(reportWord("hardRules", language), hard, context, language),
    violationList(reportWord("closedHeading", language), closed, context, language),
    violationList(reportWord("otherViolations", language), others, context, language),
    visitList(plan, index, language),
  ].join("");
  const years = estimatedHolidayYears(plan);
  const estimated = years.length === 0 ? "" : `<p class="note">${escapeHtml(reportWord("holidaysEstimated", language, { years: years.join(", ") }))}</p>\n`;
  return `<section id="summary">\n<h2>${escapeHtml(reportWord("summary", language))}</h2>\n<p class="lead">${escapeHtml(`${parts.join("; ")}.`)}</p>\n${estimated}${verdict}${recorded}${lists}\n</section>`;
}
