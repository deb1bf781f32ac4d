import type { Library } from "@lontar/core";
import type { ExpansionFinding } from "./findings.js";
import type { Occurrence, Slot } from "./occurrence.js";
import { localSlot } from "../calendar/local-slot.js";
import { numericWindows, withinSpans } from "../calendar/weekly-windows.js";

/**
 * A test of whether a slot in `zone` (an occurrence's own, by default) lies inside one of
 * the library's weekly opening windows (same local day, start at or after the opening, end
 * at or before the closing), with the windows read once. A library that declares no
 * opening hours is taken as always open.
 *
 * @example const open = openingHoursTest(library); occurrences.filter((o) => !open(o))
 */
export function openingHoursTest(library: Pick<Library, "openingHours">): (slot: Slot & { readonly zone: string }) => boolean {
  if (library.openingHours.length === 0) return () => true;
  const windows = numericWindows(library.openingHours);
  return (slot) => withinSpans(localSlot(slot, slot.zone, slot.zone), windows);
}

/**
 * Whether a session of library `libraryId` is held at the library itself: no site named,
 * or the library's own id its site or among its sites. Only there do its opening hours apply.
 *
 * @example heldAtLibrary("kota", { site: "balai_desa" }) // false
 */
export function heldAtLibrary(libraryId: string, where: { readonly site?: string | undefined; readonly sites?: readonly string[] | undefined }): boolean {
  return where.sites === undefined ? where.site === undefined || where.site === libraryId : where.sites.includes(libraryId);
}

/**
 * The `OUTSIDE_OPENING_HOURS` finding (hard: a firm rule, as the design's score levels and
 * the score line's docs have it) of an occurrence held while its library is closed. `placed` is the slot the allocator chose when it is not the occurrence's default
 * (a flexible session moved): the message then names it, as the verdict is about it.
 *
 * @example outsideOpeningHours(occurrence, "kota").message // "kelas@2019-01-05T09:00 (09:00-11:00) is outside the opening hours of kota"
 */
export function outsideOpeningHours(occurrence: Occurrence, libraryId: string, placed?: Slot): ExpansionFinding {
  const when = placed === undefined ? `(${occurrence.localStart}-${occurrence.localEnd})` : `(placed on ${placed.localDate} ${placed.localStart}-${placed.localEnd})`;
  return {
    code: "OUTSIDE_OPENING_HOURS",
    level: "hard",
    programId: occurrence.programId,
    scheduleIndex: occurrence.scheduleIndex,
    occurrenceId: occurrence.id,
    message: `${occurrence.id} ${when} is outside the opening hours of ${libraryId}`,
  };
}
