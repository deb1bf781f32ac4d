import { IANAZone } from "luxon";
import { FREQUENCIES, WEEKDAY_CODES, type Frequency } from "../../../src/recurrence/rule.js";

/** The zones of the differential test: two DST rules of the north, a 30-minute DST of the south, and no DST. */
export const CASE_ZONES = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Jakarta"] as const;

/** A seeded pseudo-random source (xorshift32): the same seed gives the same cases on every host. */
export class Seeded {
  private state: number;
  /** Starts from a non-zero seed. */
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  /** A float in [0, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 4_294_967_296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** One of the items. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  /** 1..max distinct values drawn by `draw`, in draw order. */
  some(max: number, draw: () => number): number[] {
    return [...new Set(Array.from({ length: this.int(1, max) }, draw))];
  }
}

/** One generated recurrence set with the window it is compared in. */
export interface RandomCase {
  readonly zone: string;
  /** `YYYY-MM-DDTHH:mm:ss`. */
  readonly dtstart: string;
  readonly rrule: string;
  readonly freq: Frequency;
  readonly rdates: readonly string[];
  /** Whether EXDATEs are given: DTSTART and the 2nd and 4th instance (ical.js moves past at most one EXDATE per instance, so only instances are excluded). */
  readonly withExdates: boolean;
  /** Last local date compared. */
  readonly lastDate: string;
  /** What kind of start was drawn. */
  readonly start: "plain" | "gap" | "repeated" | "leap-day";
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const localOf = (ms: number): string => new Date(ms).toISOString().slice(0, 19);

/** Wall-clock times just inside a DST gap or a repeated hour of a zone, found from its offset changes. */
function dstLocals(zone: string, kind: "gap" | "repeated", years: readonly number[]): string[] {
  const iana = IANAZone.create(zone);
  const out: string[] = [];
  for (const year of years) {
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 15 * 60_000) {
      const before = iana.offset(t);
      const after = iana.offset(t + 15 * 60_000);
      if (before === after) continue;
      const change = t + 15 * 60_000;
      // A gap: wall clock jumps from change+before to change+after; repeated: it runs again from change+after.
      if (kind === "gap" && after > before) out.push(localOf(change + before * 60_000 + 10 * 60_000));
      if (kind === "repeated" && after < before) out.push(localOf(change + after * 60_000 + 10 * 60_000));
    }
  }
  return out;
}

const dstCache = new Map<string, string[]>();
function dstLocal(random: Seeded, zone: string, kind: "gap" | "repeated"): string | undefined {
  const key = `${zone}|${kind}`;
  let list = dstCache.get(key);
  if (list === undefined) dstCache.set(key, (list = dstLocals(zone, kind, [2015, 2016, 2018, 2019, 2020, 2022, 2024])));
  return list.length === 0 ? undefined : random.pick(list);
}

function drawStart(random: Seeded, zone: string): { local: string; start: RandomCase["start"] } {
  const roll = random.next();
  if (roll < 0.12) {
    const gap = dstLocal(random, zone, "gap");
    if (gap !== undefined) return { local: gap, start: "gap" };
  } else if (roll < 0.24) {
    const repeated = dstLocal(random, zone, "repeated");
    if (repeated !== undefined) return { local: repeated, start: "repeated" };
  } else if (roll < 0.32) {
    return { local: `${random.pick([2016, 2020, 2024])}-02-29T${pad(random.int(0, 23))}:${pad(random.pick([0, 15, 30, 45]))}:00`, start: "leap-day" };
  }
  const ms = Date.UTC(random.int(2015, 2024), random.int(0, 11), random.int(1, 28), random.int(0, 23), random.pick([0, 0, 15, 30, 45]), random.chance(0.1) ? random.int(0, 59) : 0);
  return { local: localOf(ms), start: "plain" };
}

const signed = (random: Seeded, max: number): number => (random.chance(0.3) ? -1 : 1) * random.int(1, max);

/**
 * BY parts for a frequency, each valid there by RFC 5545 §3.3.10 and accepted by ical.js,
 * which refuses BYYEARDAY outside YEARLY or beside BYMONTH/BYWEEKNO/BYMONTHDAY, and
 * BYWEEKNO beside BYMONTHDAY (those combinations are covered by the engine's own tests).
 * Kept small so ical.js, which steps period by period, never walks far.
 */
function drawParts(random: Seeded, freq: Frequency): string[] {
  const parts: string[] = [];
  const coarse = freq === "YEARLY" || freq === "MONTHLY";
  const subDaily = freq === "HOURLY" || freq === "MINUTELY" || freq === "SECONDLY";
  const yearDay = freq === "YEARLY" && random.chance(0.15);
  if (yearDay) parts.push(`BYYEARDAY=${random.some(4, () => signed(random, 366)).join(",")}`);
  const dayFilters = freq !== "SECONDLY" && freq !== "MINUTELY" && !yearDay;
  if (dayFilters && random.chance(freq === "YEARLY" ? 0.5 : 0.2)) parts.push(`BYMONTH=${random.some(4, () => random.int(1, 12)).join(",")}`);
  const weekNo = freq === "YEARLY" && !yearDay && random.chance(0.2);
  if (weekNo) parts.push(`BYWEEKNO=${random.some(3, () => signed(random, 53)).join(",")}`);
  if (freq !== "WEEKLY" && freq !== "SECONDLY" && !yearDay && !weekNo && random.chance(coarse ? 0.35 : 0.15)) parts.push(`BYMONTHDAY=${random.some(4, () => signed(random, 31)).join(",")}`);
  if (random.chance(coarse ? 0.5 : 0.35)) {
    // ical.js refuses a MONTHLY BYDAY ordinal beside BYMONTHDAY.
    const ordinals = coarse && !weekNo && !(freq === "MONTHLY" && parts.some((p) => p.startsWith("BYMONTHDAY=")));
    const max = freq === "MONTHLY" || parts.some((p) => p.startsWith("BYMONTH=")) ? 5 : 53;
    const days = random.some(4, () => random.int(0, 6)).map((d) => `${ordinals && random.chance(0.5) ? signed(random, max) : ""}${WEEKDAY_CODES[d] ?? "MO"}`);
    parts.push(`BYDAY=${days.join(",")}`);
  }
  if (freq !== "SECONDLY" && random.chance(subDaily ? 0.3 : 0.25)) parts.push(`BYHOUR=${random.some(3, () => random.int(0, 23)).join(",")}`);
  if (random.chance(freq === "SECONDLY" ? 0.1 : 0.2)) parts.push(`BYMINUTE=${random.some(3, () => random.pick([0, 15, 30, 45, random.int(0, 59)])).join(",")}`);
  if (random.chance(0.06)) parts.push(`BYSECOND=${random.some(2, () => random.int(0, 59)).join(",")}`);
  if (parts.length > 0 && !subDaily && random.chance(0.25)) parts.push(`BYSETPOS=${random.some(3, () => signed(random, 6)).join(",")}`);
  if (random.chance(0.3)) parts.push(`WKST=${random.pick(WEEKDAY_CODES)}`);
  return parts;
}

/** How long the compared window is, per frequency: long enough for a few dozen instances, short enough for ical.js's step-by-step walk. */
const WINDOW_DAYS: Record<Frequency, number> = { SECONDLY: 1, MINUTELY: 3, HOURLY: 40, DAILY: 400, WEEKLY: 900, MONTHLY: 1500, YEARLY: 2500 };
const FREQ_WEIGHTS: readonly Frequency[] = [...FREQUENCIES, "DAILY", "WEEKLY", "WEEKLY", "MONTHLY", "MONTHLY", "YEARLY", "YEARLY", "HOURLY"];

/** Draws one case: zone, start (plain, in a DST gap, in a repeated hour, on 29 February), FREQ, INTERVAL, COUNT or UNTIL (UTC), BY parts, RDATEs and EXDATE candidates. */
export function randomCase(random: Seeded): RandomCase {
  const zone = random.pick(CASE_ZONES);
  const { local, start } = drawStart(random, zone);
  const freq = random.pick(FREQ_WEIGHTS);
  const parts = [`FREQ=${freq}`];
  if (random.chance(0.35)) parts.push(`INTERVAL=${random.int(2, freq === "SECONDLY" || freq === "MINUTELY" ? 90 : 5)}`);
  const windowDays = WINDOW_DAYS[freq];
  const startMs = Date.parse(`${local}Z`);
  const lastDate = localOf(startMs + windowDays * 86_400_000).slice(0, 10);
  const roll = random.next();
  if (roll < 0.4) parts.push(`COUNT=${random.int(1, 30)}`);
  else if (roll < 0.75) {
    const until = new Date(startMs + random.next() * windowDays * 86_400_000);
    parts.push(`UNTIL=${until.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`);
  }
  parts.push(...drawParts(random, freq));
  const around = (): string => localOf(startMs + Math.floor(random.next() * windowDays * 86_400) * 1000);
  const drawRdate = (): string => (random.chance(0.3) ? (dstLocal(random, zone, "gap") ?? around()) : around());
  const rdates = random.chance(0.25) ? [...new Set(Array.from({ length: random.int(1, 2) }, drawRdate))] : [];
  return { zone, dtstart: local, rrule: parts.join(";"), freq, rdates, withExdates: random.chance(0.3), lastDate, start };
}
