import { IANAZone } from "luxon";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Where a wall-clock time falls in a zone: its instant, the offset used, and whether it was skipped by a DST gap. */
export interface ResolvedLocalTime {
  /** The instant, epoch milliseconds. */
  readonly ms: number;
  /** The zone's offset in minutes used for the instant. */
  readonly offsetMinutes: number;
  /** True when the wall-clock time does not exist (a DST gap); `ms` then uses the offset from before the gap. */
  readonly inGap: boolean;
}

/**
 * Converts between wall-clock time in one IANA zone and instants, with the RFC 5545
 * rules: an ambiguous time (fall-back) is the first of the two; a time in a gap
 * (spring-forward) takes the offset from before the gap, so it moves forward.
 */
export interface ZoneClock {
  /** The IANA zone name. */
  readonly zone: string;
  /** Resolves a wall-clock time given as "floating" epoch ms (its UTC fields are the wall clock). */
  resolve(floatingMs: number): ResolvedLocalTime;
  /** The zone's offset in minutes at an instant. */
  offsetAt(ms: number): number;
}

/**
 * Builds a {@link ZoneClock}. Offsets are memoised per UTC day boundary because luxon's
 * Intl-based `offset()` costs about a microsecond and expansion asks millions of times.
 *
 * @example zoneClock("Asia/Jakarta").resolve(Date.UTC(2019, 1, 12, 9)).ms // 2019-02-12T02:00Z
 */
export function zoneClock(zone: string): ZoneClock {
  const iana = IANAZone.create(zone);
  const dayOffsets = new Map<number, number>();
  const offsetAtDay = (day: number): number => {
    let offset = dayOffsets.get(day);
    if (offset === undefined) {
      offset = iana.offset(day * DAY_MS);
      dayOffsets.set(day, offset);
    }
    return offset;
  };
  const offsetAt = (ms: number): number => {
    const day = Math.floor(ms / DAY_MS);
    const before = offsetAtDay(day);
    // No transition between the surrounding day boundaries: the cached offset holds.
    return before === offsetAtDay(day + 1) ? before : iana.offset(ms);
  };
  // Per floating day: the offset when it holds from the day before to the day after, else null.
  const stableOffsets = new Map<number, number | null>();
  const stableOffset = (day: number): number | null => {
    let stable = stableOffsets.get(day);
    if (stable === undefined) {
      const o = offsetAtDay(day - 1);
      stable = offsetAtDay(day) === o && offsetAtDay(day + 1) === o && offsetAtDay(day + 2) === o ? o : null;
      stableOffsets.set(day, stable);
    }
    return stable;
  };
  const resolve = (floatingMs: number): ResolvedLocalTime => {
    const day = Math.floor(floatingMs / DAY_MS);
    const stable = stableOffset(day);
    if (stable !== null) return { ms: floatingMs - stable * MINUTE_MS, offsetMinutes: stable, inGap: false };
    // Offsets a day either side bracket any single transition near this wall-clock time.
    const before = offsetAtDay(day - 1);
    const after = offsetAtDay(day + 2);
    const early = floatingMs - before * MINUTE_MS;
    const late = floatingMs - after * MINUTE_MS;
    const earlyValid = iana.offset(early) === before;
    const lateValid = iana.offset(late) === after;
    if (earlyValid && lateValid) {
      return early <= late ? { ms: early, offsetMinutes: before, inGap: false } : { ms: late, offsetMinutes: after, inGap: false };
    }
    if (earlyValid) return { ms: early, offsetMinutes: before, inGap: false };
    if (lateValid) return { ms: late, offsetMinutes: after, inGap: false };
    return { ms: early, offsetMinutes: iana.offset(early), inGap: true };
  };
  return { zone, resolve, offsetAt };
}

/**
 * A cache of clocks by zone: each zone's clock is made once and keeps its offsets warm.
 * An unknown zone gives a clock whose offsets are NaN.
 *
 * @example const clockOf = zoneClocks(); clockOf("Asia/Jakarta") === clockOf("Asia/Jakarta") // true
 */
export function zoneClocks(): (zone: string) => ZoneClock {
  const clocks = new Map<string, ZoneClock>();
  return (zone) => {
    let clock = clocks.get(zone);
    if (clock === undefined) {
      clock = zoneClock(zone);
      clocks.set(zone, clock);
    }
    return clock;
  };
}
