/**
 * Formatting and parsing of wall-clock values as "floating" epoch milliseconds, whose
 * UTC fields are the wall clock. Hand-written because expansion formats millions of
 * values and luxon's general formatter costs ~20x more; only UTC getters are used, so
 * the host zone never matters.
 */

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, "0");

/** `YYYY-MM-DDTHH:mm:ss` of a floating time. */
export function floatingDateTime(floatingMs: number): string {
  const d = new Date(floatingMs);
  return `${pad4(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/** `+07:00` / `-05:00` for an offset in minutes. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss` to floating ms;
 * undefined when malformed or not a real date (30 February).
 */
export function parseFloating(value: string): number | undefined {
  const m = LOCAL.exec(value);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((part) => Number(part ?? "0")) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day || hour > 24) return undefined;
  return ms;
}

/** Floating ms of `HH:mm` on a `YYYY-MM-DD` date (`24:00` is the next midnight). */
export function floatingAt(date: string, time: string): number | undefined {
  const day = parseFloating(date);
  const [h, m] = time.split(":").map(Number);
  if (day === undefined || h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m)) return undefined;
  return day + (h * 60 + m) * 60_000;
}

/**
 * A local `YYYY-MM-DDTHH:mm[:ss]` as a schedule writes it, for messages: to the minute, and to
 * the second only where it has seconds (a rule stepping in seconds).
 *
 * @example writtenLocal("2026-01-05T09:00:00") // "2026-01-05 09:00"
 * @example writtenLocal("2026-01-05T09:00:01") // "2026-01-05 09:00:01"
 */
export function writtenLocal(local: string): string {
  return (local.slice(16, 19) === ":00" || local.length <= 16 ? local.slice(0, 16) : local.slice(0, 19)).replace("T", " ");
}
