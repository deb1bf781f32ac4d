import type { Options } from "rrule";
import { RRule } from "./rrule-module.js";
import { floatingDateTime, parseFloating, zoneClock, type RecurrenceInput, type RecurrenceResult, type RecurrenceStart, type ResolvedLocalTime, type ZoneClock } from "@lontar/core";
import { someDayMayMatch } from "./day-filter.js";
import { rruleHangReason } from "./rrule-guard.js";


const UNTIL_PART = /(^|;)UNTIL=(\d{8})(T(\d{6})(Z?))?(?=;|$)/;

/** UNTIL as floating ms: UTC values are converted to the zone, date-only values cover their whole day. */
function ruleUntil(rrule: string, clock: ZoneClock): number | undefined {
  const m = UNTIL_PART.exec(rrule);
  if (m === null || m[2] === undefined) return undefined;
  const date = `${m[2].slice(0, 4)}-${m[2].slice(4, 6)}-${m[2].slice(6, 8)}`;
  if (m[4] === undefined) {
    const day = parseFloating(date);
    return day === undefined ? undefined : day + 86_399_999;
  }
  const ms = parseFloating(`${date}T${m[4].slice(0, 2)}:${m[4].slice(2, 4)}:${m[4].slice(4, 6)}`);
  if (ms === undefined) return undefined;
  return m[5] === "Z" ? ms + clock.offsetAt(ms) * 60_000 : ms;
}

function boundOf(until: string | undefined): number | undefined {
  if (until === undefined) return undefined;
  const ms = parseFloating(until);
  if (ms === undefined) return undefined;
  return until.length === 10 ? ms + 86_399_999 : ms;
}

/**
 * The planner's expansion before the core engine, kept as the bench's baseline: expands
 * an RFC 5545 recurrence set with npm rrule 2.8.1 plus fixes. npm rrule does only the rule arithmetic, in floating time; this function adds
 * what rrule gets wrong or leaves out:
 * - DTSTART is always the first instance and counts towards COUNT;
 * - rule instances whose local time a DST gap skips are ignored and not counted
 *   (RFC 5545 §3.3.10); DTSTART and RDATEs in a gap take the offset from before the gap
 *   (§3.3.5), i.e. move forward; an ambiguous time is the earlier of the two;
 * - UNTIL is inclusive; a UTC UNTIL (`Z`) is read in the zone; a date-only UNTIL covers its day;
 * - duplicates count once; EXDATE wins (matched on local wall-clock time);
 * - every expansion is bounded by `limit` and `until`, and rules that would spin rrule
 *   forever (e.g. `FREQ=HOURLY;INTERVAL=2;BYHOUR=1,3`) are not run (`neverEnds`).
 * Output is sorted by instant.
 *
 * @example expandRecurrence({ dtstart: "2019-02-12T09:00", rrule: "FREQ=WEEKLY;BYDAY=TU,FR;COUNT=3", zone: "Asia/Jakarta", limit: 100 })
 * // starts: 2019-02-12T09:00, 2019-02-15T09:00, 2019-02-19T09:00 (+07:00)
 */
export function expandRecurrenceWithRRule(input: RecurrenceInput): RecurrenceResult {
  const clock = input.clock ?? zoneClock(input.zone);
  const dtstartMs = parseFloating(input.dtstart);
  if (dtstartMs === undefined) return { ok: false, error: `DTSTART ${input.dtstart} is not a local date-time` };
  let options: Partial<Options>;
  try {
    options = RRule.parseString(input.rrule);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (options.freq === undefined) return { ok: false, error: "the rule has no FREQ" };
  const bound = boundOf(input.until);
  const untilMs = ruleUntil(input.rrule, clock);
  const stopAt = Math.min(untilMs ?? Infinity, bound ?? Infinity);
  const count = options.count ?? undefined;
  const found = new Map<string, RecurrenceStart>();
  let limitReached = false;
  const add = (floatingMs: number, resolved: ResolvedLocalTime = clock.resolve(floatingMs)): boolean => {
    const local = floatingDateTime(floatingMs);
    if (found.has(local)) return true;
    if (found.size >= input.limit) {
      limitReached = true;
      return false;
    }
    found.set(local, { local, startMs: resolved.ms, inGap: resolved.inGap });
    return true;
  };
  if (bound !== undefined && dtstartMs > bound) return { ok: true, starts: [], limitReached: false };
  add(dtstartMs);
  const start = new Date(dtstartMs);
  const neverEnds = rruleHangReason(options, { hour: start.getUTCHours(), minute: start.getUTCMinutes(), second: start.getUTCSeconds() });
  if (neverEnds === undefined && (count === undefined || count > 1) && dtstartMs <= stopAt && someDayMayMatch(options, dtstartMs, stopAt)) {
    let rule: RRule;
    try {
      rule = new RRule({ ...options, dtstart: new Date(dtstartMs), tzid: null, count: null, until: Number.isFinite(stopAt) ? new Date(stopAt) : null });
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    let counted = 1;
    rule.all((date) => {
      const floatingMs = date.getTime();
      if (floatingMs === dtstartMs) return true;
      // A wall-clock time skipped by DST does not exist: ignored and not counted.
      const resolved = clock.resolve(floatingMs);
      if (resolved.inGap) return true;
      if (!add(floatingMs, resolved)) return false;
      counted += 1;
      return count === undefined || counted < count;
    });
  }
  for (const rdate of input.rdates ?? []) {
    const ms = parseFloating(rdate);
    if (ms !== undefined && (bound === undefined || ms <= bound) && !add(ms)) break;
  }
  for (const exdate of input.exdates ?? []) {
    const ms = parseFloating(exdate);
    if (ms !== undefined) found.delete(floatingDateTime(ms));
  }
  const sorted = [...found.values()].sort((a, b) => a.startMs - b.startMs || (a.local < b.local ? -1 : a.local > b.local ? 1 : 0));
  // A gap-shifted DTSTART or RDATE can land on the instant of another instance: count it once.
  const starts = sorted.filter((s, i) => i === 0 || sorted[i - 1]?.startMs !== s.startMs);
  return neverEnds === undefined ? { ok: true, starts, limitReached } : { ok: true, starts, limitReached, neverOccurs: neverEnds };
}
