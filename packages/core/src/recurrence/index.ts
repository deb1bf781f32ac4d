/**
 * Recurrence: RFC 5545 RRULE parsing and recurrence-set expansion in IANA zones, shared
 * by the DSL checker and the planner.
 */
export { dayNumber, civilDate, weekdayOf, daysInMonth, isLeapYear, type CivilDate } from "./calendar.js";
export { expandRecurrence } from "./expand-recurrence.js";
export { floatingAt, floatingDateTime, formatOffset, parseFloating, writtenLocal } from "./local-format.js";
export { parseRecurrenceRule } from "./parse-rule.js";
export type { RecurrenceInput, RecurrenceResult, RecurrenceStart } from "./recurrence-set.js";
export { FREQUENCIES, WEEKDAY_CODES, type Frequency, type RecurrenceRule, type RuleParse, type RuleProblem, type RuleUntil, type RuleWeekday } from "./rule.js";
export { walkRule } from "./walk-rule.js";
export { evenStepSeconds, firstOverlap, firstSessionOverlap, leastSpacingSeconds, overlapVerdict, type OverlapVerdict, type SessionOverlap } from "./session-overlap.js";
export type { RuleVisitor, WalkEnd } from "./walk-outcome.js";
export { zoneClock, zoneClocks, type ResolvedLocalTime, type ZoneClock } from "./zone-clock.js";
