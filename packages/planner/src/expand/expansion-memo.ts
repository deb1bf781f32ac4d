import { expandRecurrence, type RecurrenceInput, type RecurrenceResult } from "./recurrence.js";
import { zoneClocks, type ZoneClock } from "./zone-clock.js";

/**
 * What expansion may reuse across programs and parts of one plan: a clock per zone (its
 * offset caches warm) and the instances of each distinct recurrence set. A province's
 * village libraries often share the same weekly templates; each distinct set is then
 * expanded once. Results never depend on the memo, only the time taken does.
 */
export interface ExpansionMemo {
  /** The clock of a zone, made once. */
  clockOf(zone: string): ZoneClock;
  /** {@link expandRecurrence}, remembered by its input (the clock is the zone's). */
  recurrence(input: Omit<RecurrenceInput, "clock">): RecurrenceResult;
}

/**
 * Makes an empty memo that remembers up to `maxSets` recurrence sets (later ones are
 * expanded each time, so memory stays bounded whatever the input).
 *
 * @example const memo = expansionMemo(); expandWorkspace(a, horizon, { memo }); expandWorkspace(b, horizon, { memo });
 */
export function expansionMemo(maxSets = 20_000): ExpansionMemo {
  const sets = new Map<string, RecurrenceResult>();
  const clockOf = zoneClocks();
  return {
    clockOf,
    recurrence(input) {
      const key = [input.zone, input.dtstart, input.rrule, input.until ?? "", input.limit, (input.exdates ?? []).join(","), (input.rdates ?? []).join(",")].join("|");
      const known = sets.get(key);
      if (known !== undefined) return known;
      const result = expandRecurrence({ ...input, clock: clockOf(input.zone) });
      if (sets.size < maxSets) sets.set(key, result);
      return result;
    },
  };
}
