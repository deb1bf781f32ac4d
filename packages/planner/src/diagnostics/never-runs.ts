import { countLabels, createDiagnostic, messageLabels, type Diagnostic, type Labels, type Workspace } from "@lontar/core";
import type { HorizonOrigin } from "../plan/horizon-origin.js";
import type { Plan, PlannedOccurrence } from "../plan/plan.js";
import { gateDiagnostics } from "./gate-diagnostics.js";
import { stoppedByStage, UNNAMED_CLOSURE } from "../plan/cancel-reasons.js";
import { cancelledDates, DATES_NAMED } from "./cancelled-dates.js";
import { pushTo } from "../collections/group.js";
import { closedWindowDays, type ClosedWindowDay } from "./closed-window-days.js";
import { factsRead } from "./facts-read.js";
import { locationOf } from "./location.js";

/** Whether the TPBIS stage itself cancelled a session, not the gate's condition. */
const byStage = (o: PlannedOccurrence): boolean => o.reasons?.some(stoppedByStage) === true;

/** "2027-03-15: Cuti bersama Idul Fitri, …": the first closed days a flexible schedule's windows allow, in both languages. */
function closedDays(days: readonly ClosedWindowDay[], more: boolean): Labels {
  const tail = more ? ", …" : "";
  const named = (language: "en" | "id") => days.map((d) => `${d.date}: ${d.detail === UNNAMED_CLOSURE ? (language === "en" ? "closed" : "tutup") : d.detail}`).join(", ") + tail;
  return { en: named("en"), id: named("id") };
}

/**
 * LON5104 at each program the plan holds no session of (a warning, so that `lontar check`
 * says what the plan leaves out): every session cancelled by the TPBIS stage the program
 * requires (see {@link gateDiagnostics}), every session cancelled otherwise (a holiday, a
 * closure, an excepted day, a rule; the first dates are named with why), every day a
 * flexible schedule's windows allow closed (the first named, with `including holidays` as a
 * way out), or no session in the horizon at all — a horizon taken from the agreements' validity (`origin`) is named
 * as such, with `horizon` to write for another span. A program with no schedule, or no
 * source, gets none.
 *
 * @example for (const d of neverRunsDiagnostics(workspace, plan)) console.log(d.message);
 */
export function neverRunsDiagnostics(workspace: Workspace, plan: Plan, origin?: HorizonOrigin): Diagnostic[] {
  const gated = gateDiagnostics(workspace, plan);
  const sessions = new Map<string, PlannedOccurrence[]>();
  for (const o of plan.occurrences) pushTo(sessions, o.programId, o);
  const others = workspace.programs.flatMap((program) => {
    const source = program.source;
    if (source === undefined || program.schedules.length === 0) return [];
    const own = sessions.get(program.id) ?? [];
    if (own.length === 0) {
      // A flexible schedule whose every allowed day is closed made no session: say so, not "no session in the horizon".
      const library = workspace.libraries.find((l) => l.id === program.library);
      const closed = library === undefined ? undefined : closedWindowDays(program, library, plan.horizon, DATES_NAMED + 1);
      if (closed !== undefined) return [createDiagnostic("LON5104.closedWindows", { program: program.id, why: closedDays(closed.slice(0, DATES_NAMED), closed.length > DATES_NAMED) }, locationOf(source))];
      const key = origin === "agreements" ? "LON5104.noSessionFromAgreements" : "LON5104.noSession";
      return [createDiagnostic(key, { program: program.id, from: plan.horizon.from, to: plan.horizon.to }, locationOf(source))];
    }
    // A session kept, or the TPBIS stage itself (gateDiagnostics tells that one): nothing here.
    if (own.some((o) => o.status !== "cancelled") || (program.gate?.minStage !== undefined && own.some(byStage))) return [];
    const count = own.length === 1 ? messageLabels({ key: "LON5104.oneSession", args: {} }) : messageLabels({ key: "LON5104.allSessions", args: { count: countLabels(own.length) } });
    // The gate's condition (`when`), not its stage: it holds at the library on none of the sessions.
    if (own.some((o) => o.reasons?.some((r) => r.constraint === "stage-gate") === true)) {
      const library = workspace.libraries.find((l) => l.id === program.library);
      const args = { program: program.id, library: library?.name ?? program.library, sessions: count };
      // A condition on the stage at a library that declares none: said, as LON5112 says it of an agreement (a walk: only "does not hold").
      const noStage = library !== undefined && library.stage === undefined && program.gate?.condition !== undefined && factsRead([program.gate.condition]).has("library.stage");
      return [createDiagnostic(noStage ? "LON5104.conditionNoStage" : "LON5104.conditionFails", args, locationOf(source))];
    }
    // Every one on a public holiday (`sekali 2027-08-17`): the holiday may be the very day meant, and `including holidays` holds it.
    const onHolidays = own.every((o) => o.reasons?.[0]?.constraint === "public-holiday");
    return [createDiagnostic(onHolidays ? "LON5104.allOnHolidays" : "LON5104.allCancelled", { program: program.id, sessions: count, why: cancelledDates(own) }, locationOf(source))];
  });
  return [...gated, ...others];
}
