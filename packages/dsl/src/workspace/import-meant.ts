/**
 * The file a missing import most likely meant (LON2102's "did you mean"): the same path with
 * `.lontar` after it (`impor "mitra"` for mitra.lontar), or a file of the workspace given
 * whose path differs from it in capitals only (`./Mitra.lontar` for mitra.lontar, as a
 * case-insensitive file system would have read it). The import as it would be written,
 * its folder part as the planner wrote it.
 */
import { posix } from "../semantics/binder/posix-path.js";
import { toPosix } from "../semantics/binder/import-path.js";

/** The extension of a Lontar file. */
const EXTENSION = ".lontar";

/**
 * What `written` (resolved to `target`) most likely meant, as an import's text, or
 * undefined. `exists` says whether a workspace path holds a file (the files given, or the
 * reader); `given` lists the paths of the files given.
 *
 * @example importMeant("./mitra", "mitra", (p) => p === "mitra.lontar", []) // "./mitra.lontar"
 */
export function importMeant(written: string, target: string, exists: (path: string) => boolean, given: Iterable<string>): string | undefined {
  const spec = toPosix(written);
  if (!target.toLowerCase().endsWith(EXTENSION) && exists(`${target}${EXTENSION}`)) return `${spec}${EXTENSION}`;
  const wanted = [target.toLowerCase(), `${target}${EXTENSION}`.toLowerCase()];
  const folder = posix.dirname(target);
  for (const path of given) {
    if (path === target || posix.dirname(path) !== folder || !wanted.includes(path.toLowerCase())) continue;
    const slash = spec.lastIndexOf("/");
    return `${spec.slice(0, slash + 1)}${path.slice(path.lastIndexOf("/") + 1)}`;
  }
  return undefined;
}
