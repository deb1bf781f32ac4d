import type { Language } from "@lontar/core";
import { NOT_PLACED_CONSTRAINTS } from "../../plan/budget-reasons.js";
import type { Justification, Plan, PlannedOccurrence } from "../../plan/plan.js";
import { reportWord } from "./report-words.js";
import type { WorkspaceIndex } from "../plan-view.js";
import { violationDetail } from "../violation-text.js";
import { countedViolations } from "../counted-violations.js";


/**
 * The problems the plan records against each session, in `language` (see
 * violationDetail): every violation `lontar plan` counts (not the notices) that concerns
 * one session, but why a session is not placed. A session with none gets nothing, so the
 * report's data stays as small as before.
 *
 * @example sessionProblems(plan, index, "id")("pinjam_paket@2019-05-05T10:00") // { problems: ["… tutup pada hari Minggu"] }
 */
export function sessionProblems(plan: Plan, index: WorkspaceIndex, language: Language): (occurrenceId: string) => { readonly problems?: readonly string[] } {
  const sessions = new Map(plan.occurrences.map((o) => [o.id, o]));
  const context = { index, session: (id: string) => sessions.get(id) };
  const bySession = new Map<string, Justification[]>();
  for (const v of countedViolations(plan)) {
    if (v.occurrenceId === undefined || NOT_PLACED_CONSTRAINTS.has(v.constraint)) continue;
    const list = bySession.get(v.occurrenceId);
    if (list === undefined) bySession.set(v.occurrenceId, [v]);
    else list.push(v);
  }
  return (occurrenceId) => {
    const found = bySession.get(occurrenceId);
    return found === undefined ? {} : { problems: [...new Set(found.map((v) => violationDetail(context, v, language)))] };
  };
}

/**
 * A session's notes as the CSV's `reasons` and the workbook's notes write them: its reasons,
 * and for one held, the problems the plan records against it that its reasons do not say
 * already (a rule's warning is both), after "Problem:" in `language`. A developer's walk
 * (stop 55) found a session held on the library's closed Sunday with an empty `reasons`
 * cell in occurrences.csv while the calendar and the workbook said the problem.
 *
 * @example sessionNotes(plan, index, "en")(occurrence, facts.reasons) // ["Problem: Perpustakaan Kota is closed on Sunday"]
 */
export function sessionNotes(plan: Plan, index: WorkspaceIndex, language: Language): (o: PlannedOccurrence, reasons: readonly string[]) => readonly string[] {
  const problemsOf = sessionProblems(plan, index, language);
  return (o, reasons) => {
    const problems = o.status === "scheduled" ? problemsOf(o.id).problems?.filter((p) => !reasons.includes(p)) : undefined;
    return problems === undefined || problems.length === 0 ? reasons : [...reasons, `${reportWord("problem", language)}: ${problems.join("; ")}`];
  };
}
