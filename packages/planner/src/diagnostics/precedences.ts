import { countLabels, createDiagnostic, messageLabels, type Diagnostic, type Labels, type Workspace } from "@lontar/core";
import { instantMs } from "../export/instant.js";
import type { Plan } from "../plan/plan.js";
import { precedenceBreaches, type SessionTimes } from "../plan/precedence-breaches.js";
import { precedenceDistance, type PrecedenceDistance } from "../plan/precedence-distance.js";
import { locationOf } from "./location.js";

/** A number of days in both languages: "1 day", "15 days" / "15 hari". */
const dayCount = (n: number): Labels => messageLabels(n === 1 ? { key: "LON5106.oneDay", args: {} } : { key: "LON5106.days", args: { count: countLabels(n) } });

/** How far apart the two sessions are, in both languages: "15 days later", "the same day"… */
function distanceLabels(distance: PrecedenceDistance): Labels {
  switch (distance.kind) {
    case "earlier":
      return messageLabels({ key: "LON5106.earlier", args: { days: dayCount(distance.days) } });
    case "sameDay":
      return messageLabels({ key: "LON5106.sameDay", args: {} });
    case "later":
      return messageLabels({ key: "LON5106.later", args: { days: dayCount(distance.days) } });
    case "lessThan":
      return messageLabels({ key: "LON5106.lessThan", args: { days: dayCount(distance.days) } });
    case "beforeEnd":
      return messageLabels({ key: "LON5106.beforeItEnds", args: {} });
  }
}

/**
 * LON5106 (an error: the plan cannot be carried out as written) for each precedence the
 * plan's scheduled sessions break, at the `before`/`after` property that declares it (at
 * its program when the property has no source), naming both programs, the gap, the date
 * the earlier program's last session ends and the date the later one's first starts
 * (each the local date of its library, as the plan writes it) and how far apart they are.
 * A program with no scheduled session breaks no order; a precedence with no source, in a
 * program with none, gets none.
 *
 * @example for (const d of precedenceDiagnostics(workspace, plan)) console.log(d.message);
 */
export function precedenceDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  const times = (): Map<string, SessionTimes> => new Map(plan.occurrences.map((o) => [o.id, { start: instantMs(o.start), end: instantMs(o.end) }]));
  return precedenceBreaches(workspace.programs, plan.occurrences, times).flatMap((breach) => {
    const source = breach.precedence.source ?? breach.program.source;
    if (source === undefined) return [];
    // Start and end are local date-times with the library's offset: their dates are the library's, not the host's.
    const end = breach.last.end.slice(0, 10);
    const start = breach.first.start.slice(0, 10);
    const gapDays = breach.precedence.gapDays;
    const common = { earlier: breach.earlier, later: breach.later, end, start, distance: distanceLabels(precedenceDistance(end, start, gapDays)) };
    const location = locationOf(source);
    if (gapDays === 0) return [createDiagnostic("LON5106.brokenNoGap", common, location)];
    return [createDiagnostic("LON5106.broken", { ...common, gap: dayCount(gapDays) }, location)];
  });
}
