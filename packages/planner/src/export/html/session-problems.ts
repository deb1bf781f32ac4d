import type { Language } from "@lontar/core";
import { NOT_PLACED_CONSTRAINTS } from "../../plan/budget-reasons.js";
import type { Justification, Plan } from "../../plan/plan.js";
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
