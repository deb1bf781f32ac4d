/**
 * Files saved again beside themselves under the name a file manager gives a copy
 * (`perpustakaan - Salin.lontar`): the binder reports the names such a copy declares twice as
 * one LON2001 in the copy (symbols.ts).
 */
import { posix } from "./posix-path.js";

/**
 * What a file manager names a copy of `name.lontar` saved beside it, in Indonesian and in
 * English: `name - Salin`, `name - Salinan (2)`, `name - Copy`, `name (1)`, `name copy`,
 * `name_copy`, `Salinan name`, `Copy of name`; the name within, or undefined.
 */
const COPY_NAME = /^(?:(?:copy of|salinan|salin) +(.+)|(.+?)(?: *- *(?:salin|salinan|copy|kopi)(?: *\(\d+\))?|[ _-]+(?:copy|salinan|kopi)| *\(\d+\)))$/i;

/** Each path that names a copy of another path of the same folder, to that other path. */
export function copiesOf(paths: readonly string[]): ReadonlyMap<string, string> {
  const copies = new Map<string, string>();
  if (paths.length < 2) return copies;
  const byName = new Map(paths.map((p) => [p.toLowerCase(), p]));
  for (const path of paths) {
    const file = posix.basename(path);
    if (!file.toLowerCase().endsWith(".lontar")) continue;
    const match = COPY_NAME.exec(file.slice(0, -".lontar".length));
    const inner = match?.[1] ?? match?.[2];
    const original = inner === undefined ? undefined : byName.get(`${path.slice(0, path.length - file.length)}${inner}.lontar`.toLowerCase());
    if (original !== undefined && original !== path) copies.set(path, original);
  }
  return copies;
}
