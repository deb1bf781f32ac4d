import { createDiagnostic, type Diagnostic, type Workspace } from "@lontar/core";
import type { Plan, PlannedOccurrence } from "../plan/plan.js";
import { pushTo } from "../collections/group.js";
import { cancelledDates, closedThen } from "./cancelled-dates.js";
import { sessionsOf } from "./program-sessions.js";
import { dayInsteadOf } from "./not-scheduled.js";
import { locationOf } from "./location.js";
import { ruleParts } from "../expand/recurrence-estimate.js";

/** At most this many months lost are named one by one, each with a day offered. */
const MONTHS_NAMED = 3;

/** Whether a program is held once a month or so by one recurring rule of its own: `FREQ=MONTHLY`, every month, no count (LON5113's). */
function monthly(program: Workspace["programs"][number]): boolean {
  const [schedule, other] = program.schedules;
  if (schedule?.kind !== "rrule" || other !== undefined) return false;
  const parts = ruleParts(schedule.rrule);
  return parts?.get("FREQ") === "MONTHLY" && (parts.get("INTERVAL") ?? "1") === "1" && !parts.has("COUNT");
}

/**
 * LON5118 at each program held once a month (`setiap bulan pada jumat terakhir`) that loses a
 * whole month to holidays or closures while it holds its other months (a walk of stop 56: a
 * book rotation's only March session fell on Good Friday, and March had none, with no word).
 * Names the months, their dates and why, and a day in each when the library is open. Not said
 * of a program a count of sessions in an agreement counts (LON5101 says it there), nor where
 * nothing is held (LON5104), nor for dates the writer excepted.
 *
 * @example for (const d of monthsLostDiagnostics(workspace, plan)) console.log(d.message);
 */
export function monthsLostDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  const counted = new Set(workspace.agreements.flatMap((a) => a.obligations.flatMap((o) => (o.kind === "sessions" ? [o.program] : []))));
  const watched = new Set(workspace.programs.filter((p) => p.source !== undefined && !counted.has(p.id) && monthly(p)).map((p) => p.id));
  if (watched.size === 0) return [];
  const sessions = sessionsOf(plan, watched);
  return workspace.programs.flatMap((program) => {
    const own = sessions.get(program.id);
    if (own === undefined || program.source === undefined || own.every((o) => o.status === "cancelled")) return [];
    const byMonth = new Map<string, PlannedOccurrence[]>();
    for (const o of own) pushTo(byMonth, o.start.slice(0, 7), o);
    const lost = [...byMonth.values()].filter((month) => month.every(closedThen)).map((month) => month[0] as PlannedOccurrence);
    if (lost.length === 0) return [];
    const days = lost.slice(0, MONTHS_NAMED).map((o) => dayInsteadOf(workspace, plan, o));
    const instead = days.every((d) => d !== undefined) ? { en: ` (such as \`also ${days.join(", ")}\`)`, id: ` (misalnya \`juga ${days.join(", ")}\`)` } : { en: "", id: "" };
    const facts = { program: program.id, count: lost.length, why: cancelledDates(lost), instead };
    return [createDiagnostic(lost.length === 1 ? "LON5118.one" : "LON5118.many", facts, locationOf(program.source))];
  });
}
