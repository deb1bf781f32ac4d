import { countLabels, createDiagnostic, type Diagnostic, type Workspace } from "@lontar/core";
import type { Plan } from "../plan/plan.js";
import { cancelledDates } from "./cancelled-dates.js";
import { locationOf } from "./location.js";
import { sessionCount, sessionsOf } from "./program-sessions.js";

/** At most this many stops are named in one warning; the rest are counted. */
const STOPS_NAMED = 5;

/**
 * LON5119 at each program on a rotating route (`route rotating a, b, c`) whose plan holds no
 * session at some of its stops: each session visits the next stop, so a schedule of fewer
 * sessions than stops, or one with sessions a holiday cancels, leaves its last stops unvisited,
 * and nothing said so (a walk of stop 59: a route every three months over five village
 * libraries visited three). The stops are named, with the cancelled sessions' dates and why.
 * None for a program with no session held (LON5104 says that), nor without a source.
 *
 * @example for (const d of routeStopsDiagnostics(workspace, plan)) console.log(d.message);
 */
export function routeStopsDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  const routes = new Map(workspace.programs.filter((p) => p.siteMode === "rotating" && new Set(p.sites).size > 1).map((p) => [p.id, p]));
  const sessions = sessionsOf(plan, routes);
  return [...routes.values()].flatMap((program) => {
    const stops = [...new Set(program.sites)];
    if (program.source === undefined) return [];
    const own = sessions.get(program.id) ?? [];
    // A session not placed (LON5103 says why) still has its stop: what the schedule leaves out is what is counted here (a review of stop 59).
    const visited = new Set(own.filter((o) => o.status !== "cancelled").map((o) => o.site));
    if (visited.size === 0) return [];
    const missing = stops.filter((stop) => !visited.has(stop));
    if (missing.length === 0) return [];
    // A cancelled session takes no turn (the next one visits the stop): what it costs is the route's last stops.
    const lost = own.filter((o) => o.status === "cancelled");
    const names = missing.slice(0, STOPS_NAMED).map((s) => `\`${s}\``).join(", ") + (missing.length > STOPS_NAMED ? ", …" : "");
    // The route's stops as written, a stop written twice twice (a review of stop 59: "1 of its 3 stops … 3 sessions" for a route of four).
    const args = { program: program.id, missing: countLabels(missing.length), count: countLabels(program.sites.length), names, sessions: sessionCount(own.length) };
    return [lost.length > 0 ? createDiagnostic("LON5119.stopsCancelled", { ...args, cancelled: countLabels(lost.length), why: cancelledDates(lost) }, locationOf(program.source)) : createDiagnostic("LON5119.stops", args, locationOf(program.source))];
  });
}
