import { isIsoDate } from "@lontar/core";
import { dayNumber, type DateSpan } from "../calendar/periods.js";

/** The most years a plan covers, as the language's LON4012 says of a written horizon: a longer one is a mistyped year. */
export const MAX_HORIZON_YEARS = 100;
/** A Gregorian year's mean length in days (dsl's LON4012 counts with it too). */
const DAYS_PER_YEAR = 365.2425;

/**
 * Throws unless `horizon` is two calendar days `YYYY-MM-DD` in order: a TypeError when it
 * is not an object `{ from, to }` (the string `"2026-01-01..2026-03-31"`, as the language
 * writes it, read as undefined..undefined), a RangeError when its days are not days of the
 * calendar or are backwards (which planned nothing and said nothing), or span more than
 * {@link MAX_HORIZON_YEARS} years (a plan of 0001-01-01..9999-12-31, given as JSON, ran for
 * more than ten minutes: an SDK walk).
 *
 * @example expectHorizon({ from: "2026-03-01", to: "2026-01-01" }) // throws a RangeError
 */
export function expectHorizon(horizon: unknown): asserts horizon is DateSpan {
  if (typeof horizon !== "object" || horizon === null || Array.isArray(horizon)) {
    const shown = typeof horizon === "string" ? `a string (${JSON.stringify(horizon)})` : Array.isArray(horizon) ? "an array" : horizon === null || horizon === undefined ? String(horizon) : `a ${typeof horizon}`;
    throw new TypeError(`the horizon must be an object { from, to } of two days YYYY-MM-DD, not ${shown}`);
  }
  const { from, to } = horizon as { readonly from?: unknown; readonly to?: unknown };
  if (typeof from !== "string" || typeof to !== "string" || !isIsoDate(from) || !isIsoDate(to) || from > to) {
    throw new RangeError(`the horizon ${JSON.stringify(from)}..${JSON.stringify(to)} is not two days YYYY-MM-DD, the first not after the last`);
  }
  if (spansTooManyYears({ from, to })) {
    throw new RangeError(`the horizon ${from}..${to} spans more than ${MAX_HORIZON_YEARS} years; a plan covers at most ${MAX_HORIZON_YEARS} (as LON4012 says of a horizon written in a file): check the years`);
  }
}

/**
 * Whether a horizon of two calendar days spans more than {@link MAX_HORIZON_YEARS} years, as
 * the language counts them (a Gregorian year of 365.2425 days): what `planWorkspace` refuses
 * with a RangeError, for a caller that says so in its own words first (`lontar plan --from --to`).
 *
 * @example spansTooManyYears({ from: "2024-01-01", to: "2224-12-31" }) // true
 */
export function spansTooManyYears(horizon: DateSpan): boolean {
  return horizonYears(horizon) > MAX_HORIZON_YEARS;
}

/**
 * The years a horizon of two calendar days spans, as the language counts them (a Gregorian
 * year of 365.2425 days), not rounded: what {@link spansTooManyYears} compares, and a message says rounded.
 *
 * @example Math.round(horizonYears({ from: "2024-01-01", to: "2125-12-31" })) // 102
 */
export function horizonYears(horizon: DateSpan): number {
  return (dayNumber(horizon.to) - dayNumber(horizon.from)) / DAYS_PER_YEAR;
}
