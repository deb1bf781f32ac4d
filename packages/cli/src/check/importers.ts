import path from "node:path";
import { parseFile } from "@lontar/dsl";
import { containedFileReader, findLontarFiles } from "@lontar/dsl/node";

/** At most this many files beside the one checked are looked at. */
const MAX_FILES = 500;

/**
 * The first `.lontar` file beside `file` (in its folder, as the walker finds them) whose
 * imports name it: what a file checked on its own misses (names declared there, or in what
 * it imports). Each is read through the contained reader (a link out of the folder, a FIFO, a
 * device or an oversized file is refused, never read) and parsed for its imports; nothing of
 * it is shown but its name.
 *
 * @example importerOf("/ws/program.lontar") // "/ws/utama.lontar"
 */
export function importerOf(file: string): string | undefined {
  const folder = path.dirname(file);
  const read = containedFileReader(folder);
  for (const name of findLontarFiles(folder, { maxDepth: 0, maxFiles: MAX_FILES }).files) {
    const other = path.join(folder, name);
    const text = other === file ? undefined : read(other);
    if (typeof text !== "string") continue;
    const { items } = parseFile(text, other).file;
    if (items.some((item) => item.kind === "Import" && path.resolve(folder, item.path.value) === file)) return other;
  }
  return undefined;
}
