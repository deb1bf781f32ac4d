import type { Library } from "@lontar/core";
import type { Occurrence } from "./occurrence.js";
import { localSlot } from "../calendar/local-slot.js";
import { numericWindows, withinSpans } from "../calendar/weekly-windows.js";

/**
 * A test of whether an occurrence lies inside one of the library's weekly opening windows
 * (same local day, start at or after the opening, end at or before the closing), with the
 * windows read once. A library that declares no opening hours is taken as always open.
 *
 * @example const open = openingHoursTest(library); occurrences.filter((o) => !open(o))
 */
export function openingHoursTest(library: Pick<Library, "openingHours">): (occurrence: Occurrence) => boolean {
  if (library.openingHours.length === 0) return () => true;
  const windows = numericWindows(library.openingHours);
  return (occurrence) => withinSpans(localSlot(occurrence, occurrence.zone, occurrence.zone), windows);
}
