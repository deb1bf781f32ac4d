/**
 * The workspace-wide occurrence bound: before anything is expanded for real, the
 * occurrences every schedule would give in the horizon are counted, and the count stops
 * as soon as it passes the bound. Most schedules are counted by arithmetic
 * (recurrence-estimate.ts); only the rest are expanded, and only when the arithmetic
 * cannot decide. A workspace that would give ten million occurrences is refused without
 * building ten million objects.
 */
import { firstOverlap, type Library, type Schedule, type Workspace, libraryTimeZone } from "@lontar/core";
import { match } from "ts-pattern";
import { intersect, periodsMeeting, type DateSpan } from "../calendar/periods.js";
import type { ExpansionMemo } from "./expansion-memo.js";
import type { ExpansionFinding } from "./findings.js";
import type { RecurrenceResult } from "./recurrence.js";
import { estimateRecurrence, type CountRange } from "./recurrence-estimate.js";
import { overlapsAtEveryStep, recurrenceInput, scheduleOverlap } from "./schedule-kinds.js";
import { checkWholeNumber } from "../allocate/search-bounds.js";

/** The default workspace-wide bound: about twice a province's year (~956,000 occurrences). */
export const DEFAULT_MAX_OCCURRENCES = 2_000_000;

/** The option that sets the bound, named in the refusal so that a user knows what to raise. */
export const MAX_OCCURRENCES_OPTION = "maxOccurrences (planner option) / --max-occurrences (lontar check, lontar plan)";

/**
 * Throws a RangeError unless an occurrence bound a caller gave is a whole number, 0 or
 * more: `NaN` or `Infinity` would turn the bound off, a fraction or a negative number
 * means nothing. Undefined (the default) passes.
 *
 * @example checkOccurrenceBound("maxOccurrences", Number.NaN) // RangeError
 */
export function checkOccurrenceBound(name: string, value: number | undefined): void {
  checkWholeNumber(name, value, 0, Number.MAX_SAFE_INTEGER);
}

/** Where counting passed the bound. */
export interface BoundPassed {
  /** The bound. */
  readonly max: number;
  /** Occurrences counted when it was passed (more than `max`). */
  readonly counted: number;
  /** The program whose schedule passed it. */
  readonly programId: string;
  /** That schedule's index in the program. */
  readonly scheduleIndex: number;
}

/** What {@link countOccurrencesUpTo} needs besides the workspace. */
export interface CountOptions {
  /** The dates to plan, both inclusive. */
  readonly horizon: DateSpan;
  /** The workspace-wide bound. */
  readonly max: number;
  /** The per-schedule bound (as expansion uses it, so that the recurrence sets counted are the ones expanded next). */
  readonly maxPerSchedule: number;
  /** Recurrence sets shared with the expansion that follows. */
  readonly memo: ExpansionMemo;
}

// A set's starts in the horizon, counted once per set and horizon start (the memo hands
// the same result to every program that shares the set).
const inHorizon = new WeakMap<RecurrenceResult, { readonly from: string; readonly durationMinutes: number; readonly count: number }>();

function recurrenceCount(result: RecurrenceResult, from: string, durationMinutes: number): number {
  // A set past the per-schedule bound gives no occurrence (EXPAND_LIMIT), nor does one whose sessions overlap (EXPAND_OVERLAP).
  if (!result.ok || result.limitReached) return 0;
  const known = inHorizon.get(result);
  if (known !== undefined && known.from === from && known.durationMinutes === durationMinutes) return known.count;
  let count = 0;
  // The whole set, at hand here, tells an overlap as expansion will.
  if (firstOverlap(result.starts, durationMinutes) === undefined) for (const start of result.starts) if (start.local.slice(0, 10) >= from) count++;
  inHorizon.set(result, { from, durationMinutes, count });
  return count;
}

/** Days from `from` to `to`, both inclusive. */
function daysIn(span: DateSpan): number {
  return Math.round((Date.parse(`${span.to}T00:00:00Z`) - Date.parse(`${span.from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * How many occurrences one schedule gives in the horizon, closures included (a dropped
 * occurrence is still part of the plan, as cancelled), without expanding anything: one
 * for `once`, the days of a range, a flexible schedule's count in every period it meets,
 * and for a recurrence the range {@link estimateRecurrence} finds, or 0 to the
 * per-schedule bound when only expansion can tell. A schedule expansion refuses gives none
 * and counts 0: a recurrence whose first sessions overlap (`EXPAND_OVERLAP`), so that
 * `FREQ=SECONDLY` for an hour is reported as such, not as a workspace past its bound, and a
 * range of more days than the per-schedule bound (`EXPAND_LIMIT`).
 */
function cheapCount(schedule: Schedule, zone: string, options: CountOptions): CountRange {
  const { horizon, maxPerSchedule } = options;
  const exactly = (n: number): CountRange => ({ lower: n, upper: n });
  return match(schedule)
    .with({ kind: "once" }, (s) => exactly(s.start.slice(0, 10) >= horizon.from && s.start.slice(0, 10) <= horizon.to ? 1 : 0))
    .with({ kind: "range" }, (s) => {
      const span = intersect(s.range, horizon);
      const days = span === undefined ? 0 : daysIn(span);
      // Past the bound a range gives none (EXPAND_LIMIT).
      return exactly(days > maxPerSchedule ? 0 : days);
    })
    .with({ kind: "flexible" }, (s) => {
      const span = s.within === undefined ? horizon : intersect(s.within, horizon);
      return exactly(span === undefined ? 0 : Math.min(s.count * periodsMeeting(span, s.per).length, maxPerSchedule));
    })
    .with({ kind: "rrule" }, (s) =>
      // Only a rule whose form makes every session meet the next is looked at here (its first instances); the rest are counted without expanding.
      overlapsAtEveryStep(s) && scheduleOverlap(s, zone, horizon, maxPerSchedule, (input) => options.memo.recurrence(input), true) !== undefined
        ? exactly(0)
        : (estimateRecurrence(s, zone, horizon, maxPerSchedule) ?? { lower: 0, upper: maxPerSchedule }),
    )
    .exhaustive();
}

/** A schedule to count, with its zone. */
interface Counted {
  readonly programId: string;
  readonly scheduleIndex: number;
  readonly schedule: Schedule;
  readonly zone: string;
  readonly range: CountRange;
}

/**
 * Counts the occurrences the workspace's schedules give in the horizon and stops as soon
 * as the count passes `max`: undefined when it stays within the bound, else where it was
 * passed. First without expanding anything (by arithmetic, see recurrence-estimate.ts):
 * refused as soon as the schedules' lower ends pass the bound, accepted when their upper
 * ends stay within it.
 * Only in between are the recurrences that could not be counted expanded (through the
 * memo, so the expansion that follows reuses them), in order, until the bound is passed.
 * Programs whose library or zone is unknown give none (expansion reports them).
 *
 * @example countOccurrencesUpTo(workspace, { horizon, max: 2_000_000, maxPerSchedule: 100_000, memo: expansionMemo() }) // undefined
 */
export function countOccurrencesUpTo(workspace: Workspace, options: CountOptions): BoundPassed | undefined {
  const libraries = new Map<string, Library>(workspace.libraries.map((library) => [library.id, library]));
  const counted: Counted[] = [];
  let lower = 0;
  let upper = 0;
  for (const program of workspace.programs) {
    const library = libraries.get(program.library);
    const zone = library === undefined ? undefined : libraryTimeZone(library);
    if (zone === undefined) continue;
    for (const [scheduleIndex, schedule] of program.schedules.entries()) {
      const range = cheapCount(schedule, zone, options);
      lower += range.lower;
      upper += range.upper;
      if (lower > options.max) return { max: options.max, counted: lower, programId: program.id, scheduleIndex };
      counted.push({ programId: program.id, scheduleIndex, schedule, zone, range });
    }
  }
  if (upper <= options.max) return undefined;
  let exact = 0;
  for (const { programId, scheduleIndex, schedule, zone, range } of counted) {
    exact += range.lower === range.upper || schedule.kind !== "rrule" ? range.upper : recurrenceCount(options.memo.recurrence(recurrenceInput(schedule, zone, options.horizon, options.maxPerSchedule)), options.horizon.from, schedule.durationMinutes);
    if (exact > options.max) return { max: options.max, counted: exact, programId, scheduleIndex };
  }
  return undefined;
}

/** The hard finding that refuses a workspace past the bound: it names the bound and the option that sets it. */
export function boundFinding(passed: BoundPassed, horizon: DateSpan): ExpansionFinding {
  const max = passed.max.toLocaleString("en");
  return {
    code: "EXPAND_WORKSPACE_LIMIT",
    level: "hard",
    programId: passed.programId,
    scheduleIndex: passed.scheduleIndex,
    message:
      `the workspace gives more than ${max} occurrences in ${horizon.from}..${horizon.to} (the bound was passed at this schedule); nothing was planned. ` +
      `Narrow the horizon or the schedules, or raise the bound with ${MAX_OCCURRENCES_OPTION}`,
  };
}
