import { effectiveRule, startFields } from "./effective-rule.js";
import type { RecurrenceRule } from "./rule.js";
import { walkClockPeriods } from "./walk-clock-periods.js";
import type { RuleVisitor, WalkEnd } from "./walk-outcome.js";
import { walkPeriods } from "./walk-periods.js";

/**
 * Visits the candidates of a rule in floating (wall-clock) time, ascending, from
 * DTSTART (inclusive, if it matches) to `stopFloatingMs` (inclusive): the rule
 * arithmetic of RFC 5545 §3.3.10 with no zone, COUNT or UNTIL applied (the caller counts,
 * and skips times a DST gap removes). Dates that do not exist are never produced.
 * Always terminates: see `walkPeriods` and `walkClockPeriods` (walk-periods.ts, walk-clock-periods.ts) for the bounds.
 *
 * @example walkRule(rule, Date.UTC(2019, 0, 7, 9), Date.UTC(2019, 0, 9, 23), (ms) => { seen.push(ms); return true; }) // "bound"
 */
export function walkRule(rule: RecurrenceRule, dtstartFloatingMs: number, stopFloatingMs: number, visit: RuleVisitor): WalkEnd {
  const start = startFields(Math.floor(dtstartFloatingMs / 1000));
  const effective = effectiveRule(rule, start);
  const bounds = { startSeconds: start.seconds, stopSeconds: Math.floor(stopFloatingMs / 1000) };
  const walk = rule.freq === "HOURLY" || rule.freq === "MINUTELY" || rule.freq === "SECONDLY" ? walkClockPeriods : walkPeriods;
  return walk(effective, start, bounds, visit);
}
