import type { Labels } from "@lontar/core";
import { cancelledBy } from "../plan/cancel-reasons.js";
import type { PlannedOccurrence } from "../plan/plan.js";

/** At most this many cancelled dates are named in one warning. */
export const DATES_NAMED = 3;

/**
 * "2026-08-17: Hari Kemerdekaan, 2026-12-25: Natal, …": the first cancelled sessions' dates and
 * why, in both languages (LON5104, LON5113, LON5116, LON5118).
 */
export function cancelledDates(sessions: readonly PlannedOccurrence[]): Labels {
  const named = sessions.slice(0, DATES_NAMED).map((o) => ({ date: o.start.slice(0, 10), by: cancelledBy(o.reasons?.[0]) }));
  const more = sessions.length > DATES_NAMED ? ", …" : "";
  return { en: named.map((n) => `${n.date}: ${n.by.en}`).join(", ") + more, id: named.map((n) => `${n.date}: ${n.by.id}`).join(", ") + more };
}

/** Whether a session is cancelled by a holiday (or cuti bersama) or a closure: what the writer did not choose, unlike an `except` or a rule. */
export const closedThen = (o: PlannedOccurrence): boolean => o.status === "cancelled" && (o.reasons?.[0]?.constraint === "public-holiday" || o.reasons?.[0]?.constraint === "closure");

/** Whether every one of `sessions` is cancelled by a holiday or cuti bersama: then holding them on the day (`including holidays`) is a fix too. */
export const onHolidaysOnly = (sessions: readonly PlannedOccurrence[]): boolean => sessions.every((o) => o.status === "cancelled" && o.reasons?.[0]?.constraint === "public-holiday");
