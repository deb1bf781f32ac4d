import { DateTime } from "luxon";
import type { DateLiteral, DateRangeNode, EverySchedule, FlexibleScheduleNode, RRuleScheduleNode, ScheduleNode, TimeLiteral } from "../../syntax/ast.js";
import { fieldBounds, fieldSchema, FlexibleSchedule, isIsoDate, isLocalTime, periodLabels } from "@lontar/core";
import { countText, monthName, ordinalWeekdayPhrase } from "../message-words.js";
import type { FileReporter } from "../report.js";
import { DEFAULT_DURATION_MINUTES, daySetSize, everyToRRule } from "../schedule/every-rule.js";
import { everyStartDate, FIRST_INSTANCE_SEARCH_YEARS, firstInstanceOf, type ScheduleContext } from "../schedule/compile-schedule.js";
import { iterateRule, parseRRule } from "../schedule/expand.js";
import { hasRulePart, rawRule, rawStart, writtenRule } from "../schedule/rrule-tails.js";
import { onceTailsOk, rawTailsOk, secondsOk } from "./schedule-tails.js";
import { noteNoTime, noteShortMonths, noteSmallHours, noteTimeAfterAlso, noteUnstatedDay } from "./schedule-notes.js";
import { reportOverlap } from "./schedule-overlap.js";
import { isValidDateText } from "./literals.js";

/** A schedule may not produce more occurrences than this (per schedule, within its window). */
export const MAX_OCCURRENCES_PER_SCHEDULE = 100_000;

const PERIOD_WEEKS = { day: 1 / 7, week: 1, month: 4, quarter: 13, semester: 26, year: 52 } as const;
/** The most sessions per period core's model takes (more is LON3011 at the count, value-bounds.ts). */
const MOST_FLEXIBLE_SESSIONS = ((): number => {
  const schema = fieldSchema(FlexibleSchedule, ["count"]);
  const bounds = schema === undefined ? undefined : fieldBounds(schema);
  return bounds?.type === "number" ? bounds.max : Infinity;
})();
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const dateOf = (d: DateLiteral): string => d.text.slice(0, 10);
/** Midnight UTC of a `YYYY-MM-DD` date in milliseconds (any year, unlike Date.UTC), NaN when it is not a calendar date. */
function utcMidnight(date: string): number {
  const known = midnights.get(date);
  if (known !== undefined) return known;
  // Workspaces repeat the same few hundred dates (and every schedule reads the horizon's).
  if (midnights.size > 50_000) midnights.clear();
  let time = Number.NaN;
  if (isIsoDate(date)) {
    const at = new Date(0);
    at.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
    time = at.getTime();
  }
  midnights.set(date, time);
  return time;
}

const midnights = new Map<string, number>();

/** Days from one `YYYY-MM-DD` date to another (what luxon's diff in days gives), NaN when either is not a calendar date. */
function daysBetween(from: string, to: string): number {
  return (utcMidnight(to) - utcMidnight(from)) / 86_400_000;
}

/** A horizon or a schedule's window may span at most this many years (LON4012): a longer one is a mistyped year. */
export const MAX_WINDOW_YEARS = 100;
const DAYS_PER_YEAR = 365.2425;

/** The whole years from one date to another, when they are more than {@link MAX_WINDOW_YEARS} apart; undefined otherwise. */
export function yearsTooMany(from: string, to: string): number | undefined {
  const days = daysBetween(from, to);
  return days > MAX_WINDOW_YEARS * DAYS_PER_YEAR ? Math.round(days / DAYS_PER_YEAR) : undefined;
}

/**
 * True (and LON4012 at the schedule) when a schedule's window spans more than
 * {@link MAX_WINDOW_YEARS}: it is not walked, which would take seconds for nothing. When a
 * too long horizon supplies an end of the window, the horizon carries the error alone.
 */
function windowTooLong(node: ScheduleNode, from: string, to: string, usesHorizon: boolean, context: ScheduleContext, reporter: FileReporter): boolean {
  const years = yearsTooMany(from, to);
  if (years === undefined) return false;
  const horizon = context.horizon;
  const horizonTooLong = horizon !== undefined && yearsTooMany(horizon.from, horizon.to) !== undefined;
  if (!(usesHorizon && horizonTooLong)) reporter.report("LON4012.schedule", { years: countText(years), from, to, max: MAX_WINDOW_YEARS }, node.range);
  return true;
}

const plusYears = (date: string, years: number): string => DateTime.fromISO(date, { zone: "utc" }).plus({ years }).toISODate() ?? date;

/** False when the start time is not a time (LON3002 already, from the literals) or is 24:00 (LON3002 here); a start in the small hours is warned of (LON4017). */
function startTimeOk(at: TimeLiteral | undefined, reporter: FileReporter): boolean {
  if (at !== undefined && !isLocalTime(at.text)) return false;
  if (at?.text === "24:00") {
    reporter.report("LON3002.startAt24", {}, at.range);
    return false;
  }
  noteSmallHours(at, reporter);
  return true;
}

/** True when from/until are valid and in order; LON3003 otherwise (invalid dates are LON3001 already). */
function windowOk(from: DateLiteral | undefined, until: DateLiteral | undefined, reporter: FileReporter): boolean {
  if (from !== undefined && !isValidDateText(from.text)) return false;
  if (until !== undefined && !isValidDateText(until.text)) return false;
  if (from !== undefined && until !== undefined && dateOf(until) < dateOf(from)) {
    reporter.report("LON3003.untilBeforeFrom", { until: until.text, from: from.text }, until.range);
    return false;
  }
  return true;
}

/** True when `except` cancels the instance at `local` (`YYYY-MM-DDTHH:mm`): a date its whole day, a date-time that instance. */
function excluded(local: string, except: readonly (DateLiteral | DateRangeNode)[]): boolean {
  const day = local.slice(0, 10);
  return except.some((e) => {
    if (e.kind === "DateRange") return dateOf(e.from) <= day && day <= dateOf(e.to);
    return e.text.length > 10 ? e.text.slice(0, 16) === local : dateOf(e) === day;
  });
}

/**
 * Walks a recurrence set (DTSTART + rule, with the planner's engine) through its window:
 * LON4001 when the rule has no instance besides DTSTART at all, or none survives the
 * exceptions (and there is no `also`), LON4004 when more than the bound fall in a
 * bounded window. Unbounded, only as far as the first instance kept.
 */
function checkOccurrences(node: EverySchedule | RRuleScheduleNode, rule: string, dtstart: string, last: string, bounded: boolean, reporter: FileReporter, zone: string | undefined): void {
  let count = 0;
  let kept = 0;
  // Unbounded and with nothing excepted, the first instance decides: the set is not expanded past it.
  const limit = bounded || node.except.length > 0 ? MAX_OCCURRENCES_PER_SCHEDULE + 1 : 2;
  const walked = iterateRule(rule, dtstart, last, limit, (local) => {
    count++;
    if (!excluded(local, node.except)) kept++;
    // Stop early once the answer is known: something kept, and (if bounded) the bound not at stake.
    return count <= MAX_OCCURRENCES_PER_SCHEDULE && (bounded || kept === 0);
  }, zone);
  if (walked?.neverOccurs === true && node.also.length === 0) {
    reporter.report("LON4001.noMatchAfter", { start: dtstart.replace("T", " ") }, node.range);
  } else if (kept === 0 && node.also.length === 0) {
    if (count === 0) reporter.report("LON4001.noDateBetween", { from: dtstart.slice(0, 10), to: last }, node.range);
    else reporter.report("LON4001.allExcluded", {}, node.range);
  } else if (bounded && count > MAX_OCCURRENCES_PER_SCHEDULE) {
    reporter.report("LON4004.tooMany", { max: countText(MAX_OCCURRENCES_PER_SCHEDULE) }, node.range);
  }
}

function checkEvery(node: EverySchedule, context: ScheduleContext, reporter: FileReporter, zone: string | undefined): void {
  if (node.interval < 1) return reporter.report("LON3009.intervalMin", {}, node.range);
  const on = node.on;
  if (on?.kind === "NthWeekday" && (node.unit === "day" || node.unit === "week")) {
    return reporter.report("LON3009.ordinalNeedsMonth", { phrase: ordinalWeekdayPhrase([on.ordinal, ...(on.moreOrdinals ?? [])], on.weekday.day) }, on.range);
  }
  if (on?.kind === "MonthDay" && (on.day.value < 1 || on.day.value > 31)) return reporter.report("LON3009.noMonthDay", { day: on.day.value }, on.day.range);
  if (on?.kind === "YearDate") {
    const max = DAYS_IN_MONTH[on.month - 1] ?? 0;
    if (on.day.value < 1 || on.day.value > max) {
      return reporter.report("LON4001.noSuchDay", { month: monthName(on.month), day: on.day.value }, on.range);
    }
  }
  if (on?.kind === "Days" && daySetSize(on.days) === 0) return reporter.report("LON3009.noDays", {}, on.days.range);
  if (node.count !== undefined && node.count.value < 1) return reporter.report("LON3009.atLeastOnce", {}, node.count.range);
  if (node.count !== undefined && node.until !== undefined) {
    return reporter.report("LON4007.both", {}, node.count.range);
  }
  if (!startTimeOk(node.at, reporter) || !windowOk(node.from, node.until, reporter)) return;
  noteNoTime(node, reporter);
  noteTimeAfterAlso(node, reporter);
  const start = everyStartDate(node, context);
  // A horizon written with its dates the wrong way round is its own error (LON3003): not a schedule's missing start as well.
  if (start === undefined) return context.horizonUnread === true ? undefined : reporter.report("LON4006.noStart", {}, node.range);
  noteUnstatedDay(node, start, reporter);
  noteShortMonths(node, reporter);
  const until = node.until !== undefined ? dateOf(node.until) : node.count === undefined ? context.horizon?.to : undefined;
  const last = until ?? plusYears(start, FIRST_INSTANCE_SEARCH_YEARS);
  if (last < start) {
    // No `from`: it starts with the horizon, which begins after its `until` (a year mistyped): it never runs.
    if (node.from === undefined && node.until !== undefined) reporter.report("LON3003.untilBeforeHorizon", { until: node.until.text, start }, node.until.range);
    return;
  }
  const usesHorizon = node.from === undefined || (node.until === undefined && node.count === undefined);
  if (windowTooLong(node, start, last, usesHorizon, context, reporter)) return;
  if (reportOverlap(node, context, last, reporter, zone, MAX_OCCURRENCES_PER_SCHEDULE)) return;
  // An every-schedule occurs at most once a day, so only a window longer than the bound
  // in days can exceed it; otherwise finding the first occurrence is enough.
  const days = daysBetween(start, last);
  const bounded = (until !== undefined || node.count !== undefined) && days >= MAX_OCCURRENCES_PER_SCHEDULE && (node.count?.value ?? Infinity) > MAX_OCCURRENCES_PER_SCHEDULE;
  if (!bounded && node.except.length === 0 && node.also.length === 0) {
    if (firstInstanceOf(node, context) === undefined) reporter.report("LON4001.noDateBetween", { from: start, to: last }, node.range);
    return;
  }
  // The compiled DTSTART is the rule's first instance (RFC 5545 makes DTSTART an instance).
  const first = firstInstanceOf(node, context);
  if (first === undefined) return reporter.report("LON4001.noDateBetween", { from: start, to: last }, node.range);
  checkOccurrences(node, everyToRRule(node), first, last, bounded, reporter, zone);
}

function checkRaw(node: RRuleScheduleNode, context: ScheduleContext, reporter: FileReporter, zone: string | undefined): void {
  const written = writtenRule(node);
  const parsed = parseRRule(written);
  if (!parsed.ok || !/^[A-Z]+=/.test(written)) {
    return parsed.ok ? reporter.report("LON4002.noParts", {}, node.rule.range) : reporter.report("LON4002.invalid", { error: parsed.error }, node.rule.range);
  }
  if (hasRulePart(written, "UNTIL") && hasRulePart(written, "COUNT")) return reporter.report("LON4007.bothInRule", {}, node.rule.range);
  if (!isValidDateText(node.starting.text) || !startTimeOk(node.at, reporter) || !rawTailsOk(node, reporter)) return;
  if (node.until !== undefined && !isValidDateText(node.until.text)) return;
  const rule = rawRule(node);
  const start = rawStart(node);
  const until = node.until !== undefined ? dateOf(node.until) : context.horizon?.to;
  const ruleBounded = hasRulePart(rule, "UNTIL") || hasRulePart(rule, "COUNT");
  const last = until ?? plusYears(start.slice(0, 10), FIRST_INSTANCE_SEARCH_YEARS);
  if (last < start.slice(0, 10)) return reporter.report("LON3003.scheduleEnds", { last, start: start.slice(0, 10) }, node.range);
  if (windowTooLong(node, start.slice(0, 10), last, node.until === undefined, context, reporter)) return;
  if (reportOverlap(node, context, last, reporter, zone, MAX_OCCURRENCES_PER_SCHEDULE)) return;
  // A COUNT within the bound cannot pass it: no need to walk the set to the end of its window.
  const counted = parseRRule(rule);
  const countWithin = counted.ok && counted.rule.count !== undefined && counted.rule.count <= MAX_OCCURRENCES_PER_SCHEDULE;
  checkOccurrences(node, rule, start, last, !countWithin && (until !== undefined || ruleBounded), reporter, zone);
}

function minutes(text: string): number {
  // `HH:mm` as split(":") reads it: the text before the first colon, and the text between it and a second one.
  const colon = text.indexOf(":");
  if (colon < 0) return Number.NaN;
  const second = text.indexOf(":", colon + 1);
  return Number(text.slice(0, colon)) * 60 + Number(second < 0 ? text.slice(colon + 1) : text.slice(colon + 1, second));
}

/** LON4003: the weekly windows hold fewer slots per period than the count asks for. */
function checkFlexible(node: FlexibleScheduleNode, reporter: FileReporter): void {
  if (node.count.value < 1) return reporter.report("LON3009.flexibleAtLeastOne", {}, node.count.range);
  if (node.count.value > MOST_FLEXIBLE_SESSIONS) return;
  if (!windowOk(node.from, node.until, reporter)) return;
  const per = Object.hasOwn(periodLabels, node.per) ? periodLabels[node.per as keyof typeof periodLabels] : node.per;
  // `2 kali per minggu` and nothing after: no window to hold them (core asks for one), said as such rather than "at most 0".
  if (node.windows.length === 0) return reporter.report("LON4003.noWindows", { count: node.count.value, per }, node.count.range);
  const duration = node.duration?.minutes ?? DEFAULT_DURATION_MINUTES;
  let perWeek = 0;
  let bestDay = 0;
  for (const window of node.windows) {
    const span = minutes(window.time.end.text) - minutes(window.time.start.text);
    const slots = Number.isFinite(span) && span > 0 ? Math.floor(span / duration) : 0;
    perWeek += slots * daySetSize(window.days);
    bestDay = Math.max(bestDay, slots);
  }
  const capacity = node.per === "day" ? bestDay : Math.floor(perWeek * PERIOD_WEEKS[node.per]);
  if (node.count.value > capacity) {
    reporter.report("LON4003.cannotFit", { count: node.count.value, duration, per, capacity }, node.count.range);
  }
}

/**
 * Checks one schedule: its values (LON3xxx) and whether it can occur (LON4xxx), expanding
 * it in `zone` (its library's, as the planner will; UTC+14 when no library is known).
 */
export function checkSchedule(node: ScheduleNode, context: ScheduleContext, reporter: FileReporter, zone?: string): void {
  if (node.kind !== "RangeSchedule" && node.duration !== undefined && node.duration.minutes <= 0) {
    return reporter.report("LON3009.durationPositive", {}, node.duration.range);
  }
  if (!secondsOk(node, reporter)) return;
  switch (node.kind) {
    case "EverySchedule":
      return checkEvery(node, context, reporter, zone);
    case "RRuleSchedule":
      return checkRaw(node, context, reporter, zone);
    case "FlexibleSchedule":
      return checkFlexible(node, reporter);
    case "OnceSchedule":
      if (startTimeOk(node.at, reporter)) noteNoTime(node, reporter);
      onceTailsOk(node, reporter);
      return;
    case "RangeSchedule":
      return;
  }
}
