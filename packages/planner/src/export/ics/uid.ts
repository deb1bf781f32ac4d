import type { PlannedOccurrence } from "../../plan/plan.js";
import { sha256Hex } from "./sha256.js";

/**
 * What an occurrence's UID hashes: its library's id, its program's id and its own id. The
 * library's keeps two libraries' programs of one id apart (a regency's and a city's
 * `pelatihan` on one date), whose events a partner importing both calendars would see as one
 * (a walk: 364 of 364 UIDs alike); RFC 5545 wants a UID unique everywhere.
 */
export function uidKey(libraryId: string, programId: string, id: string): string {
  return `${libraryId}\u0000${programId}\u0000${id}`;
}

/**
 * The UID of an occurrence's event: a hash of library id, program id and occurrence id
 * (`uidKey`), so it is the same in every export and every calendar the occurrence
 * appears in, and differs between libraries.
 *
 * @example occurrenceUid({ libraryId: "perpus_solok", programId: "dongeng", id: "dongeng@2019-02-12T09:00" }) // "3f1c…@lontar"
 */
export function occurrenceUid(occurrence: Pick<PlannedOccurrence, "id" | "programId" | "libraryId">): string {
  // A JavaScript caller of the earlier form ({ id, programId }) would hash "undefined" for every library (a review).
  for (const key of ["id", "programId", "libraryId"] as const) {
    if (typeof occurrence[key] !== "string") throw new TypeError(`occurrenceUid: ${key} must be a string (a planned occurrence: { id, programId, libraryId }), not ${typeof occurrence[key]}`);
  }
  const digest = sha256Hex(uidKey(occurrence.libraryId, occurrence.programId, occurrence.id));
  return `${digest.slice(0, 32)}@lontar`;
}
