/**
 * Sessions of one schedule that overlap one another: `FREQ=SECONDLY` for an hour, or every
 * day for 30 hours. Such a schedule is an input error (a session would start before the
 * previous one of the same schedule ends), and planning it would make thousands of
 * sessions compete for the same resources. Judged on the wall clock: a session starting at
 * local time t overlaps the next one when the next starts before t + duration.
 */
import { expandRecurrence } from "./expand-recurrence.js";
import { parseFloating } from "./local-format.js";
import { parseRecurrenceRule } from "./parse-rule.js";
import type { RecurrenceInput, RecurrenceResult, RecurrenceStart } from "./recurrence-set.js";
import type { Frequency, RecurrenceRule } from "./rule.js";

/**
 * What a rule's form alone says about sessions of a given length: they overlap at every
 * step (`always`: evenly spaced instances closer than the length), never (`never`: no two
 * instances the rule can make are closer than the length), or only the instances can tell
 * (`maybe`). DTSTART and RDATEs are not the rule's: DTSTART may still meet the first
 * instance after it, and a set with RDATEs is `maybe` at best.
 */
export type OverlapVerdict = "always" | "never" | "maybe";

/** Two sessions of a schedule that overlap: the earlier one has not ended when the later one starts (local `YYYY-MM-DDTHH:mm:ss`). */
export interface SessionOverlap {
  /** The session that starts first. */
  readonly earlier: string;
  /** The session that starts before the earlier one ends. */
  readonly later: string;
}

const UNIT_SECONDS: Readonly<Record<Frequency, number>> = { SECONDLY: 1, MINUTELY: 60, HOURLY: 3600, DAILY: 86_400, WEEKLY: 604_800, MONTHLY: 0, YEARLY: 0 };
const DAY_SECONDS = 86_400;
/** Past this many times of day the smallest gap between them is not worth working out: it is at most a few seconds. */
const MOST_TIMES_OF_DAY = 4096;

const hasDayParts = (rule: RecurrenceRule): boolean =>
  rule.byDay.length > 0 || rule.byMonthDay.length > 0 || rule.byYearDay.length > 0 || rule.byWeekNo.length > 0 || rule.byMonth.length > 0;
const hasTimeParts = (rule: RecurrenceRule): boolean => rule.byHour.length > 0 || rule.byMinute.length > 0 || rule.bySecond.length > 0;

/** The step of a rule whose instances are evenly spaced on the wall clock (no BY part; FREQ of a fixed length), in seconds; undefined otherwise. */
export function evenStepSeconds(rule: RecurrenceRule): number | undefined {
  const unit = UNIT_SECONDS[rule.freq];
  if (unit === 0 || hasDayParts(rule) || hasTimeParts(rule) || rule.bySetPos.length > 0) return undefined;
  return rule.interval * unit;
}

/**
 * The smallest distance between consecutive offsets repeating every `period` seconds
 * (the wrap from the last offset to the first of the next period included).
 */
function leastGap(offsets: readonly number[], period: number): number {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined || sorted.length === 1) return period;
  let least = period - (last - first);
  for (let i = 1; i < sorted.length; i++) least = Math.min(least, (sorted[i] ?? 0) - (sorted[i - 1] ?? 0));
  return least;
}

/** Offsets (seconds) of every combination of the given parts, each a list of values times a unit; one 0 for an absent part. */
function offsets(parts: readonly (readonly [readonly number[], number])[]): number[] | undefined {
  let out = [0];
  for (const [values, unit] of parts) {
    if (values.length === 0) continue;
    if (out.length * values.length > MOST_TIMES_OF_DAY) return undefined;
    out = out.flatMap((o) => values.map((v) => o + v * unit));
  }
  return out;
}

/**
 * A lower bound of the distance in seconds between two consecutive instances of a rule,
 * from its form: the BY parts a frequency expands spread instances within its period, the
 * ones that filter only remove instances. Day parts of WEEKLY and coarser rules may put
 * instances on consecutive days.
 */
export function leastSpacingSeconds(rule: RecurrenceRule): number {
  const seconds: readonly [readonly number[], number] = [rule.bySecond, 1];
  const minutes: readonly [readonly number[], number] = [rule.byMinute, 60];
  const hours: readonly [readonly number[], number] = [rule.byHour, 3600];
  // Instances are a subset of a grid: BY parts finer than FREQ spread them within a period of it.
  const spread = (parts: readonly (readonly [readonly number[], number])[], period: number): number => {
    const within = offsets(parts);
    return within === undefined ? 1 : leastGap(within, period);
  };
  switch (rule.freq) {
    case "SECONDLY":
      return rule.interval;
    case "MINUTELY":
      return spread([seconds], rule.interval * 60);
    case "HOURLY":
      return spread([minutes, seconds], rule.interval * 3600);
    case "DAILY":
      return spread([hours, minutes, seconds], rule.interval * DAY_SECONDS);
    case "WEEKLY":
      if (rule.byDay.length <= 1 && !hasDayParts({ ...rule, byDay: [] })) return spread([hours, minutes, seconds], rule.interval * 7 * DAY_SECONDS);
      return spread([hours, minutes, seconds], DAY_SECONDS);
    case "MONTHLY":
    case "YEARLY":
      return spread([hours, minutes, seconds], DAY_SECONDS);
  }
}

/**
 * What the form of `rule` says about sessions of `durationMinutes` (see {@link OverlapVerdict}).
 *
 * @example overlapVerdict(rule("FREQ=SECONDLY"), 60) // "always"
 * @example overlapVerdict(rule("FREQ=WEEKLY;BYDAY=TU,TH"), 120) // "never"
 */
export function overlapVerdict(rule: RecurrenceRule, durationMinutes: number): OverlapVerdict {
  const length = durationMinutes * 60;
  if (rule.count === 1) return "never";
  const step = evenStepSeconds(rule);
  if (step !== undefined && step < length) return "always";
  return leastSpacingSeconds(rule) >= length ? "never" : "maybe";
}

/**
 * The first two sessions of `durationMinutes` among `starts` where the later starts before
 * the earlier ends, on the wall clock; undefined when none do.
 *
 * @example firstOverlap(expanded.starts, 60) // { earlier: "2026-01-05T09:00:00", later: "2026-01-05T09:00:01" }
 */
export function firstOverlap(starts: readonly RecurrenceStart[], durationMinutes: number): SessionOverlap | undefined {
  const length = durationMinutes * 60_000;
  // Sorted by wall clock (the starts come by instant; a gap-shifted DTSTART may differ).
  const walls = starts.map((s) => ({ local: s.local, ms: parseFloating(s.local) ?? Number.NaN })).sort((a, b) => a.ms - b.ms);
  for (let i = 1; i < walls.length; i++) {
    const earlier = walls[i - 1];
    const later = walls[i];
    if (earlier !== undefined && later !== undefined && later.ms < earlier.ms + length) return { earlier: earlier.local, later: later.local };
  }
  return undefined;
}

/** Instances looked at first: an overlapping rule shows it within its first few instances, almost always. */
const PROBE = 64;

/**
 * The first overlapping pair of sessions of `durationMinutes` in a recurrence set (as
 * {@link expandRecurrence} expands it, within `input.until` and `input.limit`), or
 * undefined. Cheap for most rules: a rule whose form rules overlap out is not expanded,
 * and the first 64 instances are looked at before the whole set. `expand`
 * stands for {@link expandRecurrence} (a planner passes its memo). An RRULE that does not
 * read is not this function's to report: undefined.
 *
 * @example firstSessionOverlap({ dtstart: "2026-01-05T09:00", rrule: "FREQ=SECONDLY", zone: "Asia/Jakarta", limit: 100_000 }, 60)
 * // { earlier: "2026-01-05T09:00:00", later: "2026-01-05T09:00:01" }
 */
export function firstSessionOverlap(input: RecurrenceInput, durationMinutes: number, expand: (input: RecurrenceInput) => RecurrenceResult = expandRecurrence): SessionOverlap | undefined {
  const parsed = parseRecurrenceRule(input.rrule);
  if (!parsed.ok) return undefined;
  // DTSTART is the first instance even where the rule would not put one: of a rule that rules overlap out, only it and the next can still meet.
  const ruledOut = overlapVerdict(parsed.rule, durationMinutes) === "never" && (input.rdates ?? []).length === 0;
  const probe = expand({ ...input, limit: Math.min(ruledOut ? 2 : PROBE, input.limit) });
  if (!probe.ok) return undefined;
  const early = firstOverlap(probe.starts, durationMinutes);
  if (early !== undefined || !probe.limitReached || ruledOut || input.limit <= PROBE) return early;
  const whole = expand(input);
  return whole.ok ? firstOverlap(whole.starts, durationMinutes) : undefined;
}
