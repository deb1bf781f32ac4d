import { openingGap, type OpeningGap } from "../calendar/opening-gap.js";
import type { PlannedOccurrence } from "../plan/plan.js";
import { nameOf, type WorkspaceIndex } from "./plan-view.js";

/** How a session falls outside the opening hours of the library a resource belongs to, and that library's name. */
export interface ResourceGap {
  /** The gap (see openingGap). */
  readonly gap: OpeningGap;
  /** The library's name. */
  readonly library: string;
}

/**
 * Why a resource that keeps its library's hours (a room) is closed for `occurrence`: the
 * session's day, or its start or end, against the hours of the resource's library (its
 * times are read as the occurrence carries them, in its library's zone, so only a
 * resource of the occurrence's own library is told); undefined otherwise.
 *
 * @example resourceGap(index, "ballroom", occurrence)?.gap.kind // "closesBefore"
 */
export function resourceGap(index: WorkspaceIndex, resourceId: string, occurrence: PlannedOccurrence): ResourceGap | undefined {
  const libraryId = index.resources.get(resourceId)?.library;
  if (libraryId === undefined || libraryId !== occurrence.libraryId) return undefined;
  const library = index.libraries.get(libraryId);
  const gap = library === undefined ? undefined : openingGap(library.openingHours, occurrence.start, occurrence.end);
  return gap === undefined ? undefined : { gap, library: nameOf(index, libraryId) };
}
