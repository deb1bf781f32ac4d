/**
 * Counting a recurrence set's instances in a horizon without expanding it, for the rules
 * workspaces are made of: DAILY and WEEKLY with INTERVAL, COUNT, a floating UNTIL, plain
 * BYDAY, BYHOUR, BYMINUTE and WKST, in a zone whose offset does not change over the span (no DST gap can
 * skip an instance). Anything else is left to expansion. The workspace bound uses this to
 * refuse ten million occurrences in milliseconds and to pass a province without expanding
 * it twice.
 */
import { IANAZone } from "luxon";
import type { RecurringSchedule } from "@lontar/core";
import { dayNumber, type DateSpan } from "../calendar/periods.js";

/** What a recurrence gives in a horizon: at least `lower`, at most `upper` instances (equal when exact). */
export interface CountRange {
  /** At least this many. */
  readonly lower: number;
  /** At most this many. */
  readonly upper: number;
}

const WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/** The parts of a rule simple enough to count, or undefined. */
interface SimpleRule {
  readonly weekly: boolean;
  readonly interval: number;
  readonly count: number | undefined;
  /** Local `YYYY-MM-DD` and `HH:mm:ss` of UNTIL (a date-only UNTIL ends at 23:59:59). */
  readonly until: { readonly date: string; readonly time: string } | undefined;
  /** Weekday indices (0 = Monday), for WEEKLY. */
  readonly days: readonly number[] | undefined;
  readonly wkst: number;
  /** BYHOUR and BYMINUTE values, when given. */
  readonly hours: readonly number[] | undefined;
  readonly minutes: readonly number[] | undefined;
}

const POSITIVE = /^[1-9]\d{0,8}$/;
const UNTIL_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?$/;

/**
 * A rule's parts by name, names and values upper-cased (`freq=monthly` is `FREQ` → `MONTHLY`);
 * undefined for a part without `=`, with two, or named twice.
 *
 * @example ruleParts("FREQ=MONTHLY;BYDAY=-1FR")?.get("FREQ") // "MONTHLY"
 */
export function ruleParts(rrule: string): ReadonlyMap<string, string> | undefined {
  const parts = new Map<string, string>();
  for (const part of rrule.split(";")) {
    const [key, value, ...rest] = part.split("=");
    if (key === undefined || value === undefined || rest.length > 0 || parts.has(key.toUpperCase())) return undefined;
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  return parts;
}

function simpleRule(rrule: string): SimpleRule | undefined {
  const parts = ruleParts(rrule);
  if (parts === undefined) return undefined;
  const freq = parts.get("FREQ");
  if (freq !== "DAILY" && freq !== "WEEKLY") return undefined;
  if ([...parts.keys()].some((k) => !["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "WKST", "BYHOUR", "BYMINUTE"].includes(k))) return undefined;
  const hours = numbers(parts.get("BYHOUR"), 23);
  const minutes = numbers(parts.get("BYMINUTE"), 59);
  if (hours === null || minutes === null) return undefined;
  const interval = parts.get("INTERVAL") ?? "1";
  const count = parts.get("COUNT");
  if (!POSITIVE.test(interval) || (count !== undefined && !POSITIVE.test(count))) return undefined;
  const untilText = parts.get("UNTIL");
  const until = untilText === undefined ? undefined : UNTIL_VALUE.exec(untilText);
  if (until === null || (until !== undefined && count !== undefined)) return undefined;
  const byday = parts.get("BYDAY");
  const days = byday === undefined ? undefined : byday.split(",").map((d) => WEEKDAY_CODES.indexOf(d));
  if (days !== undefined && (freq !== "WEEKLY" || days.some((d) => d < 0))) return undefined;
  const wkst = WEEKDAY_CODES.indexOf(parts.get("WKST") ?? "MO");
  if (wkst < 0) return undefined;
  return {
    weekly: freq === "WEEKLY",
    interval: Number(interval),
    count: count === undefined ? undefined : Number(count),
    until: until === undefined ? undefined : { date: `${until[1]}-${until[2]}-${until[3]}`, time: until[4] === undefined ? "23:59:59" : `${until[4]}:${until[5]}:${until[6]}` },
    ...(days === undefined ? { days: undefined } : { days: [...new Set(days)].sort((a, b) => a - b) }),
    wkst,
    hours,
    minutes,
  };
}

/** A BYHOUR or BYMINUTE list, sorted without repeats; undefined when absent, null when malformed. */
function numbers(value: string | undefined, max: number): number[] | undefined | null {
  if (value === undefined) return undefined;
  const list = value.split(",").map((v) => (/^\d{1,2}$/.test(v) ? Number(v) : -1));
  return list.some((n) => n < 0 || n > max) ? null : [...new Set(list)].sort((a, b) => a - b);
}

// Whether a zone keeps one offset through a year, sampled twice a month (every DST period
// lasts months): the offset, or null when it changes.
const yearOffsets = new Map<string, number | null>();

function steadyOffset(zone: string, year: number): number | null {
  const key = `${zone}|${year}`;
  const known = yearOffsets.get(key);
  if (known !== undefined) return known;
  const iana = IANAZone.create(zone);
  let offset: number | null = iana.isValid ? iana.offset(Date.UTC(year, 0, 1)) : null;
  for (let m = 0; m < 12 && offset !== null; m++) {
    for (const d of [1, 15]) if (iana.offset(Date.UTC(year, m, d)) !== offset) offset = null;
  }
  if (offset !== null && iana.offset(Date.UTC(year + 1, 0, 1)) !== offset) offset = null;
  yearOffsets.set(key, offset);
  return offset;
}

/** True when the zone's offset is the same from the first to the last year. */
function noOffsetChange(zone: string, firstYear: number, lastYear: number): boolean {
  if (lastYear - firstYear > 400) return false;
  const first = steadyOffset(zone, firstYear);
  if (first === null) return false;
  for (let y = firstYear + 1; y <= lastYear; y++) if (steadyOffset(zone, y) !== first) return false;
  return true;
}

/** Where a count runs: days (day numbers), the times of day, and the cut-offs. */
interface Span {
  /** DTSTART's day and `HH:mm:ss`. */
  readonly start: number;
  readonly startTime: string;
  /** First day of the horizon. */
  readonly from: number;
  /** Last day anything may fall on, and the latest time on it (`24:00:00` for the whole day). */
  readonly last: number;
  readonly lastTime: string;
  /** The per-schedule bound. */
  readonly limit: number;
}

/** The rule's days from DTSTART on, in order, up to `last` (DAILY steps by the interval; WEEKLY takes its days in every interval-th week). */
function* ruleDays(rule: SimpleRule, start: number, last: number): Generator<number> {
  if (!rule.weekly) {
    for (let day = start; day <= last; day += rule.interval) yield day;
    return;
  }
  const startWeekday = weekdayIndex0(start);
  // Offsets of the days from the week's start (WKST), in order.
  const offsets = (rule.days ?? [startWeekday]).map((d) => (d - rule.wkst + 7) % 7).sort((a, b) => a - b);
  for (let week = start - ((startWeekday - rule.wkst + 7) % 7); week <= last; week += 7 * rule.interval) {
    for (const offset of offsets) if (week + offset >= start && week + offset <= last) yield week + offset;
  }
}

/**
 * Instances of a simple rule (DTSTART first, counted in COUNT): how many fall on or after
 * the horizon's first day, and how many there are from DTSTART on, both at most the
 * per-schedule bound plus one.
 */
function countSimple(rule: SimpleRule, span: Span): { inside: number; total: number } {
  const cap = Math.min(rule.count ?? Infinity, span.limit + 1);
  const times = timesOf(rule, span.startTime);
  const onlyStartTime = times.length === 1 && times[0] === span.startTime;
  if (!rule.weekly && onlyStartTime) {
    const last = span.lastTime < span.startTime ? span.last - 1 : span.last;
    const jmax = Math.min(cap - 1, Math.floor((last - span.start) / rule.interval));
    const jmin = Math.max(0, Math.ceil((span.from - span.start) / rule.interval));
    return { inside: Math.max(0, jmax - jmin + 1), total: Math.max(0, jmax + 1) };
  }
  // DTSTART is always the first instance and counts in COUNT, also when the rule does not give it.
  const startWeekday = weekdayIndex0(span.start);
  const ruleGivesStart = (!rule.weekly || (rule.days ?? [startWeekday]).includes(startWeekday)) && times.includes(span.startTime);
  let total = ruleGivesStart ? 0 : 1;
  let inside = !ruleGivesStart && span.start >= span.from ? 1 : 0;
  for (const day of ruleDays(rule, span.start, span.last)) {
    for (const time of times) {
      if (day === span.start && time < span.startTime) continue;
      if ((day === span.last && time > span.lastTime) || total >= cap) break;
      total += 1;
      if (day >= span.from) inside += 1;
    }
    if (total >= cap) break;
  }
  return { inside, total };
}

/** The times of day of a rule's instances, `HH:mm:ss`, in order: BYHOUR x BYMINUTE, else DTSTART's. */
function timesOf(rule: SimpleRule, startTime: string): string[] {
  if (rule.hours === undefined && rule.minutes === undefined) return [startTime];
  const hours = rule.hours ?? [Number(startTime.slice(0, 2))];
  const minutes = rule.minutes ?? [Number(startTime.slice(3, 5))];
  const pad = (n: number): string => String(n).padStart(2, "0");
  return hours.flatMap((h) => minutes.map((m) => `${pad(h)}:${pad(m)}:${startTime.slice(6, 8)}`));
}

/** Weekday index (0 = Monday) of a day number (1970-01-01 was a Thursday). */
function weekdayIndex0(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * How many occurrences a recurring schedule gives in the horizon (its RDATEs and EXDATEs
 * included, excepted days not subtracted: a dropped occurrence is still part of the plan),
 * without expanding it; undefined when the rule is not one this counts (see the module
 * comment). `limit` is the per-schedule bound: when expansion would stop there, the lower
 * end is 0 and expansion must tell.
 */
export function estimateRecurrence(schedule: RecurringSchedule, zone: string, horizon: DateSpan, limit: number): CountRange | undefined {
  const rule = simpleRule(schedule.rrule);
  if (rule === undefined) return undefined;
  const startDate = schedule.dtstart.slice(0, 10);
  const time = schedule.dtstart.length > 16 ? schedule.dtstart.slice(11, 19) : `${schedule.dtstart.slice(11, 16)}:00`;
  if (rule.until !== undefined && `${startDate}T${time}` > `${rule.until.date}T${rule.until.time}`) return undefined;
  if (!noOffsetChange(zone, Number(startDate.slice(0, 4)), Number(horizon.to.slice(0, 4)))) return undefined;
  const start = dayNumber(startDate);
  const horizonEnd = dayNumber(horizon.to);
  const untilDay = rule.until === undefined ? Infinity : dayNumber(rule.until.date);
  const last = Math.min(untilDay, horizonEnd);
  const lastTime = rule.until !== undefined && untilDay <= horizonEnd ? rule.until.time : "24:00:00";
  const rdates = schedule.rdates.filter((r) => r.slice(0, 10) >= horizon.from && r.slice(0, 10) <= horizon.to).length;
  if (last < start) return { lower: 0, upper: Math.min(rdates, limit) };
  const { inside, total } = countSimple(rule, { start, startTime: time, from: dayNumber(horizon.from), last, lastTime, limit });
  const truncated = total + schedule.rdates.length > limit;
  return { lower: truncated ? 0 : Math.max(0, inside - schedule.exdates.length), upper: Math.min(inside + rdates, limit) };
}
