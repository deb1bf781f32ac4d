import { firstSessionOverlap, writtenLocal, type Labels } from "@lontar/core";
import type { EverySchedule, RRuleScheduleNode } from "../../syntax/ast.js";
import type { FileReporter } from "../report.js";
import { compileSchedule, type ScheduleContext } from "../schedule/compile-schedule.js";
import { CHECK_ZONE } from "../schedule/expand.js";
import { DEFAULT_DURATION_MINUTES } from "../schedule/every-rule.js";

/** `90 minutes` / `1 h 30 min`, `90 menit` / `1 jam 30 menit`. */
function durationLabels(minutes: number): Labels {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return { en: `${minutes} minute${minutes === 1 ? "" : "s"}`, id: `${minutes} menit` };
  if (rest === 0) return { en: `${hours} hour${hours === 1 ? "" : "s"}`, id: `${hours} jam` };
  return { en: `${hours} h ${rest} min`, id: `${hours} jam ${rest} menit` };
}

/**
 * Past this length (minutes) sessions a day apart may overlap: a day is 24 hours on the wall
 * clock, less an hour where a zone's clock goes forward and the start is moved out of the gap.
 */
const LONGEST_DAILY_SESSION = 22 * 60;

/**
 * An every-schedule starts at most once a day, all at one time of day (its `also` dates,
 * without a time of their own, at that time too): sessions of a day or less cannot meet, and
 * need no expansion to say so (the generated province workspace has thousands of them).
 */
function everyCannotOverlap(node: EverySchedule | RRuleScheduleNode, durationMinutes: number): boolean {
  return node.kind === "EverySchedule" && durationMinutes <= LONGEST_DAILY_SESSION && node.also.every((d) => d.text.length <= 10);
}

/**
 * LON4016 at the schedule when one of its sessions starts, on the wall clock, before the
 * previous one ends (`rrule "FREQ=SECONDLY"` for an hour, `every day … for 30h`); true
 * then. The schedule is compiled as the planner will receive it and its set is judged by
 * the engine the planner uses (`firstSessionOverlap`, as `EXPAND_OVERLAP`), in `zone`
 * (the library's; {@link CHECK_ZONE} when none is known) up to `last`: cheap for almost
 * every rule, which its form or its first instances decide.
 */
export function reportOverlap(node: EverySchedule | RRuleScheduleNode, context: ScheduleContext, last: string, reporter: FileReporter, zone: string | undefined, limit: number): boolean {
  if (everyCannotOverlap(node, node.duration?.minutes ?? DEFAULT_DURATION_MINUTES)) return false;
  const schedule = compileSchedule(node, context);
  if (schedule?.kind !== "rrule") return false;
  const input = { dtstart: schedule.dtstart, rrule: schedule.rrule, zone: zone ?? CHECK_ZONE, exdates: schedule.exdates, rdates: schedule.rdates, until: last, limit };
  const overlap = firstSessionOverlap(input, schedule.durationMinutes);
  if (overlap === undefined) return false;
  reporter.report("LON4016.overlap", { earlier: writtenLocal(overlap.earlier), later: writtenLocal(overlap.later), duration: durationLabels(schedule.durationMinutes) }, node.range);
  return true;
}
