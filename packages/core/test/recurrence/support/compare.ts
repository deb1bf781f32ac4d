import { IANAZone } from "luxon";
import { expandRecurrence } from "../../../src/recurrence/expand-recurrence.js";
import { floatingDateTime, parseFloating } from "../../../src/recurrence/local-format.js";
import { parseRecurrenceRule } from "../../../src/recurrence/parse-rule.js";
import type { RecurrenceRule } from "../../../src/recurrence/rule.js";
import { walkRule } from "../../../src/recurrence/walk-rule.js";
import { zoneClock, type ZoneClock } from "../../../src/recurrence/zone-clock.js";
import { oracleInstants, OracleGaveUp } from "./oracle.js";
import type { RandomCase } from "./random-case.js";

/** Instances ical.js is asked for per case; ours are expanded further so a prefix can be compared. */
export const ORACLE_INSTANCES = 40;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Why a case is left out of the exact comparison (each an oracle deviation, decided by the
 * RFC 5545 section named in the test), or undefined when it is compared.
 */
export type Exclusion =
  | "oracle-gave-up"
  | "bysetpos-unsupported"
  | "yearly-time-lists"
  | "yearly-byweekno"
  | "monthly-bymonth-interval"
  | "yearly-negative-monthday"
  | "yearly-large-ordinal"
  | "monthly-day-and-weekday-interval"
  | "subdaily-interval-with-own-list"
  | "missing-start-day-rolls-over"
  | "several-times-a-day"
  | "rule-instance-in-gap"
  | "contracting-negative-monthday"
  | "yearly-monthday-rolls-over"
  | "yearly-monthday-without-month"
  | "dtstart-unsynchronised";

/** A compared case: the instants each side gives (sorted), after the oracle model. */
export interface CaseOutcome {
  readonly case: RandomCase;
  readonly exclusion?: Exclusion;
  /** Ours, as ical.js is modelled to give them. */
  readonly expected: readonly number[];
  /** ical.js's, sorted. */
  readonly oracle: readonly number[];
  /** DTSTART did not match the rule (RFC 5545 §3.8.5.3 leaves that set undefined). */
  readonly unsynchronised: boolean;
  /** For an unsynchronised DTSTART: ical.js's instances after its first all belong to our set (modelled as above). */
  readonly tailAgrees: boolean;
  /** Some instance was a local time at a DST change, read by ical.js with the offset after it. */
  readonly readAfterChange: boolean;
}

const timesPerDay = (rule: RecurrenceRule): number => Math.max(1, rule.byHour.length) * Math.max(1, rule.byMinute.length) * Math.max(1, rule.bySecond.length);

/** ical.js applies BYSETPOS only for MONTHLY with BYDAY and no BYMONTHDAY, counting days (so one time a day); YEARLY only in some combinations. */
function bySetPosUnsupported(rule: RecurrenceRule): boolean {
  return rule.bySetPos.length > 0 && !(rule.freq === "MONTHLY" && rule.byDay.length > 0 && rule.byMonthDay.length === 0 && timesPerDay(rule) === 1);
}

/** ical.js's YEARLY step expands days only, keeping one value of BYHOUR/BYMINUTE/BYSECOND. */
const yearlyTimeLists = (rule: RecurrenceRule): boolean => rule.freq === "YEARLY" && timesPerDay(rule) > 1;

/** ical.js's YEARLY BYWEEKNO filter tests `indexOf(week)` for truth, so it keeps nearly every week. */
const yearlyByWeekNo = (rule: RecurrenceRule): boolean => rule.byWeekNo.length > 0;

/** ical.js's MONTHLY step with BYMONTH jumps to a listed month, skipping INTERVAL and sometimes the current year. */
const monthlyByMonthInterval = (rule: RecurrenceRule): boolean => rule.freq === "MONTHLY" && rule.byMonth.length > 0;

/** ical.js's YEARLY BYDAY ordinals beyond the 5th of a month count wrongly. */
const yearlyLargeOrdinal = (rule: RecurrenceRule): boolean => rule.freq === "YEARLY" && rule.byDay.some((d) => d.ordinal !== undefined && Math.abs(d.ordinal) > 5);

/** ical.js's MONTHLY step with both BYMONTHDAY and BYDAY ignores INTERVAL. */
const monthlyDayAndWeekdayInterval = (rule: RecurrenceRule): boolean => rule.freq === "MONTHLY" && rule.interval > 1 && rule.byMonthDay.length > 0 && rule.byDay.length > 0;

/** ical.js's HOURLY/MINUTELY/SECONDLY step jumps to the next BYHOUR/BYMINUTE/BYSECOND value, ignoring INTERVAL. */
function subDailyIntervalWithOwnList(rule: RecurrenceRule): boolean {
  if (rule.interval === 1) return false;
  if (rule.freq === "HOURLY") return rule.byHour.length > 0 || rule.byMinute.length > 1 || rule.bySecond.length > 1;
  if (rule.freq === "MINUTELY") return rule.byHour.length > 0 || rule.byMinute.length > 0 || rule.bySecond.length > 1;
  return rule.freq === "SECONDLY" && (rule.byHour.length > 0 || rule.byMinute.length > 0 || rule.bySecond.length > 0);
}

/** A MONTHLY/YEARLY rule that takes DTSTART's day (29th or later): ical.js moves it into the next month where that day is missing; RFC 5545 skips it. */
function missingStartDayRollsOver(rule: RecurrenceRule, dtstart: string): boolean {
  const fromStart = rule.byMonthDay.length + rule.byDay.length + rule.byYearDay.length + rule.byWeekNo.length === 0;
  return (rule.freq === "MONTHLY" || rule.freq === "YEARLY") && fromStart && Number(dtstart.slice(8, 10)) >= 29;
}

/** ical.js's YEARLY step resolves a negative BYMONTHDAY against a 31-day month. */
const yearlyNegativeMonthDay = (rule: RecurrenceRule): boolean => rule.freq === "YEARLY" && rule.byMonthDay.some((d) => d < 0);

/** ical.js limits DAILY and finer frequencies by BYMONTHDAY comparing the day of the month with each value as written, so a negative value never matches. */
const contractingNegativeMonthDay = (rule: RecurrenceRule): boolean =>
  (rule.freq === "DAILY" || rule.freq === "HOURLY" || rule.freq === "MINUTELY" || rule.freq === "SECONDLY") && rule.byMonthDay.some((d) => d < 0);

/** The shortest length of each month (February 28): a day past it does not exist in some year. */
const SHORTEST_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** ical.js's YEARLY step with BYMONTH and BYMONTHDAY (no other day part) sets a day past the month's end and rolls into the next month. */
const yearlyMonthDayRollsOver = (rule: RecurrenceRule): boolean =>
  rule.freq === "YEARLY" &&
  rule.byDay.length + rule.byWeekNo.length + rule.byYearDay.length === 0 &&
  rule.byMonth.some((m) => rule.byMonthDay.some((d) => d > (SHORTEST_MONTH[m - 1] ?? 31)));

/** A YEARLY rule whose only day part is BYMONTHDAY: ical.js (like libical) expands it in DTSTART's month only, we (like python-dateutil) in every month. */
const yearlyMonthDayWithoutMonth = (rule: RecurrenceRule): boolean =>
  rule.freq === "YEARLY" && rule.byMonthDay.length > 0 && rule.byMonth.length + rule.byDay.length + rule.byWeekNo.length + rule.byYearDay.length === 0;

/** Several times a day with COUNT, EXDATE or a MONTHLY/YEARLY step: ical.js's last counted instance, EXDATE pointer and first day of a period slip by a time of the day. */
const severalTimesADay = (rule: RecurrenceRule, exdates: boolean): boolean =>
  timesPerDay(rule) > 1 && (rule.count !== undefined || exdates || rule.freq === "MONTHLY" || rule.freq === "YEARLY");

/** True when a rule candidate (before COUNT/UNTIL) in the window is a local time a DST gap skips: we ignore it (§3.3.10), ical.js keeps and counts it. */
function ruleInstanceInGap(c: RandomCase, rule: RecurrenceRule, dtstartMs: number, lastMs: number): boolean {
  const clock = zoneClock(c.zone);
  let seen = 0;
  let inGap = false;
  walkRule(rule, dtstartMs, lastMs, (ms) => {
    seen += 1;
    inGap = clock.resolve(ms).inGap;
    return !inGap && seen < 4 * ORACLE_INSTANCES;
  });
  return inGap;
}

/** The local time of a rule instance (DTSTART itself aside) at the instant `ms`, if any: a DTSTART in a DST gap moves forward (§3.3.5) and may meet one. */
function ruleTwin(rule: RecurrenceRule, clock: ZoneClock, dtstartMs: number, ms: number): string | undefined {
  let twin: string | undefined;
  walkRule(rule, dtstartMs, dtstartMs + 3 * HOUR_MS, (floatingMs) => {
    const resolved = clock.resolve(floatingMs);
    if (floatingMs !== dtstartMs && !resolved.inGap && resolved.ms === ms) twin = floatingDateTime(floatingMs);
    return twin === undefined;
  });
  return twin;
}

/**
 * The rule with its BYHOUR, BYMINUTE and BYSECOND values in ascending order. RFC 5545
 * §3.3.10 makes each a list of values whose order carries no meaning; ical.js emits the
 * times of a day in the written order, so its first N instances would not be the earliest N.
 */
function withSortedTimes(rrule: string): string {
  return rrule.replace(/(BYHOUR|BYMINUTE|BYSECOND)=([\d,]+)/g, (_, part: string, values: string) => `${part}=${values.split(",").map(Number).sort((a, b) => a - b).join(",")}`);
}

/** The instant ical.js gives a local time: at a DST change (gap or repeated hour) it takes the offset after the change. */
function oracleReading(zone: IANAZone, floatingMs: number): number {
  const before = zone.offset(floatingMs - DAY_MS);
  const after = zone.offset(floatingMs + DAY_MS);
  if (before === after) return floatingMs - before * 60_000;
  const laterValid = zone.offset(floatingMs - after * 60_000) === after;
  const earlierValid = zone.offset(floatingMs - before * 60_000) === before;
  return laterValid || !earlierValid ? floatingMs - after * 60_000 : floatingMs - before * 60_000;
}

/**
 * Runs one case through our engine and ical.js. EXDATEs, when the case has them, are our
 * 2nd and 4th instances, and DTSTART when it matches the rule (ical.js moves past at most
 * one EXDATE per instance, so an EXDATE that is not an instance of its would hide the next
 * one). Our result is mapped through the modelled oracle deviation that applies to every
 * case: a local time at a DST change is read with the offset after the change. With an
 * unsynchronised DTSTART, ical.js sometimes drops it, sometimes returns it moved to the
 * BY parts; we then also expand COUNT+1 without DTSTART and check ical.js's tail.
 */
export function runCase(c: RandomCase): CaseOutcome {
  const parsed = parseRecurrenceRule(c.rrule);
  const dtstartMs = parseFloating(c.dtstart);
  if (!parsed.ok || dtstartMs === undefined) throw new Error(`${c.rrule} does not parse`);
  const rule = parsed.rule;
  const lastMs = (parseFloating(c.lastDate) ?? 0) + DAY_MS - 1;
  const base = { dtstart: c.dtstart, rrule: c.rrule, zone: c.zone, rdates: c.rdates, until: c.lastDate, limit: 3 * ORACLE_INSTANCES };
  const plain = expandRecurrence(base);
  if (!plain.ok) throw new Error(plain.error);
  let unsynchronised = true;
  walkRule(rule, dtstartMs, dtstartMs, (ms) => {
    unsynchronised = ms !== dtstartMs;
    return false;
  });
  const picked = [plain.starts[1], plain.starts[3]].flatMap((s) => (s === undefined ? [] : [s.local]));
  const zone = IANAZone.create(c.zone);
  const utcUntil = rule.until?.kind === "utc" ? rule.until.ms : Infinity;
  // ical.js never produces a DTSTART it reads as past UNTIL, so an EXDATE of it would hold its EXDATE pointer back.
  const startPastUntil = oracleReading(zone, dtstartMs) > utcUntil;
  const exdates = c.withExdates ? [...(unsynchronised || startPastUntil ? [] : [c.dtstart]), ...picked] : [];
  const dropStart = unsynchronised && !c.rdates.includes(c.dtstart);
  const rrule = dropStart && rule.count !== undefined ? c.rrule.replace(/COUNT=\d+/, `COUNT=${rule.count + 1}`) : c.rrule;
  const ours = expandRecurrence({ ...base, rrule, exdates });
  if (!ours.ok) throw new Error(ours.error);
  const clock = zoneClock(c.zone);
  let readAfterChange = false;
  const expected = ours.starts
    .flatMap((s) => {
      // Without DTSTART, an instance it merged with (a gap-shifted DTSTART on the instant of a rule instance) is the rule's own.
      const local = dropStart && s.local === c.dtstart ? ruleTwin(rule, clock, dtstartMs, s.startMs) : s.local;
      if (local === undefined) return [];
      const reading = oracleReading(zone, parseFloating(local) ?? 0);
      // ical.js bounds its rule instances, DTSTART included, by UNTIL at its own reading of them; RDATEs are not bounded.
      if (reading > utcUntil && !c.rdates.includes(local)) return [];
      readAfterChange ||= reading !== s.startMs;
      return [reading];
    })
    .sort((a, b) => a - b);
  let oracle: number[] | undefined;
  try {
    oracle = oracleInstants({ zone: c.zone, dtstart: c.dtstart, rrule: withSortedTimes(c.rrule), exdates, rdates: c.rdates, lastDate: c.lastDate, limit: ORACLE_INSTANCES }).sort((a, b) => a - b);
  } catch (error) {
    if (!(error instanceof OracleGaveUp)) throw error;
  }
  const ruleClasses: readonly (readonly [Exclusion, () => boolean])[] = [
    ["bysetpos-unsupported", () => bySetPosUnsupported(rule)],
    ["yearly-time-lists", () => yearlyTimeLists(rule)],
    ["yearly-byweekno", () => yearlyByWeekNo(rule)],
    ["monthly-bymonth-interval", () => monthlyByMonthInterval(rule)],
    ["yearly-negative-monthday", () => yearlyNegativeMonthDay(rule)],
    ["yearly-large-ordinal", () => yearlyLargeOrdinal(rule)],
    ["monthly-day-and-weekday-interval", () => monthlyDayAndWeekdayInterval(rule)],
    ["subdaily-interval-with-own-list", () => subDailyIntervalWithOwnList(rule)],
    ["missing-start-day-rolls-over", () => missingStartDayRollsOver(rule, c.dtstart)],
    ["several-times-a-day", () => severalTimesADay(rule, exdates.length > 0)],
    ["rule-instance-in-gap", () => ruleInstanceInGap(c, rule, dtstartMs, lastMs)],
    ["contracting-negative-monthday", () => contractingNegativeMonthDay(rule)],
    ["yearly-monthday-rolls-over", () => yearlyMonthDayRollsOver(rule)],
    ["yearly-monthday-without-month", () => yearlyMonthDayWithoutMonth(rule)],
    ["dtstart-unsynchronised", () => unsynchronised],
  ];
  const exclusion: Exclusion | undefined = oracle === undefined ? "oracle-gave-up" : ruleClasses.find(([, applies]) => applies())?.[0];
  const compared = oracle ?? [];
  // ical.js may return DTSTART, or one first instance moved to the BY parts before our first rule instance (RDATEs may come earlier); nothing else may differ.
  const ourSet = new Set(expected);
  const startReading = oracleReading(zone, dtstartMs);
  const extras = compared.filter((ms) => !ourSet.has(ms) && ms !== startReading);
  const rdateReadings = new Set(c.rdates.map((r) => oracleReading(zone, parseFloating(r) ?? 0)));
  const firstRuleInstance = expected.find((ms) => !rdateReadings.has(ms)) ?? Infinity;
  const tailAgrees = extras.length === 0 || (extras.length === 1 && (extras[0] ?? 0) < firstRuleInstance);
  return {
    case: c,
    ...(exclusion === undefined ? {} : { exclusion }),
    expected: compared.length >= ORACLE_INSTANCES ? expected.slice(0, ORACLE_INSTANCES) : expected,
    oracle: compared,
    unsynchronised: dropStart,
    tailAgrees,
    readAfterChange,
  };
}
