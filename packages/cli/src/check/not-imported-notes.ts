import { statSync } from "node:fs";
import path from "node:path";
import type { Language } from "@lontar/core";
import type { Analysis } from "../engine/analyze.js";
import type { RunNote } from "../format/context.js";
import { visibleText } from "../format/visible-text.js";
import { cliText } from "../text/render.js";
import { unimportedDeclarers } from "./importers.js";

/** At most this many names are listed in one note; the rest are counted. */
const MAX_NAMES = 5;

/**
 * The notes of `lontar check` and `lontar plan` on files named on their own (`paths`, as the
 * user wrote them; folders load every file in them and need none): each file beside them that
 * declares names they use but that none of them imports (see unimportedDeclarers), with the
 * import to add and the folder to check. A file's path is written relative to the given
 * file's folder as written.
 *
 * @example notImportedNotes("/home/u", ["ws/utama.lontar"], analysis, "id") // [{ text: "catatan: ws/desa.lontar mendeklarasikan desa_nangapanda, …", file: "ws/utama.lontar" }]
 */
export function notImportedNotes(cwd: string, paths: readonly string[], analysis: Analysis, lang: Language): RunNote[] {
  const given = paths.filter((p) => isFile(path.resolve(cwd, p)));
  if (given.length === 0 || given.length !== paths.length) return [];
  const absolute = (file: string): string => path.resolve(cwd, analysis.toCwd(file));
  const found = unimportedDeclarers(given.map((p) => path.resolve(cwd, p)), absolute, analysis.result.files, analysis.diagnostics);
  return found.flatMap(({ file, names }) => {
    const first = given.find((p) => path.dirname(path.resolve(cwd, p)) === path.dirname(file));
    if (first === undefined) return [];
    const folder = path.dirname(first);
    const shown = names.slice(0, MAX_NAMES).map((n) => `\`${n}\``).join(", ") + (names.length > MAX_NAMES ? `, … (${names.length})` : "");
    const args = { file: visibleText(path.join(folder, path.basename(file))), names: shown, given: visibleText(first), import: `./${visibleText(path.basename(file))}`, folder: visibleText(/\s/.test(folder) ? JSON.stringify(folder) : folder) };
    return [{ text: cliText("check.notImported", args, lang), file: first }];
  });
}

function isFile(absolute: string): boolean {
  try {
    return statSync(absolute).isFile();
  } catch {
    return false;
  }
}
