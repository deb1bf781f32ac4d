import { indonesianZoneOf, type Library, libraryTimeZone } from "@lontar/core";
import type { WorkspaceIndex } from "./plan-view.js";

/**
 * The zone a library's clock keeps, as people name it: WIB, WITA or WIT, another zone by
 * its IANA name; undefined when no zone is known (a province outside Indonesia with no
 * declared zone). A session's times are its library's clock's.
 *
 * @example zoneName({ ...library, region: { province: "Papua" } }) // "WIT"
 */
export function zoneName(library: Pick<Library, "timeZone" | "region"> | undefined): string | undefined {
  const zone = library === undefined ? undefined : libraryTimeZone(library);
  return zone === undefined ? undefined : (indonesianZoneOf(zone) ?? zone);
}

const mixed = new WeakMap<WorkspaceIndex, boolean>();

/**
 * The zone a library's sessions are timed in ({@link zoneName}) where the workspace's
 * libraries keep more than one zone, so that a list of sessions says which clock each time
 * is read on (`13:30–15:00 WITA` beside `09:00–11:00 WIB`); undefined where they all keep
 * one, as a reader in that zone expects.
 *
 * @example zoneWhereMixed(index, "cerpin_ngawi") // undefined: every library of watualang is in WIB
 */
export function zoneWhereMixed(index: WorkspaceIndex, libraryId: string): string | undefined {
  let several = mixed.get(index);
  if (several === undefined) {
    several = new Set([...index.libraries.values()].map((l) => zoneName(l))).size > 1;
    mixed.set(index, several);
  }
  return several ? zoneName(index.libraries.get(libraryId)) : undefined;
}
