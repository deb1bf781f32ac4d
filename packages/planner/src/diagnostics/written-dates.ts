import { createDiagnostic, type Diagnostic, type Workspace } from "@lontar/core";
import type { Plan } from "../plan/plan.js";
import { cancelledDates, closedThen, onHolidaysOnly } from "./cancelled-dates.js";
import { sessionsOf } from "./program-sessions.js";
import { dayInsteadOf } from "./not-scheduled.js";
import { locationOf } from "./location.js";

/** The local date-times (`2027-03-10T09:00`) a program's schedules name one by one: dates added with `also`, `once` sessions. */
function writtenDates(program: Workspace["programs"][number]): ReadonlySet<string> {
  const dates = new Set<string>();
  for (const schedule of program.schedules) {
    if (schedule.kind === "rrule") for (const date of schedule.rdates) dates.add(date);
    else if (schedule.kind === "once") dates.add(schedule.start);
  }
  return dates;
}

/**
 * LON5116 at each program a date of which, written for it one by one (a date added with
 * `also`, a `once` session), is cancelled by a holiday or a closure, while the program
 * holds other sessions (with none, LON5104 says it): a make-up date put on Idul Fitri was left
 * out of the plan with no word (a walk of stop 56). Names the dates and why, and a day near
 * the first when its library is open then.
 *
 * @example for (const d of writtenDateDiagnostics(workspace, plan)) console.log(d.message);
 */
export function writtenDateDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  const written = new Map<string, ReadonlySet<string>>();
  for (const program of workspace.programs) {
    const dates = writtenDates(program);
    if (dates.size > 0 && program.source !== undefined) written.set(program.id, dates);
  }
  if (written.size === 0) return [];
  const sessions = sessionsOf(plan, written);
  return workspace.programs.flatMap((program) => {
    const dates = written.get(program.id);
    const own = sessions.get(program.id) ?? [];
    if (dates === undefined || program.source === undefined || own.every((o) => o.status === "cancelled")) return [];
    const lost = own.filter((o) => closedThen(o) && dates.has(o.start.slice(0, 16)));
    const [first] = lost;
    if (first === undefined) return [];
    const day = dayInsteadOf(workspace, plan, first);
    const instead = day === undefined ? { en: "", id: "" } : { en: ` (such as \`${day}\`)`, id: ` (misalnya \`${day}\`)` };
    // Held on the holiday itself only when every date lost is a holiday: `including holidays` holds a session through a closure (a renovation) too.
    const orHolidays = !onHolidaysOnly(lost)
      ? { en: "", id: "" }
      : lost.length === 1
        ? { en: ", or `including holidays` after the schedule to hold it on the holiday", id: ", atau `termasuk libur` setelah jadwalnya agar tetap diadakan pada hari libur itu" }
        : { en: ", or `including holidays` after the schedule to hold them on the holidays", id: ", atau `termasuk libur` setelah jadwalnya agar tetap diadakan pada hari libur itu" };
    const facts = { program: program.id, count: lost.length, why: cancelledDates(lost), instead, orHolidays };
    return [createDiagnostic(lost.length === 1 ? "LON5116.one" : "LON5116.many", facts, locationOf(program.source))];
  });
}
