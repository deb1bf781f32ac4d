/**
 * Whether a library that a session visits (a route's stop, a program's site) receives it
 * at a slot: the day is not one it is closed on, and the session lies inside its opening
 * hours, both read in the visited library's own zone. Expansion uses it to keep a flexible
 * visit to the slots its stop is open (expand/site-closures.ts); the allocator to keep a
 * route's turns where they are received (allocate/sites-in-turn.ts).
 */
import { libraryTimeZone, type Library } from "@lontar/core";
import { closureCalendar, type ClosedDay } from "./closures.js";
import type { ExpansionMemo } from "./expansion-memo.js";
import type { Slot } from "./occurrence.js";
import { openingHoursTest } from "./opening-hours.js";
import { makeSlot } from "./slot.js";

/** The two verdicts on a visit at a slot of a session read in `zone` (the session's own). */
export interface VisitTest {
  /** The closure of the day, if the visited library is closed on it. */
  closedOn(slot: Slot, zone: string): ClosedDay | undefined;
  /** Whether the slot lies inside the visited library's opening hours (always, when it declares none). */
  withinHours(slot: Slot, zone: string): boolean;
}

/**
 * The {@link VisitTest} of `library`, its calendar and windows read once.
 *
 * @example const visit = visitTest(library, memo); visit.closedOn(slot, "Asia/Jakarta") === undefined && visit.withinHours(slot, "Asia/Jakarta")
 */
export function visitTest(library: Library, memo: ExpansionMemo): VisitTest {
  const closures = closureCalendar(library);
  const own = libraryTimeZone(library);
  const hours = openingHoursTest(library);
  // The slot as the visited library's clock reads it, when its zone is not the session's.
  const inOwnZone = (slot: Slot, zone: string): Slot => (own === undefined || own === zone ? slot : makeSlot(memo.clockOf(own), slot.startMs, slot.endMs));
  return {
    closedOn: (slot, zone) => closures.closedOn(inOwnZone(slot, zone).localDate),
    withinHours: (slot, zone) => hours({ ...inOwnZone(slot, zone), zone: own ?? zone }),
  };
}
