import { DateTime } from "luxon";

/** An instant as an occurrence carries it: the wall-clock fields it is written with, and the instant itself. */
export interface WrittenInstant {
  /** Local date as written, `YYYY-MM-DD`. */
  readonly date: string;
  /** Local time as written, `HH:mm`. */
  readonly time: string;
  /** Local time as written with seconds, `HH:mm:ss`. */
  readonly timeWithSeconds: string;
  /** The offset it is written with, in minutes east of UTC. */
  readonly offsetMinutes: number;
  /** Epoch milliseconds. */
  readonly epochMs: number;
}

// The shape the planner writes: 2019-02-12T09:00:00+07:00. Anything else goes through luxon.
const PLANNER_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

const pad = (n: number): string => String(n).padStart(2, "0");

function fromLuxon(iso: string): WrittenInstant | undefined {
  const value = DateTime.fromISO(iso, { setZone: true });
  if (!value.isValid) return undefined;
  return { date: value.toFormat("yyyy-MM-dd"), time: value.toFormat("HH:mm"), timeWithSeconds: value.toFormat("HH:mm:ss"), offsetMinutes: value.offset, epochMs: value.toMillis() };
}

/**
 * Reads an ISO 8601 instant with an offset, keeping the wall-clock fields it is written
 * with. The planner's own form is read with a regular expression (luxon's `fromISO`
 * cost most of the exporters' time); other ISO forms go through luxon. Undefined when
 * the text is not a real instant (30 February, 25:00, no offset…).
 *
 * @example readInstant("2019-02-12T09:00:00+07:00")?.epochMs // Date.UTC(2019, 1, 12, 2)
 */
export function readInstant(iso: string): WrittenInstant | undefined {
  return plannerForm(iso) ?? readAnyInstant(iso);
}

const digit = (text: string, at: number): number => text.charCodeAt(at) - 48;
const two = (text: string, at: number): number => {
  const a = digit(text, at);
  const b = digit(text, at + 1);
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * The epoch milliseconds of the planner's exact form `YYYY-MM-DDTHH:mm:ss±HH:MM`, read digit
 * by digit without allocating (exporters read millions); NaN for anything else. Its
 * wall-clock fields are then the characters at their places, its offset {@link plannerOffset}.
 *
 * @example plannerEpoch("2019-02-12T09:00:00+07:00") // Date.UTC(2019, 1, 12, 2)
 */
export function plannerEpoch(iso: string): number {
  if (iso.length !== 25 || iso[4] !== "-" || iso[7] !== "-" || iso[10] !== "T" || iso[13] !== ":" || iso[16] !== ":" || iso[22] !== ":") return Number.NaN;
  const sign = iso[19] === "+" ? 1 : iso[19] === "-" ? -1 : 0;
  const century = two(iso, 0);
  const yy = two(iso, 2);
  const month = two(iso, 5);
  const day = two(iso, 8);
  const hour = two(iso, 11);
  const minute = two(iso, 14);
  const second = two(iso, 17);
  const oh = two(iso, 20);
  const om = two(iso, 23);
  if (sign === 0 || century < 10 || yy < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || oh < 0 || om < 0) return Number.NaN;
  const wall = Date.UTC(century * 100 + yy, month - 1, day, hour, minute, second);
  // Date.UTC rolls 30 February over to March: a real day keeps its number.
  if (day > 28 && new Date(wall).getUTCDate() !== day) return Number.NaN;
  const offsetMinutes = sign * (oh * 60 + om);
  if (offsetMinutes >= 24 * 60 || offsetMinutes <= -24 * 60) return Number.NaN;
  return wall - offsetMinutes * 60_000;
}

/**
 * The offset, in minutes east of UTC, of an instant in the planner's exact form (one
 * {@link plannerEpoch} reads).
 *
 * @example plannerOffset("2019-02-12T09:00:00+07:00") // 420
 */
export function plannerOffset(iso: string): number {
  return (iso[19] === "+" ? 1 : -1) * (two(iso, 20) * 60 + two(iso, 23));
}

/** The planner's exact form (see {@link plannerEpoch}) with its written fields; undefined for anything else, which {@link readAnyInstant} then reads. */
function plannerForm(iso: string): WrittenInstant | undefined {
  const epochMs = plannerEpoch(iso);
  if (Number.isNaN(epochMs)) return undefined;
  const offsetMinutes = plannerOffset(iso);
  return { date: iso.slice(0, 10), time: iso.slice(11, 16), timeWithSeconds: iso.slice(11, 19), offsetMinutes, epochMs };
}

/**
 * The epoch milliseconds of an instant as {@link readInstant} reads it, NaN when it does
 * not read; the planner's own form without allocating anything (sorting reads millions).
 *
 * @example instantMs("2019-02-12T09:00:00+07:00") // Date.UTC(2019, 1, 12, 2)
 */
export function instantMs(iso: string): number {
  const epochMs = plannerEpoch(iso);
  return Number.isNaN(epochMs) ? (readAnyInstant(iso)?.epochMs ?? Number.NaN) : epochMs;
}

/** {@link readInstant} for any ISO 8601 form with an offset. */
function readAnyInstant(iso: string): WrittenInstant | undefined {
  const m = PLANNER_ISO.exec(iso);
  if (m === null) return /[+-]\d{2}(:?\d{2})?$|Z$/.test(iso) ? fromLuxon(iso) : undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = Number(m[6] ?? 0);
  const millis = Number((m[7] ?? "").padEnd(3, "0"));
  if (year < 1000 || hour > 23 || minute > 59 || second > 59) return fromLuxon(iso);
  const offsetMinutes = m[8] === "Z" ? 0 : (m[9] === "-" ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(wall);
  // Date.UTC rolls 30 February over to March: a real date survives the round trip.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || Math.abs(offsetMinutes) >= 24 * 60) return undefined;
  return { date: `${m[1]}-${m[2]}-${m[3]}`, time: `${pad(hour)}:${pad(minute)}`, timeWithSeconds: `${pad(hour)}:${pad(minute)}:${pad(second)}`, offsetMinutes, epochMs: wall - offsetMinutes * 60_000 };
}
