import { dayNumber } from "../calendar/periods.js";

/**
 * How far the later program's first session starts from the earlier program's last end,
 * as a reader counts it on the calendar: `earlier` (it starts `days` days before the
 * other ends), `sameDay`, `later` (`days` days later, fewer than the gap asks),
 * `lessThan` (the dates lie the gap apart or more but the hours do not: less than the gap
 * later) or `beforeEnd` (no gap is asked, and it starts before the other ends).
 */
export interface PrecedenceDistance {
  /** Which of the cases above. */
  readonly kind: "earlier" | "sameDay" | "later" | "lessThan" | "beforeEnd";
  /** The whole days between the two local dates, never negative (0 for `sameDay` and `beforeEnd`, the gap for `lessThan`). */
  readonly days: number;
}

/**
 * The distance of a broken precedence, from the earlier program's last end date and the
 * later program's first start date (each the local date of its own session, as the plan
 * writes it) and the gap in days the precedence asks for.
 *
 * @example precedenceDistance("2026-04-20", "2026-05-05", 30) // { kind: "later", days: 15 }
 */
export function precedenceDistance(endDate: string, startDate: string, gapDays: number): PrecedenceDistance {
  // On the calendar: no zone, no host clock.
  const days = dayNumber(startDate) - dayNumber(endDate);
  if (days < 0) return { kind: "earlier", days: -days };
  if (days === 0) return { kind: "sameDay", days: 0 };
  if (days < gapDays) return { kind: "later", days };
  return gapDays > 0 ? { kind: "lessThan", days: gapDays } : { kind: "beforeEnd", days: 0 };
}
