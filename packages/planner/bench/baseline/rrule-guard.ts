import type { Options } from "rrule";
import { Frequency } from "./rrule-module.js";

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const list = (value: number | number[] | null | undefined): number[] => (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * Why npm rrule would loop forever on these options, or undefined when it terminates.
 * rrule's sub-daily steppers (`addHours`, `addMinutes`, `addSeconds`) loop until the
 * time of day matches BYHOUR/BYMINUTE/BYSECOND and never give up: an even HOURLY
 * INTERVAL with only odd BYHOUR spins inside one call, beyond any iterator callback.
 * A rule is accepted only when its time-of-day steps provably reach an allowed value.
 */
export function rruleHangReason(options: Partial<Options>, start: { hour: number; minute: number; second: number }): string | undefined {
  const freq = options.freq;
  const interval = options.interval ?? 1;
  const byhour = list(options.byhour);
  const byminute = list(options.byminute);
  const bysecond = list(options.bysecond);
  if (freq === Frequency.HOURLY && byhour.length > 0) {
    const g = gcd(interval, 24);
    if (!byhour.some((h) => (((h - start.hour) % g) + g) % g === 0)) return `HOURLY;INTERVAL=${interval} never reaches BYHOUR=${byhour.join(",")}`;
  }
  if (freq === Frequency.MINUTELY && (byhour.length > 0 || byminute.length > 0)) {
    // rrule carries whole hours through addHours(), which loops on BYHOUR by itself.
    if (byhour.length > 0 && 60 % interval !== 0) return `MINUTELY;INTERVAL=${interval} with BYHOUR is not expanded safely by rrule`;
    const g = gcd(interval, 1440);
    const s = start.hour * 60 + start.minute;
    const hours = byhour.length > 0 ? byhour : [...Array(24).keys()];
    const minutes = byminute.length > 0 ? byminute : [...Array(60).keys()];
    const reachable = hours.some((h) => minutes.some((m) => (((h * 60 + m - s) % g) + g) % g === 0));
    if (!reachable) return `MINUTELY;INTERVAL=${interval} never reaches the BYHOUR/BYMINUTE times`;
  }
  if (freq === Frequency.SECONDLY && (byhour.length > 0 || byminute.length > 0 || bysecond.length > 0)) {
    if ((byhour.length > 0 || byminute.length > 0) && 60 % interval !== 0) {
      return `SECONDLY;INTERVAL=${interval} with BYHOUR/BYMINUTE is not expanded safely by rrule`;
    }
    const g = gcd(interval, 86_400);
    const s = start.hour * 3600 + start.minute * 60 + start.second;
    const hours = byhour.length > 0 ? byhour : [...Array(24).keys()];
    const minutes = byminute.length > 0 ? byminute : [...Array(60).keys()];
    const seconds = bysecond.length > 0 ? bysecond : [...Array(60).keys()];
    const reachable = hours.some((h) => minutes.some((m) => seconds.some((x) => (((h * 3600 + m * 60 + x - s) % g) + g) % g === 0)));
    if (!reachable) return `SECONDLY;INTERVAL=${interval} never reaches the BYHOUR/BYMINUTE/BYSECOND times`;
  }
  return undefined;
}
