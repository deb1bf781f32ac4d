import { countLabels, createDiagnostic, periodLabels, type Diagnostic, type Workspace } from "@lontar/core";
import type { Justification, Plan } from "../plan/plan.js";
import { locationOf } from "./location.js";
import { sessionCount } from "./program-sessions.js";

/**
 * LON5108 at each program with a flexible schedule (`2 times per week on weekdays between
 * 08:00-12:00`) whose windows, in some period, hold fewer free times than its sessions (the
 * plan's `EXPAND_FLEXIBLE_SHORT` violations: holidays, cuti bersama and closures fill a week,
 * or the windows are narrow): one warning per schedule, with how many periods and the first,
 * so that `lontar check` says what the plan's medium score counts. A program with no source
 * gets none.
 *
 * @example for (const d of flexibleShortDiagnostics(workspace, plan)) console.log(d.message);
 */
export function flexibleShortDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  const short = new Map<string, Justification[]>();
  for (const v of plan.violations) {
    if (v.constraint !== "EXPAND_FLEXIBLE_SHORT" || v.programId === undefined || v.scheduleIndex === undefined || v.period === undefined || v.slots === undefined) continue;
    const key = `${v.programId}\u0000${v.scheduleIndex}`;
    const list = short.get(key);
    if (list === undefined) short.set(key, [v]);
    else list.push(v);
  }
  if (short.size === 0) return [];
  return workspace.programs.flatMap((program) =>
    program.schedules.flatMap((schedule, index) => {
      const periods = short.get(`${program.id}\u0000${index}`);
      // The first period whole inside the horizon is named, when there is one: a week the horizon cuts to its weekend
      // (2027-01-01..2027-01-03 for sessions on Tuesdays) is short for no reason the planner can mend (a walk of stop 59).
      const first = periods?.find((p) => p.period !== undefined && p.period.from >= plan.horizon.from && p.period.to <= plan.horizon.to) ?? periods?.[0];
      const source = program.source;
      if (periods === undefined || first === undefined || source === undefined || schedule.kind !== "flexible") return [];
      return [shortDiagnostic(program.id, schedule.count, schedule.per, first, periods.length, locationOf(source), plan.horizon)];
    }),
  );
}

/**
 * The warning of one schedule: `periods` short periods, the first of them `first`, named within
 * the horizon (a week cut by a plan of 2027 is 2027-01-01..2027-01-03, not from 2026-12-28: a walk).
 */
function shortDiagnostic(program: string, count: number, per: keyof typeof periodLabels, first: Justification, periods: number, location: Diagnostic["location"], horizon: { readonly from: string; readonly to: string }): Diagnostic {
  const sessions = sessionCount(count);
  const [from, to] = [first.period?.from ?? "", first.period?.to ?? ""];
  const facts = { program, sessions, per: periodLabels[per], from: from < horizon.from ? horizon.from : from, to: to > horizon.to ? horizon.to : to, slots: first.slots ?? 0 };
  if (periods === 1) return createDiagnostic("LON5108.shortOne", facts, location);
  return createDiagnostic("LON5108.short", { ...facts, periods: countLabels(periods) }, location);
}
