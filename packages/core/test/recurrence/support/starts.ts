import { expandRecurrence } from "../../../src/recurrence/expand-recurrence.js";
import type { RecurrenceInput } from "../../../src/recurrence/recurrence-set.js";

/** The local wall-clock starts (`YYYY-MM-DDTHH:mm`) of a recurrence; throws on an invalid input (tests only). */
export function localStarts(input: Omit<RecurrenceInput, "limit"> & { limit?: number }): string[] {
  const result = expandRecurrence({ limit: 10_000, ...input });
  if (!result.ok) throw new Error(result.error);
  return result.starts.map((s) => s.local.slice(0, 16));
}

/** ISO instants of a recurrence's starts; throws on an invalid input (tests only). */
export function instants(input: Omit<RecurrenceInput, "limit">): string[] {
  const result = expandRecurrence({ limit: 10_000, ...input });
  if (!result.ok) throw new Error(result.error);
  return result.starts.map((s) => new Date(s.startMs).toISOString());
}
