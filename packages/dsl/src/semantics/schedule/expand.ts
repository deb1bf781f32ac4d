import { DateTime } from "luxon";
import { RRule } from "./rrule-module.js";

/** The outcome of a bounded expansion: the first instances (as floating `YYYY-MM-DDTHH:mm`), and whether the bound was hit. */
export interface Expansion {
  /** Instances in order, at most the limit. */
  readonly starts: readonly string[];
  /** True when there were more instances than the limit. */
  readonly limitReached: boolean;
}

/** `2019-02-11T09:00` → a Date whose UTC fields are that wall-clock time (floating time). */
export function floatingDate(local: string): Date {
  return DateTime.fromISO(local, { zone: "utc" }).toJSDate();
}

/** The floating `YYYY-MM-DDTHH:mm` of a Date built by {@link floatingDate}. */
export function floatingText(date: Date): string {
  return DateTime.fromJSDate(date, { zone: "utc" }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** Parses an RRULE value; the error message when rrule refuses it. */
export function parseRRule(rule: string): { ok: true; options: ReturnType<typeof RRule.parseString> } | { ok: false; error: string } {
  try {
    const options = RRule.parseString(rule);
    if (options.freq === undefined) return { ok: false, error: "FREQ is missing" };
    return { ok: true, options };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const FREQUENCY_WINDOW_DAYS: Readonly<Record<number, number>> = {
  // rrule walks every period between the bounds, matching or not, so the finest
  // frequencies get short windows: no rule can keep it busy for long.
  [RRule.SECONDLY]: 2,
  [RRule.MINUTELY]: 60,
  [RRule.HOURLY]: 3660,
};

/**
 * Walks the instances of `rule` from `dtstart` (floating) to the end of `lastDay`
 * (inclusive), calling `visit` with each as `YYYY-MM-DDTHH:mm` until it returns false.
 * The window is cut so that rrule never walks more than a few million periods, whatever
 * the rule says. False when the rule does not parse.
 */
export function iterateRule(rule: string, dtstart: string, lastDay: string, visit: (local: string) => boolean): boolean {
  const parsed = parseRRule(rule);
  if (!parsed.ok) return false;
  const start = floatingDate(dtstart);
  if (Number.isNaN(start.getTime())) return false;
  const maxDays = FREQUENCY_WINDOW_DAYS[parsed.options.freq ?? RRule.DAILY] ?? 366 * 400;
  const cap = DateTime.fromJSDate(start, { zone: "utc" }).plus({ days: maxDays });
  const requested = DateTime.fromISO(`${lastDay.slice(0, 10)}T23:59:59`, { zone: "utc" });
  if (!requested.isValid) return false;
  const end = requested < cap ? requested : cap;
  try {
    new RRule({ ...parsed.options, dtstart: start }).between(start, end.toJSDate(), true, (date) => visit(floatingText(date)));
  } catch {
    return false;
  }
  return true;
}

/** Expands `rule` as {@link iterateRule} does, keeping at most `limit` instances. Undefined when the rule does not parse. */
export function expandRule(rule: string, dtstart: string, lastDay: string, limit: number): Expansion | undefined {
  const starts: string[] = [];
  let limitReached = false;
  const ok = iterateRule(rule, dtstart, lastDay, (local) => {
    if (starts.length >= limit) {
      limitReached = true;
      return false;
    }
    starts.push(local);
    return true;
  });
  return ok ? { starts, limitReached } : undefined;
}
