import type { Schedule, WeeklyWindow } from "@lontar/core";
import { DateTime } from "luxon";
import type { DateLiteral, DateRangeNode, ScheduleNode, WeeklyWindowNode } from "../../syntax/ast.js";
import { DEFAULT_DURATION_MINUTES, DEFAULT_START_TIME, everyToRRule, expandDaySet } from "./every-rule.js";
import { expandRule } from "./expand.js";
import { rawRule, rawStart } from "./rrule-tails.js";
import { exact } from "../compiler/exact-array.js";

/** How far ahead the first instance of an open-ended rule is looked for. */
export const FIRST_INSTANCE_SEARCH_YEARS = 30;

/** A horizon's first and last dates (`YYYY-MM-DD`, both inclusive). */
export interface HorizonDates {
  /** First date. */
  readonly from: string;
  /** Last date, inclusive. */
  readonly to: string;
}

/** What a schedule compiles in: the workspace horizon supplies a start for rules without `from`. */
export interface ScheduleContext {
  /** The workspace horizon: the one declared, else the analysis's default (a command's `--from`/`--to`), if any. */
  readonly horizon?: HorizonDates;
  /** A horizon is written but its dates are no span (reported where it stands): what would start at it is not reported again. */
  readonly horizonUnread?: true;
}

const dateOf = (literal: DateLiteral): string => literal.text.slice(0, 10);

/** `2019-05-02` at `09:00` → `2019-05-02T09:00`; a literal with its own time keeps it. */
function dateTime(literal: DateLiteral, time: string): string {
  return literal.text.length > 10 ? literal.text.slice(0, 16) : `${dateOf(literal)}T${time}`;
}

/** Weekly windows in core form. A window's end `24:00` is kept (core allows it). */
export function compileWindows(windows: readonly WeeklyWindowNode[]): WeeklyWindow[] {
  return windows.map((w) => ({ days: expandDaySet(w.days), time: { start: w.time.start.text, end: w.time.end.text } }));
}

/**
 * `except` items in core form: a date cancels that whole day (an `exceptRanges` entry of
 * one day, so every instance that day goes, whatever its time), a range its days, and a
 * date-time the one instance starting then (an EXDATE).
 */
function rruleSchedule(dtstart: string, rrule: string, durationMinutes: number, except: readonly (DateLiteral | DateRangeNode)[], rdates: string[], skipClosures: boolean): Schedule {
  const exdates: string[] = [];
  const exceptRanges: { from: string; to: string }[] = [];
  for (const item of except) {
    if (item.kind === "DateRange") exceptRanges.push({ from: dateOf(item.from), to: dateOf(item.to) });
    else if (item.text.length > 10) exdates.push(item.text.slice(0, 16));
    else exceptRanges.push({ from: dateOf(item), to: dateOf(item) });
  }
  return { kind: "rrule", dtstart, rrule, durationMinutes, exdates: exact(exdates), exceptRanges: exact(exceptRanges), rdates, skipClosures };
}

/** The first day an `every` schedule may start: its `from`, else the horizon's start. */
export function everyStartDate(node: Extract<ScheduleNode, { kind: "EverySchedule" }>, context: ScheduleContext): string | undefined {
  return node.from !== undefined ? dateOf(node.from) : context.horizon?.from;
}

/**
 * The first instance of an `every` schedule: the first day on or after the start date, at
 * the start time, that its rule would hold with an interval of 1. RFC 5545 makes DTSTART
 * the first instance (and counts it in COUNT), so DTSTART must match the rule: `every week
 * on tue from 2019-02-11` (a Monday) starts on Tuesday 12 February. An interval counts from
 * that first instance, as people count it: `every 2 weeks on tue from 2027-01-06` (a
 * Wednesday) is 12 January, then every other Tuesday. (Expanded from the start date itself,
 * RFC 5545 counts the interval from the start's week, whose Tuesday is already past: 19
 * January, a wait of 13 days; a walk found the first fortnight skipped so.) Undefined when
 * the rule has no instance at all.
 */
export function firstInstance(rule: string, startDate: string, time: string, until: string | undefined): string | undefined {
  const last = until ?? DateTime.fromISO(startDate, { zone: "utc" }).plus({ years: FIRST_INSTANCE_SEARCH_YEARS }).toISODate() ?? startDate;
  return expandRule(rule.replace(/;INTERVAL=\d+/, ""), `${startDate}T${time}`, last, 1)?.starts[0];
}

// The checker and the compiler both need an every-schedule's first instance; the AST
// node is the key, so the answer is computed once per node and dies with the tree.
const firstByNode = new WeakMap<object, { readonly first: string | undefined; readonly key: string }>();

// Workspaces repeat the same schedule in many programs (every library's weekly story
// hour); firstInstance is a pure function of its arguments, so one analysis (one context
// object) expands each distinct schedule once. At most one entry per every-node.
const firstByArguments = new WeakMap<ScheduleContext, Map<string, string | undefined>>();

/** {@link firstInstance} of an `every` node in its context, computed once per node and context. */
export function firstInstanceOf(node: Extract<ScheduleNode, { kind: "EverySchedule" }>, context: ScheduleContext): string | undefined {
  const start = everyStartDate(node, context);
  if (start === undefined) return undefined;
  const key = `${start}`;
  const cached = firstByNode.get(node);
  if (cached !== undefined && cached.key === key) return cached.first;
  const rule = everyToRRule(node);
  const time = node.at?.text ?? DEFAULT_START_TIME;
  const until = node.until === undefined ? undefined : dateOf(node.until);
  let same = firstByArguments.get(context);
  if (same === undefined) firstByArguments.set(context, (same = new Map()));
  const argumentsKey = `${rule}|${start}|${time}|${until ?? ""}`;
  const first = same.has(argumentsKey) ? same.get(argumentsKey) : firstInstance(rule, start, time, until);
  same.set(argumentsKey, first);
  firstByNode.set(node, { first, key });
  return first;
}

/**
 * Compiles a schedule form to core's normalised {@link Schedule}. `every …` becomes an
 * RRULE (see {@link everyToRRule}) whose DTSTART is its first instance; `once` a single
 * start; a date range a multi-day `range`; `rrule "…"` keeps the raw rule with `starting`
 * as DTSTART and its tails mapped onto it (see {@link rawRule}); flexible counts stay
 * flexible. `except DATE` cancels that whole day, `except DATETIME` one instance.
 * Durations default to one hour, start times to 08:00. Undefined when the schedule cannot
 * be placed (no start, or never occurs): the checker reports why.
 */
export function compileSchedule(node: ScheduleNode, context: ScheduleContext): Schedule | undefined {
  const skipClosures = !node.includeClosures;
  switch (node.kind) {
    case "EverySchedule": {
      const start = everyStartDate(node, context);
      if (start === undefined) return undefined;
      const time = node.at?.text ?? DEFAULT_START_TIME;
      const rrule = everyToRRule(node);
      const dtstart = firstInstanceOf(node, context);
      if (dtstart === undefined) return undefined;
      return rruleSchedule(dtstart, rrule, node.duration?.minutes ?? DEFAULT_DURATION_MINUTES, node.except, node.also.map((d) => dateTime(d, time)), skipClosures);
    }
    case "OnceSchedule":
      return { kind: "once", start: dateTime(node.date, node.at?.text ?? DEFAULT_START_TIME), durationMinutes: node.duration?.minutes ?? DEFAULT_DURATION_MINUTES, skipClosures };
    case "RangeSchedule":
      return {
        kind: "range",
        range: { from: dateOf(node.dates.from), to: dateOf(node.dates.to) },
        dailyStart: node.daily?.start.text ?? "08:00",
        dailyEnd: node.daily?.end.text ?? "16:00",
        skipClosures,
      };
    case "RRuleSchedule": {
      const dtstart = rawStart(node);
      return rruleSchedule(dtstart, rawRule(node), node.duration?.minutes ?? DEFAULT_DURATION_MINUTES, node.except, node.also.map((d) => dateTime(d, dtstart.slice(11, 16))), skipClosures);
    }
    case "FlexibleSchedule": {
      const from = node.from === undefined ? context.horizon?.from : dateOf(node.from);
      const to = node.until === undefined ? context.horizon?.to : dateOf(node.until);
      const count = node.count.value;
      const windows = compileWindows(node.windows);
      const durationMinutes = node.duration?.minutes ?? DEFAULT_DURATION_MINUTES;
      // Only a declared bound narrows the schedule; with neither, the planner uses its horizon.
      return (node.from !== undefined || node.until !== undefined) && from !== undefined && to !== undefined
        ? { kind: "flexible", count, per: node.per, windows, durationMinutes, within: { from, to }, skipClosures }
        : { kind: "flexible", count, per: node.per, windows, durationMinutes, skipClosures };
    }
  }
}
