import { civilDate, DAY_SECONDS, daysInMonth, gcd, GREGORIAN_CYCLE_DAYS } from "./calendar.js";
import { dayFilter, nextAllowedMonth } from "./day-filter.js";
import type { StartFields } from "./effective-rule.js";
import type { RecurrenceRule } from "./rule.js";
import { selectPositions, somePositionFits } from "./set-position.js";
import { emitCandidates, type RuleVisitor, type WalkBounds, type WalkEnd } from "./walk-outcome.js";

const UNIT_SECONDS = { HOURLY: 3600, MINUTELY: 60, SECONDLY: 1 } as const;

const mod = (a: number, m: number): number => ((a % m) + m) % m;
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

function mask(values: readonly number[], size: number): Uint8Array {
  const m = new Uint8Array(size);
  if (values.length === 0) m.fill(1);
  for (const v of values) if (v < size) m[v] = 1;
  return m;
}

/** What one HOURLY, MINUTELY or SECONDLY period may hold: which period starts of a day BY parts allow, and the offsets expanded inside a period. */
interface ClockPlan {
  readonly unit: number;
  /** True when a period starting at this second of the day passes the BY parts that limit it. */
  allowed(secondOfDay: number): boolean;
  /** The allowed period starts of a day, ascending (built only when cheaper to scan than the periods). */
  allowedStarts(): readonly number[];
  /** How many period starts a day allows. */
  readonly allowedCount: number;
  /** Offsets within a period (seconds), ascending: what BYMINUTE/BYSECOND expand to. */
  readonly offsets: readonly number[];
}

function clockPlan(rule: RecurrenceRule, freq: keyof typeof UNIT_SECONDS): ClockPlan {
  const hourOk = mask(rule.byHour, 24);
  const minuteOk = mask(freq === "HOURLY" ? [] : rule.byMinute, 60);
  const secondOk = mask(freq === "SECONDLY" ? rule.bySecond : [], 60);
  const hours = rule.byHour.length > 0 ? rule.byHour : range(24);
  const minutes = freq !== "HOURLY" && rule.byMinute.length > 0 ? rule.byMinute : freq === "HOURLY" ? [0] : range(60);
  const seconds = freq === "SECONDLY" ? (rule.bySecond.length > 0 ? rule.bySecond.filter((s) => s < 60) : range(60)) : [0];
  const offsets: number[] = [];
  if (freq === "HOURLY") for (const m of rule.byMinute) for (const s of rule.bySecond) if (s < 60) offsets.push(m * 60 + s);
  if (freq === "MINUTELY") for (const s of rule.bySecond) if (s < 60) offsets.push(s);
  if (freq === "SECONDLY") offsets.push(0);
  let starts: number[] | undefined;
  return {
    unit: UNIT_SECONDS[freq],
    allowed: (s) => hourOk[Math.floor(s / 3600)] === 1 && minuteOk[Math.floor(s / 60) % 60] === 1 && secondOk[s % 60] === 1,
    allowedStarts: () => {
      starts ??= hours.flatMap((h) => minutes.flatMap((m) => seconds.map((s) => h * 3600 + m * 60 + s)));
      return starts;
    },
    allowedCount: hours.length * minutes.length * seconds.length,
    offsets,
  };
}

/** True when some allowed period start is a time of day the periods ever reach: they reach exactly the residues of the first one modulo gcd(step, 1 day). */
function someStartReachable(plan: ClockPlan, firstPeriod: number, step: number): boolean {
  const g = gcd(step, DAY_SECONDS);
  const residue = mod(firstPeriod, g);
  // Scan whichever is shorter: the few allowed starts, or the reachable times (stopping at the first allowed one).
  if (plan.allowedCount * 8 < DAY_SECONDS / g) return plan.allowedStarts().some((s) => mod(s, g) === residue);
  for (let s = residue; s < DAY_SECONDS; s += g) if (plan.allowed(s)) return true;
  return false;
}

/**
 * Walks an HOURLY, MINUTELY or SECONDLY rule (defaults filled by `effectiveRule`) in
 * floating time, a day at a time: days failing the day parts are skipped whole (months
 * BYMONTH excludes in one step); within a day the periods of the INTERVAL progression
 * that BYHOUR/BYMINUTE/BYSECOND allow are found by scanning whichever is shorter, the
 * periods or the allowed times; each expands to its BYMINUTE/BYSECOND offsets, then
 * BYSETPOS. A rule whose periods never reach an allowed time of day (an even HOURLY
 * INTERVAL with only odd BYHOUR), or whose BYSETPOS exceeds what a period holds, is
 * exhausted at once. Bounded: it ends past
 * `stopSeconds`, or after one cycle of periods (400 Gregorian years' worth, at most
 * 146,097 × 86,400 / unit) without a candidate.
 */
export function walkClockPeriods(rule: RecurrenceRule, start: StartFields, bounds: WalkBounds, visit: RuleVisitor): WalkEnd {
  if (rule.freq !== "HOURLY" && rule.freq !== "MINUTELY" && rule.freq !== "SECONDLY") return "exhausted";
  const plan = clockPlan(rule, rule.freq);
  const step = rule.interval * plan.unit;
  const first = Math.floor(start.seconds / plan.unit) * plan.unit;
  if (!somePositionFits(rule.bySetPos, plan.offsets.length) || !someStartReachable(plan, first, step)) return "exhausted";
  const periodsPerCycle = (GREGORIAN_CYCLE_DAYS * DAY_SECONDS) / plan.unit;
  const cycle = periodsPerCycle / gcd(periodsPerCycle, rule.interval);
  const filter = dayFilter(rule, "month");
  const memberFrom = (s: number): number => first + Math.ceil((s - first) / step) * step;
  const candidates: number[] = [];
  let lastHit = 0;
  /** Expands one period to its candidates, applies BYSETPOS and emits them. */
  const emitPeriod = (p: number): WalkEnd | undefined => {
    candidates.length = 0;
    for (const o of plan.offsets) candidates.push(p + o);
    const kept = rule.bySetPos.length > 0 ? selectPositions(candidates, rule.bySetPos) : candidates;
    if (kept.length > 0) lastHit = (p - first) / step;
    return emitCandidates(kept, bounds, visit);
  };
  let t = first;
  while ((t - first) / step - lastHit <= cycle) {
    if (t > bounds.stopSeconds) return "bound";
    const day = Math.floor(t / DAY_SECONDS);
    const dayStart = day * DAY_SECONDS;
    const { year, month, day: dayOfMonth } = civilDate(day);
    if (!filter.monthAllowed(month)) {
      t = memberFrom(nextAllowedMonth(day, filter) * DAY_SECONDS);
      continue;
    }
    if (filter.matches({ day, year, month, dayOfMonth, monthLength: daysInMonth(year, month) })) {
      let end: WalkEnd | undefined;
      if (Math.ceil((dayStart + DAY_SECONDS - t) / step) <= plan.allowedCount) {
        for (let p = t; p < dayStart + DAY_SECONDS && end === undefined; p += step) if (plan.allowed(p - dayStart)) end = emitPeriod(p);
      } else {
        for (const s of plan.allowedStarts()) {
          if (dayStart + s >= t && mod(dayStart + s - first, step) === 0) end = emitPeriod(dayStart + s);
          if (end !== undefined) break;
        }
      }
      if (end !== undefined) return end;
    }
    t = memberFrom(dayStart + DAY_SECONDS);
  }
  return "exhausted";
}
