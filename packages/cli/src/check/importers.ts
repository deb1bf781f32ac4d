import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** At most this many files of a folder are looked at, each read only when under this size. */
const MAX_FILES = 500;
const MAX_BYTES = 1_000_000;
/** An import line as the language writes it, in either language: `import "./mitra.lontar"`, `impor "mitra.lontar"`. */
const IMPORT = /^[ \t]*(?:import|impor)[ \t]+"([^"\r\n]{1,500})"/gm;

/**
 * The `.lontar` files beside `file` (in its folder) whose import lines name it: what a file
 * checked on its own misses (names declared there, or in what they import). Read only for
 * their import lines, and never shown; links and files over the size bound are passed over.
 *
 * @example importersOf("/ws/program.lontar") // ["/ws/utama.lontar"]
 */
export function importersOf(file: string): string[] {
  const folder = path.dirname(file);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith(".lontar")).sort().slice(0, MAX_FILES);
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const name of names) {
    const other = path.join(folder, name);
    if (other === file || !isSmallFile(other)) continue;
    const text = readFileSync(other, "utf8");
    for (const match of text.matchAll(IMPORT)) {
      if (path.resolve(folder, match[1] ?? "") === file) {
        found.push(other);
        break;
      }
    }
  }
  return found;
}

function isSmallFile(file: string): boolean {
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    return stat !== undefined && stat.isFile() && stat.size <= MAX_BYTES;
  } catch {
    return false;
  }
}
