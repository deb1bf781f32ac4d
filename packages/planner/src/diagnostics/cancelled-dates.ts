import type { Labels } from "@lontar/core";
import { cancelledBy } from "../plan/cancel-reasons.js";
import type { PlannedOccurrence } from "../plan/plan.js";

/** At most this many cancelled dates are named in one warning. */
export const DATES_NAMED = 3;

/**
 * "2026-08-17: Hari Kemerdekaan, 2026-12-25: Natal, …": the first cancelled sessions' dates and
 * why, in both languages (LON5104, LON5113).
 */
export function cancelledDates(sessions: readonly PlannedOccurrence[]): Labels {
  const named = sessions.slice(0, DATES_NAMED).map((o) => ({ date: o.start.slice(0, 10), by: cancelledBy(o.reasons?.[0]) }));
  const more = sessions.length > DATES_NAMED ? ", …" : "";
  return { en: named.map((n) => `${n.date}: ${n.by.en}`).join(", ") + more, id: named.map((n) => `${n.date}: ${n.by.id}`).join(", ") + more };
}
