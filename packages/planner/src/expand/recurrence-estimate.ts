/**
 * Counting a recurrence set's instances in a horizon without expanding it, for the rules
 * workspaces are made of: DAILY and WEEKLY with INTERVAL, COUNT, a floating UNTIL, plain
 * BYDAY and WKST, in a zone whose offset does not change over the span (no DST gap can
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
}

const POSITIVE = /^[1-9]\d{0,8}$/;
const UNTIL_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?$/;

function simpleRule(rrule: string): SimpleRule | undefined {
  const parts = new Map<string, string>();
  for (const part of rrule.split(";")) {
    const [key, value, ...rest] = part.split("=");
    if (key === undefined || value === undefined || rest.length > 0 || parts.has(key.toUpperCase())) return undefined;
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  const freq = parts.get("FREQ");
  if (freq !== "DAILY" && freq !== "WEEKLY") return undefined;
  if ([...parts.keys()].some((k) => !["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "WKST"].includes(k))) return undefined;
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
  };
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

/**
 * Instances of a simple rule (DTSTART first, counted in COUNT) on days `first..last`
 * (day numbers, inclusive): how many fall on or after `from`, and how many there are
 * from DTSTART on, both at most `limit`.
 */
function countSimple(rule: SimpleRule, start: number, from: number, last: number, limit: number): { inside: number; total: number } {
  const cap = Math.min(rule.count ?? Infinity, limit + 1);
  if (!rule.weekly) {
    const jmax = Math.min(cap - 1, Math.floor((last - start) / rule.interval));
    const jmin = Math.max(0, Math.ceil((from - start) / rule.interval));
    return { inside: Math.max(0, jmax - jmin + 1), total: Math.max(0, jmax + 1) };
  }
  const startWeekday = weekdayIndex0(start);
  const days = rule.days ?? [startWeekday];
  // Offsets of the days from the week's start (WKST), in order.
  const offsets = days.map((d) => (d - rule.wkst + 7) % 7).sort((a, b) => a - b);
  const weekStart = start - ((startWeekday - rule.wkst + 7) % 7);
  let total = days.includes(startWeekday) ? 0 : 1;
  let inside = total === 1 && start >= from ? 1 : 0;
  for (let week = weekStart; week <= last && total < cap; week += 7 * rule.interval) {
    for (const offset of offsets) {
      const day = week + offset;
      if (day < start) continue;
      if (day > last || total >= cap) break;
      total += 1;
      if (day >= from) inside += 1;
    }
  }
  return { inside, total };
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
  const untilDay = rule.until === undefined ? Infinity : dayNumber(rule.until.date) - (time > rule.until.time ? 1 : 0);
  const last = Math.min(untilDay, dayNumber(horizon.to));
  const rdates = schedule.rdates.filter((r) => r.slice(0, 10) >= horizon.from && r.slice(0, 10) <= horizon.to).length;
  if (last < start) return { lower: 0, upper: Math.min(rdates, limit) };
  const { inside, total } = countSimple(rule, start, dayNumber(horizon.from), last, limit);
  const truncated = total + schedule.rdates.length > limit;
  return { lower: truncated ? 0 : Math.max(0, inside - schedule.exdates.length), upper: Math.min(inside + rdates, limit) };
}
