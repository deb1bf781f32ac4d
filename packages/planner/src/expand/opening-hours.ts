import { type Library, WEEKDAYS, minutesOfDay } from "@lontar/core";
import type { Occurrence } from "./occurrence.js";
import { weekdayIndex } from "../calendar/periods.js";

/** One opening window as numbers: weekday bits (bit 0 = Monday) and minutes of the day. */
interface Window {
  readonly days: number;
  readonly start: number;
  readonly end: number;
}


/**
 * A test of whether an occurrence lies inside one of the library's weekly opening windows
 * (same local day, start at or after the opening, end at or before the closing), with the
 * windows read once. A library that declares no opening hours is taken as always open.
 *
 * @example const open = openingHoursTest(library); occurrences.filter((o) => !open(o))
 */
export function openingHoursTest(library: Pick<Library, "openingHours">): (occurrence: Occurrence) => boolean {
  if (library.openingHours.length === 0) return () => true;
  const windows: Window[] = library.openingHours.map((w) => ({
    days: w.days.reduce((mask, day) => mask | (1 << WEEKDAYS.indexOf(day)), 0),
    start: minutesOfDay(w.time.start),
    end: minutesOfDay(w.time.end),
  }));
  return (occurrence) => {
    const day = 1 << weekdayIndex(occurrence.localDate);
    const start = minutesOfDay(occurrence.localStart);
    const end = start + Math.round((occurrence.endMs - occurrence.startMs) / 60_000);
    return windows.some((w) => (w.days & day) !== 0 && w.start <= start && end <= w.end);
  };
}
