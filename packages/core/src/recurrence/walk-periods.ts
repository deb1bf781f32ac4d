import { civilDate, dayNumber, DAY_SECONDS, daysInMonth, gcd, GREGORIAN_CYCLE_DAYS, weekdayOf } from "./calendar.js";
import { dayFilter, nextAllowedMonth, type DayFilter } from "./day-filter.js";
import type { StartFields } from "./effective-rule.js";
import type { RecurrenceRule } from "./rule.js";
import { selectPositions, somePositionFits } from "./set-position.js";
import { emitCandidates, type RuleVisitor, type WalkBounds, type WalkEnd } from "./walk-outcome.js";

/** How a day-or-coarser frequency lays out its periods: where period k starts, which days it holds, how far a miss may skip. */
interface PeriodLayout {
  /** Periods after which the calendar repeats for this rule: a cycle without a candidate means none will ever come. */
  readonly cycle: number;
  /** Day number where period k starts. */
  firstDay(k: number): number;
  /** Pushes the days of period k that pass the day filter, in order. */
  collect(k: number, filter: DayFilter, out: number[]): void;
  /** The next period worth looking at after an empty period k (k + 1 unless whole months can be skipped). */
  next(k: number, filter: DayFilter): number;
}

function pushIfMatches(day: number, filter: DayFilter, out: number[]): void {
  const { year, month, day: dayOfMonth } = civilDate(day);
  if (filter.matches({ day, year, month, dayOfMonth, monthLength: daysInMonth(year, month) })) out.push(day);
}

function pushMonth(year: number, month: number, filter: DayFilter, out: number[]): void {
  if (!filter.monthAllowed(month)) return;
  const first = dayNumber(year, month, 1);
  const monthLength = daysInMonth(year, month);
  for (let d = 1; d <= monthLength; d++) {
    if (filter.matches({ day: first + d - 1, year, month, dayOfMonth: d, monthLength })) out.push(first + d - 1);
  }
}

/** Period layouts of DAILY, WEEKLY, MONTHLY and YEARLY, starting at DTSTART's period. */
function layoutOf(rule: RecurrenceRule, start: StartFields): PeriodLayout {
  const n = rule.interval;
  const step = (k: number): number => k + 1;
  switch (rule.freq) {
    case "YEARLY":
      return {
        cycle: 400 / gcd(400, n),
        firstDay: (k) => dayNumber(start.year + k * n, 1, 1),
        collect: (k, filter, out) => {
          for (let m = 1; m <= 12; m++) pushMonth(start.year + k * n, m, filter, out);
        },
        next: step,
      };
    case "MONTHLY": {
      const month0 = start.year * 12 + start.month - 1;
      const at = (k: number): readonly [number, number] => [Math.floor((month0 + k * n) / 12), ((month0 + k * n) % 12) + 1];
      return {
        cycle: 4800 / gcd(4800, n),
        firstDay: (k) => dayNumber(...at(k), 1),
        collect: (k, filter, out) => pushMonth(...at(k), filter, out),
        next: step,
      };
    }
    case "WEEKLY": {
      const week0 = start.day - ((weekdayOf(start.day) - rule.wkst + 7) % 7);
      return {
        cycle: GREGORIAN_CYCLE_DAYS / gcd(GREGORIAN_CYCLE_DAYS, 7 * n),
        firstDay: (k) => week0 + 7 * n * k,
        collect: (k, filter, out) => {
          for (let i = 0; i < 7; i++) pushIfMatches(week0 + 7 * n * k + i, filter, out);
        },
        next: step,
      };
    }
    default:
      return {
        cycle: GREGORIAN_CYCLE_DAYS / gcd(GREGORIAN_CYCLE_DAYS, n),
        firstDay: (k) => start.day + n * k,
        collect: (k, filter, out) => pushIfMatches(start.day + n * k, filter, out),
        next: (k, filter) => {
          const day = start.day + n * k;
          if (filter.monthAllowed(civilDate(day).month)) return k + 1;
          return Math.max(k + 1, Math.ceil((nextAllowedMonth(day, filter) - start.day) / n));
        },
      };
  }
}

/** The most days a period of each frequency holds. */
const MAX_PERIOD_DAYS: Readonly<Record<string, number>> = { YEARLY: 366, MONTHLY: 31, WEEKLY: 7, DAILY: 1 };

/** Seconds of the day of every BYHOUR × BYMINUTE × BYSECOND combination, ascending; a leap second (60) never exists. */
function timesOfDay(rule: RecurrenceRule): number[] {
  const times: number[] = [];
  for (const h of rule.byHour) for (const m of rule.byMinute) for (const s of rule.bySecond) if (s < 60) times.push(h * 3600 + m * 60 + s);
  return times;
}

/**
 * Walks a DAILY, WEEKLY, MONTHLY or YEARLY rule (defaults filled by `effectiveRule`)
 * period by period from DTSTART's, in floating time: the days of each period that pass
 * the day parts, times the BYHOUR × BYMINUTE × BYSECOND times, then BYSETPOS.
 * Bounded: it ends past `stopSeconds`, or after one calendar cycle (400 years' worth of
 * periods: at most 400 years, 4,800 months, 20,871 weeks or 146,097 days) without a
 * candidate; a DAILY rule skips months BYMONTH excludes in one step. With no time of
 * day, or a BYSETPOS beyond what any period holds, it is exhausted at once.
 */
export function walkPeriods(rule: RecurrenceRule, start: StartFields, bounds: WalkBounds, visit: RuleVisitor): WalkEnd {
  const times = timesOfDay(rule);
  if (!somePositionFits(rule.bySetPos, (MAX_PERIOD_DAYS[rule.freq] ?? 1) * times.length)) return "exhausted";
  const layout = layoutOf(rule, start);
  const scope = rule.freq === "YEARLY" && rule.byMonth.length === 0 ? "year" : "month";
  const filter = dayFilter(rule, scope);
  const days: number[] = [];
  const candidates: number[] = [];
  let lastHit = 0;
  for (let k = 0; k - lastHit <= layout.cycle; ) {
    if (layout.firstDay(k) * DAY_SECONDS > bounds.stopSeconds) return "bound";
    days.length = 0;
    layout.collect(k, filter, days);
    if (days.length === 0) {
      k = layout.next(k, filter);
      continue;
    }
    candidates.length = 0;
    for (const d of days) for (const t of times) candidates.push(d * DAY_SECONDS + t);
    const kept = rule.bySetPos.length > 0 ? selectPositions(candidates, rule.bySetPos) : candidates;
    if (kept.length > 0) lastHit = k;
    const end = emitCandidates(kept, bounds, visit);
    if (end !== undefined) return end;
    k += 1;
  }
  return "exhausted";
}
