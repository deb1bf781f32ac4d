import { createDiagnostic, type Diagnostic, type Workspace } from "@lontar/core";
import type { Plan } from "../plan/plan.js";
import { cancelledDates } from "./cancelled-dates.js";
import { sessionsOf } from "./program-sessions.js";
import { locationOf } from "./location.js";
import { ruleParts } from "../expand/recurrence-estimate.js";

/** What cancels a session of a counted series that the writer did not choose: a holiday, a closure, a rule. */
const LOST_BY: ReadonlySet<string> = new Set(["public-holiday", "closure", "forbidden-by-rule"]);

/** The `COUNT` of a rule (`for 8 times` compiles to `COUNT=8`), if it has one. */
const countOf = (rrule: string): number | undefined => {
  const count = ruleParts(rrule)?.get("COUNT");
  return count === undefined || !/^\d+$/.test(count) ? undefined : Number(count);
};

/**
 * LON5113 at each program whose one schedule counts its sessions (`for 8 times`, COUNT=8) and
 * loses some of them to holidays, closures or rules: the series holds fewer than the count
 * says (an 8-session class with 17 August in it meets 7 times), which a pustakawan writing
 * "8 kali" does not expect (a walk: "`kelas_digital` quietly gives 7"). The count is the
 * rule's, as RFC 5545 counts it, so the plan keeps it; the warning names the dates lost and
 * the count that would hold them all. Not said where nothing is held (LON5104 says it), where
 * as many are held as counted (dates added with `also`), where the TPBIS stage or the gate's
 * condition cancels (their own warnings), where only days the writer excepted (`except`) are
 * cancelled, where the horizon cuts the series, nor for a program of several schedules (a
 * session's schedule is not known).
 *
 * @example for (const d of countedShortDiagnostics(workspace, plan)) console.log(d.message);
 */
export function countedShortDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  // Each counted program's count, and how many sessions its dates added (`also`) and its date-times excepted take from the plan.
  const counted = new Map<string, { readonly count: number; readonly added: number; readonly excepted: number }>();
  for (const program of workspace.programs) {
    const [schedule, other] = program.schedules;
    if (schedule?.kind !== "rrule" || other !== undefined || program.source === undefined) continue;
    const count = countOf(schedule.rrule);
    if (count !== undefined && count > 1) counted.set(program.id, { count, added: schedule.rdates.length, excepted: schedule.exdates.length });
  }
  if (counted.size === 0) return [];
  const sessions = sessionsOf(plan, counted);
  return workspace.programs.flatMap((program) => {
    const series = counted.get(program.id);
    const own = sessions.get(program.id) ?? [];
    // Fewer of the rule's sessions in the plan than the count (a date-time excepted leaves the plan; a date added is no
    // session of the rule): the horizon cuts the series, and what it holds is not known here.
    if (series === undefined || program.source === undefined || own.length - series.added + series.excepted < series.count) return [];
    const count = series.count;
    const cancelled = own.filter((o) => o.status === "cancelled");
    const held = own.length - cancelled.length;
    // None held (LON5104), as many as counted (dates added with `also`), or the stage or the gate's condition (their own warnings).
    if (held === 0 || held >= count || cancelled.some((o) => o.reasons?.some((r) => r.constraint === "stage-gate") === true)) return [];
    // Only days the writer excepted: their choice. Else every cancelled one is named (the excepted with them), so the sum is the reader's.
    if (!cancelled.some((o) => LOST_BY.has(o.reasons?.[0]?.constraint ?? ""))) return [];
    const facts = { program: program.id, count, held, lost: cancelled.length, more: count + (count - held), why: cancelledDates(cancelled) };
    return [createDiagnostic(cancelled.length === 1 ? "LON5113.lostOne" : "LON5113.lost", facts, locationOf(program.source))];
  });
}
