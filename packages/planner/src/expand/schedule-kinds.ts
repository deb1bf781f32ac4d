import { firstSessionOverlap, overlapVerdict, parseRecurrenceRule, writtenLocal, type OnceSchedule, type RangeSchedule, type RecurringSchedule, type SessionOverlap } from "@lontar/core";
import { floatingAt, parseFloating } from "./local-format.js";
import { datesOf, intersect, type DateSpan } from "../calendar/periods.js";
import { expandRecurrence, type RecurrenceInput, type RecurrenceResult } from "./recurrence.js";
import type { ScheduleContext, ScheduleSink } from "./schedule-context.js";
import type { ZoneClock } from "./zone-clock.js";
import { rangeLimitMessage, recurrenceLimitMessage } from "./schedule-limit.js";

const MINUTE_MS = 60_000;

/** The recurrence set of an `rrule` schedule up to the horizon's end: the same input (and memo key) wherever it is expanded or counted. */
export function recurrenceInput(schedule: RecurringSchedule, zone: string, horizon: DateSpan, limit: number): Omit<RecurrenceInput, "clock"> {
  return { dtstart: schedule.dtstart, rrule: schedule.rrule, zone, exdates: schedule.exdates, rdates: schedule.rdates, until: horizon.to, limit };
}

/**
 * Two sessions of an `rrule` schedule that overlap on the wall clock, within the horizon
 * and the per-schedule bound (see `firstSessionOverlap`): cheap for most rules, which are
 * ruled out by their form or show it in their first instances. `probeOnly` looks at the
 * first instances alone (counting the workspace must not expand whole sets for it).
 */
export function scheduleOverlap(schedule: RecurringSchedule, zone: string, horizon: DateSpan, limit: number, expand: (input: Omit<RecurrenceInput, "clock">) => RecurrenceResult, probeOnly = false): SessionOverlap | undefined {
  const input = recurrenceInput(schedule, zone, horizon, probeOnly ? Math.min(limit, OVERLAP_PROBE) : limit);
  // The expansion is the caller's (a memo keeps no clock in its key).
  return firstSessionOverlap(input, schedule.durationMinutes, (i) => expand(withoutClock(i)));
}

function withoutClock(input: RecurrenceInput): Omit<RecurrenceInput, "clock"> {
  const { dtstart, rrule, zone, limit, exdates, rdates, until } = input;
  return { dtstart, rrule, zone, limit, ...(exdates === undefined ? {} : { exdates }), ...(rdates === undefined ? {} : { rdates }), ...(until === undefined ? {} : { until }) };
}

/** True when the form of the schedule's rule makes each session meet the next (`FREQ=SECONDLY` for an hour): a few instances then show the overlap. */
export function overlapsAtEveryStep(schedule: RecurringSchedule): boolean {
  const parsed = parseRecurrenceRule(schedule.rrule);
  return parsed.ok && overlapVerdict(parsed.rule, schedule.durationMinutes) === "always";
}

/** The instances counting looks at for an overlap (see {@link scheduleOverlap}). */
const OVERLAP_PROBE = 64;

/** The message of an `EXPAND_OVERLAP` finding. */
export function overlapMessage(schedule: RecurringSchedule, overlap: SessionOverlap): string {
  return (
    `sessions of ${schedule.durationMinutes} minutes overlap: the one at ${writtenLocal(overlap.earlier)} has not ended when the next starts at ${writtenLocal(overlap.later)}; ` +
    "a schedule's sessions may not overlap, so none of this schedule's is planned. Shorten the sessions, space the rule out, or give parallel sessions a schedule each"
  );
}

/**
 * Expands an `rrule` schedule (RFC 5545 set, see {@link expandRecurrence}) into the sink; a
 * schedule whose sessions overlap gives none (`EXPAND_OVERLAP`), nor does one whose set passes
 * the per-schedule bound up to the horizon's end (`EXPAND_LIMIT`).
 */
export function expandRecurring(schedule: RecurringSchedule, context: ScheduleContext, clock: ZoneClock, sink: ScheduleSink): void {
  const input = recurrenceInput(schedule, context.zone, context.horizon, context.maxOccurrences);
  const expand = (i: Omit<RecurrenceInput, "clock">): RecurrenceResult => (context.memo === undefined ? expandRecurrence({ ...i, clock }) : context.memo.recurrence(i));
  // Before the whole set: an overlapping rule is told by its first instances, and `FREQ=SECONDLY` is never expanded.
  const overlap = scheduleOverlap(schedule, context.zone, context.horizon, context.maxOccurrences, expand);
  if (overlap !== undefined) return sink.report("EXPAND_OVERLAP", "hard", overlapMessage(schedule, overlap));
  const result = expand(input);
  if (!result.ok) return sink.report("EXPAND_INVALID_RRULE", "hard", `the rule "${schedule.rrule}" cannot be read: ${result.error}`);
  if (result.neverOccurs !== undefined) {
    sink.report("EXPAND_NEVER", "info", `the rule "${schedule.rrule}" never occurs after DTSTART (${result.neverOccurs}); only DTSTART and RDATEs are kept`);
  }
  // Past the bound the schedule is a mistake (FREQ=MINUTELY for a year): refused whole, none of its sessions planned.
  if (result.limitReached) return sink.report("EXPAND_LIMIT", "hard", recurrenceLimitMessage(schedule.rrule, result.starts, context.horizon, context.maxOccurrences));
  const duration = schedule.durationMinutes * MINUTE_MS;
  for (const start of result.starts) {
    sink.place({ startMs: start.startMs, endMs: start.startMs + duration }, { skipClosures: schedule.skipClosures, exceptions: schedule.exceptRanges });
  }
}

/** Expands a `once` schedule into the sink. */
export function expandOnce(schedule: OnceSchedule, clock: ZoneClock, sink: ScheduleSink): void {
  const floating = parseFloating(schedule.start);
  if (floating === undefined) return;
  const startMs = clock.resolve(floating).ms;
  sink.place({ startMs, endMs: startMs + schedule.durationMinutes * MINUTE_MS }, { skipClosures: schedule.skipClosures });
}

/**
 * Expands a `range` schedule: ONE occurrence per day from `dailyStart` to `dailyEnd`,
 * all sharing the id prefix `<programId>@`; none when its days in the horizon pass the
 * per-schedule bound (`EXPAND_LIMIT`). Per-day occurrences serve both consumers:
 * a calendar shows the real hours of each day (not one block through the nights), and
 * the allocator books a room or a trainer day by day, and drops only a closed day.
 */
export function expandRange(schedule: RangeSchedule, context: ScheduleContext, clock: ZoneClock, sink: ScheduleSink): void {
  if (schedule.dailyEnd <= schedule.dailyStart) {
    return sink.report("EXPAND_INVALID_TIMES", "hard", `the daily end ${schedule.dailyEnd} is not after the daily start ${schedule.dailyStart}`);
  }
  const span = intersect(schedule.range, context.horizon);
  if (span === undefined) return;
  const dates = datesOf(span);
  if (dates.length > context.maxOccurrences) return sink.report("EXPAND_LIMIT", "hard", rangeLimitMessage(dates.length, context.maxOccurrences));
  for (const date of dates) {
    const start = floatingAt(date, schedule.dailyStart);
    const end = floatingAt(date, schedule.dailyEnd);
    if (start === undefined || end === undefined) continue;
    sink.place({ startMs: clock.resolve(start).ms, endMs: clock.resolve(end).ms }, { skipClosures: schedule.skipClosures });
  }
}
