/**
 * The stops of a rotating route taken in turn by a program's sessions, in time order. A stop
 * due when it does not receive the visit (a day it is closed, or outside its opening hours)
 * gives way to the next stop in turn that does, and keeps its place for the next session: a
 * mobile library's week shifted by a holiday sent it to a village on the day that village is
 * closed, Thursday after Thursday (a walk of stop 56), where the next village was open. Only
 * when the stop due receives one of the route's next round of visits: else (hours the schedule
 * never meets, a closure longer than a round) it takes its turn as before (its closure cancels
 * the session, or LON5111 says it is outside the hours), so that no stop is left out.
 */
import type { Library, Program } from "@lontar/core";
import type { ExpansionMemo } from "./expansion-memo.js";
import type { Occurrence } from "./occurrence.js";
import { visitTest, type VisitTest } from "./visit-test.js";

/**
 * The route's stop for each of `occurrences` (a rotating program's, in time order), by index:
 * the stop due, or the first after it in turn that receives the visit at its slot when the
 * stop due does not and receives a visit of the next round. A stop that is no declared library
 * receives every visit; a schedule that keeps no closures (`including holidays`) is judged by
 * the stops' opening hours alone. A program with a flexible session keeps `sites[k mod n]`
 * (its sessions may move; expansion and the allocator keep those to the open slots).
 *
 * @example routeTurns(program, occurrences, (id) => libraries.get(id), memo)
 */
export function routeTurns(program: Program, occurrences: readonly Occurrence[], siteLibrary: (id: string) => Library | undefined, memo: ExpansionMemo): string[] {
  const sites = program.sites;
  if (occurrences.some((o) => o.flexible !== undefined) || sites.every((s) => siteLibrary(s) === undefined)) return occurrences.map((_, k) => sites[k % sites.length] ?? "");
  const tests = new Map<string, VisitTest | undefined>();
  // Whether a stop receives a visit: not a day it is closed (when the schedule keeps closures), and inside its hours.
  const receives = (site: string, o: Occurrence): boolean => {
    if (!tests.has(site)) {
      const library = siteLibrary(site);
      tests.set(site, library === undefined ? undefined : visitTest(library, memo));
    }
    const visit = tests.get(site);
    if (visit === undefined) return true;
    const keepsClosures = program.schedules[o.scheduleIndex]?.skipClosures !== false;
    return (!keepsClosures || visit.closedOn(o, o.zone) === undefined) && visit.withinHours(o, o.zone);
  };
  // Whether `site` receives one of the visits after the k-th, up to a round of the route.
  const receivesSoon = (site: string, k: number): boolean => {
    for (let next = k + 1; next <= k + sites.length && next < occurrences.length; next++) if (receives(site, occurrences[next] as Occurrence)) return true;
    return false;
  };
  // The stops in the order they are due: the one taken goes last. The stop due gives way only when another stop receives this
  // visit and it receives one of the route's next round of visits (a week shifted by a holiday meets its open day again): a
  // stop whose hours the schedule never meets, or closed longer (a renovation), takes its turn as before, and the turns stay even.
  const queue = [...sites];
  return occurrences.map((o, k) => {
    let at = 0;
    const due = queue[0] ?? "";
    if (!receives(due, o)) {
      const other = queue.findIndex((site) => receives(site, o));
      if (other > 0 && receivesSoon(due, k)) at = other;
    }
    const [site = ""] = queue.splice(at, 1);
    queue.push(site);
    return site;
  });
}
