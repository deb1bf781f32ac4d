import { DateTime } from "luxon";
import type { Plan } from "../../plan/plan.js";

/** The most days any view of the page walks through (ten years), so a bad horizon cannot hang it. */
export const MAX_HORIZON_DAYS = 3660;

/** The plan's horizon as UTC-midnight dates (calendar dates, no zone), or undefined if it does not parse. */
export interface HorizonDays {
  /** The first day. */
  readonly from: DateTime;
  /** The last day, inclusive; at most {@link MAX_HORIZON_DAYS} after `from`. */
  readonly to: DateTime;
  /** True when the horizon was cut to {@link MAX_HORIZON_DAYS}. */
  readonly truncated: boolean;
}

/** Reads the plan's horizon as calendar dates; undefined when a bound is not a date or they are reversed. */
export function horizonDays(plan: Plan): HorizonDays | undefined {
  const from = DateTime.fromISO(plan.horizon.from, { zone: "utc" }).startOf("day");
  const to = DateTime.fromISO(plan.horizon.to, { zone: "utc" }).startOf("day");
  if (!from.isValid || !to.isValid || to < from) return undefined;
  const limit = from.plus({ days: MAX_HORIZON_DAYS - 1 });
  return to > limit ? { from, to: limit, truncated: true } : { from, to, truncated: false };
}
