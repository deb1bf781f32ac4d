import { DAY_MS } from "./calendar.js";
import { floatingDateTime, parseFloating } from "./local-format.js";
import { parseRecurrenceRule } from "./parse-rule.js";
import type { RecurrenceInput, RecurrenceResult, RecurrenceStart } from "./recurrence-set.js";
import type { RuleUntil } from "./rule.js";
import { walkRule } from "./walk-rule.js";
import { zoneClock, type ResolvedLocalTime } from "./zone-clock.js";

/** The last floating ms of year 9999: no walk goes further. */
const END_OF_TIME = parseFloating("9999-12-31T23:59:59") ?? 0;
/** The largest UTC offset of any zone (+14:00): a UTC instant is never later than this on a wall clock. */
const MAX_OFFSET_MS = 14 * 3_600_000;

/** The horizon `until`: a date covers its whole day. */
function horizonOf(until: string | undefined): number | undefined {
  if (until === undefined) return undefined;
  const ms = parseFloating(until);
  return ms === undefined ? undefined : until.length === 10 ? ms + DAY_MS - 1 : ms;
}

/** The floating time the walk may stop after, for the rule's UNTIL (a UTC UNTIL is then checked instant by instant). */
function ruleStop(until: RuleUntil | undefined): number {
  if (until === undefined) return Infinity;
  if (until.kind === "date") return (until.day + 1) * DAY_MS - 1;
  return until.kind === "local" ? until.floatingMs : until.ms + MAX_OFFSET_MS;
}

const byInstant = (a: RecurrenceStart, b: RecurrenceStart): number => a.startMs - b.startMs || (a.local < b.local ? -1 : a.local > b.local ? 1 : 0);

/**
 * Expands an RFC 5545 recurrence set (DTSTART + RRULE + RDATE − EXDATE) to instants in
 * `zone`, with the rule arithmetic of §3.3.10 done in floating time (see `walkRule`):
 * - DTSTART is always the first instance and counts towards COUNT;
 * - dates that do not exist are not produced; rule instances whose local time a DST gap
 *   skips are ignored and not counted; DTSTART and RDATEs in a gap take the offset from
 *   before the gap (§3.3.5), i.e. move forward (`inGap`); an ambiguous time is the earlier;
 * - UNTIL is inclusive: a date covers its day, a local date-time is compared on the wall
 *   clock, a UTC (`Z`) UNTIL is compared as an instant;
 * - EXDATE wins (matched on the local date-time); the same instant counts once;
 * - bounded by `limit` and `until`; a rule with no instance after DTSTART at all, within
 *   the bounds or beyond, is recognised (`neverOccurs`) after one calendar cycle, or at
 *   once when its times of day are unreachable.
 * Output is sorted by instant. Never throws: a malformed input is `{ ok: false }`.
 *
 * @example expandRecurrence({ dtstart: "2019-02-12T09:00", rrule: "FREQ=WEEKLY;BYDAY=TU,FR;COUNT=3", zone: "Asia/Jakarta", limit: 100 })
 * // starts: 2019-02-12T09:00, 2019-02-15T09:00, 2019-02-19T09:00 (+07:00)
 */
export function expandRecurrence(input: RecurrenceInput): RecurrenceResult {
  const dtstartMs = parseFloating(input.dtstart);
  if (dtstartMs === undefined) return { ok: false, error: `DTSTART ${input.dtstart} is not a local date-time` };
  const parsed = parseRecurrenceRule(input.rrule);
  if (!parsed.ok) return { ok: false, error: parsed.problems.map((p) => p.en).join("; ") };
  const rule = parsed.rule;
  const clock = input.clock ?? zoneClock(input.zone);
  const horizon = horizonOf(input.until);
  if (horizon !== undefined && dtstartMs > horizon) return { ok: true, starts: [], limitReached: false };
  const excluded = new Set<number>();
  for (const exdate of input.exdates ?? []) {
    const ms = parseFloating(exdate);
    if (ms !== undefined) excluded.add(ms);
  }
  const found = new Map<number, RecurrenceStart>();
  const keep = (floatingMs: number, resolved: ResolvedLocalTime): void => {
    if (!excluded.has(floatingMs)) found.set(floatingMs, { local: floatingDateTime(floatingMs), startMs: resolved.ms, inGap: resolved.inGap });
  };
  keep(dtstartMs, clock.resolve(dtstartMs));
  let counted = 1;
  let limitReached = false;
  const until = rule.until;
  const utcUntil = until?.kind === "utc" ? until.ms : Infinity;
  const stop = Math.min(ruleStop(until), horizon ?? Infinity, END_OF_TIME);
  const end =
    rule.count !== undefined && rule.count <= 1
      ? "bound"
      : walkRule(rule, dtstartMs, stop, (floatingMs) => {
          if (floatingMs === dtstartMs) return true;
          const resolved = clock.resolve(floatingMs);
          // A wall-clock time skipped by DST does not exist: ignored and not counted (§3.3.10).
          if (resolved.inGap) return true;
          // Instants rise with wall-clock time (gaps skipped, ambiguous times read early): past a UTC UNTIL, all are.
          if (resolved.ms > utcUntil) return false;
          if (found.size >= input.limit && !excluded.has(floatingMs)) {
            limitReached = true;
            return false;
          }
          counted += 1;
          keep(floatingMs, resolved);
          return rule.count === undefined || counted < rule.count;
        });
  for (const rdate of input.rdates ?? []) {
    const ms = parseFloating(rdate);
    if (ms !== undefined && (horizon === undefined || ms <= horizon) && !found.has(ms)) keep(ms, clock.resolve(ms));
  }
  const sorted = [...found.values()].sort(byInstant);
  // A gap-shifted DTSTART or RDATE can land on the instant of another instance: count it once.
  const starts = sorted.filter((s, i) => i === 0 || sorted[i - 1]?.startMs !== s.startMs);
  if (starts.length > input.limit) {
    starts.length = input.limit;
    limitReached = true;
  }
  // Nothing within the bounds: whether the rule has any date at all is one more walk of at most a cycle.
  const never = counted === 1 && (end === "exhausted" || (end === "bound" && walkRule(rule, dtstartMs, END_OF_TIME, (ms) => ms === dtstartMs) === "exhausted"));
  if (never) return { ok: true, starts, limitReached, neverOccurs: `no date or time matches ${input.rrule}` };
  return { ok: true, starts, limitReached };
}
