import type { Language } from "@lontar/core";
import type { Justification, Plan } from "../../plan/plan.js";
import type { WorkspaceIndex } from "../plan-view.js";
import { precedenceReason } from "../precedence-reason.js";
import { escapeHtml } from "./escape-html.js";
import { reportWord } from "./report-words.js";

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
  /** Cancelled by a rule, gate or other condition. */
  readonly cancelledOtherwise: number;
}

/** Counts a plan's sessions by what became of them. */
export function sessionCounts(plan: Plan): SessionCounts {
  let scheduled = 0;
  let notPlaced = 0;
  let onClosedDays = 0;
  let cancelledOtherwise = 0;
  for (const o of plan.occurrences) {
    if (o.status === "scheduled") scheduled++;
    else if (o.status === "unassigned") notPlaced++;
    else if (o.reasons?.some((r) => CLOSED_DAY.has(r.constraint)) === true) onClosedDays++;
    else cancelledOtherwise++;
  }
  return { total: plan.occurrences.length, scheduled, notPlaced, onClosedDays, cancelledOtherwise };
}

/** A broken firm rule for the reader: an order between programs in their language (see precedenceReason), another in the planner's words. */
const brokenRule = (index: WorkspaceIndex, violation: Justification, language: Language): string => precedenceReason(index, violation, language) ?? violation.message;

/**
 * The summary in plain words: "118 of 136 sessions scheduled; 12 could not be placed; 6
 * fall on holidays or closures", whether the plan can be carried out, and the firm rules
 * it breaks (hard violations), if any; `index` names the programs of a broken order.
 */
export function summarySection(plan: Plan, index: WorkspaceIndex, language: Language): string {
  const counts = sessionCounts(plan);
  const parts = [reportWord("sessionsScheduled", language, { scheduled: counts.scheduled, total: counts.total })];
  if (counts.notPlaced > 0) parts.push(reportWord("sessionsNotPlaced", language, { count: counts.notPlaced }));
  if (counts.onClosedDays > 0) parts.push(reportWord("sessionsOnHolidays", language, { count: counts.onClosedDays }));
  if (counts.cancelledOtherwise > 0) parts.push(reportWord("sessionsCancelled", language, { count: counts.cancelledOtherwise }));
  const hard = plan.violations.filter((v) => v.level === "hard");
  const feasible = hard.length === 0 && plan.score.hard === 0;
  const verdict = `<p class="${feasible ? "ok" : "bad"}">${escapeHtml(reportWord(feasible ? "feasible" : "notFeasible", language))}</p>`;
  const broken =
    hard.length === 0
      ? ""
      : `\n<h3>${escapeHtml(reportWord("hardRules", language))}</h3>\n<ul class="violations">\n${hard.map((v) => `<li>${escapeHtml(brokenRule(index, v, language))}</li>`).join("\n")}\n</ul>`;
  return `<section id="summary">\n<h2>${escapeHtml(reportWord("summary", language))}</h2>\n<p class="lead">${escapeHtml(`${parts.join("; ")}.`)}</p>\n${verdict}${broken}\n</section>`;
}
