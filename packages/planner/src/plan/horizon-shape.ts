import { isIsoDate } from "@lontar/core";
import type { DateSpan } from "../calendar/periods.js";

/**
 * Throws unless `horizon` is two calendar days `YYYY-MM-DD` in order: a TypeError when it
 * is not an object `{ from, to }` (the string `"2026-01-01..2026-03-31"`, as the language
 * writes it, read as undefined..undefined), a RangeError when its days are not days of the
 * calendar or are backwards (which planned nothing and said nothing).
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
}
