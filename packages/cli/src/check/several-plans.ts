import path from "node:path";
import type { Language } from "@lontar/core";
import type { Analysis } from "../engine/analyze.js";
import type { RunNote } from "../format/context.js";
import { visibleText } from "../format/visible-text.js";
import { cliText } from "../text/render.js";
import { folderWords } from "../text/path-words.js";
import { isDirectory } from "../files/path-kind.js";

/** At most this many folders are named in the note; the rest are counted. */
const MAX_FOLDERS = 4;

/**
 * The note of `lontar check` and `lontar plan` on a folder (`group`, one path as the user wrote
 * it) whose folders inside each declare a horizon of their own (`dokumen/` holding
 * `rencana-2026/` and `rencana-2027/`): a folder is one workspace, so their declarations were
 * checked together and every name is "already declared" (a walk of stop 59: 22 errors and no
 * word why). The note names the folders and the command for one of them. None for files,
 * several paths, or fewer than two such folders.
 *
 * @example severalPlansNote("/tmp", ["dokumen"], analysis, "id") // { text: "catatan: folder dokumen memuat 2 folder yang masing-masing …" }
 */
export function severalPlansNote(cwd: string, group: readonly string[], analysis: Analysis, lang: Language): RunNote | undefined {
  const [given, ...others] = group;
  if (given === undefined || others.length > 0 || !isDirectory(path.resolve(cwd, given))) return undefined;
  const folder = path.resolve(cwd, given);
  const planned = new Set<string>();
  for (const file of analysis.result.files) {
    if (!file.items.some((item) => item.kind === "Horizon")) continue;
    const inside = path.relative(folder, path.resolve(cwd, analysis.toCwd(file.path))).split(path.sep);
    // A file in the folder itself is the folder's own plan; one in a folder inside names that folder.
    if (inside.length > 1 && inside[0] !== undefined && inside[0] !== "..") planned.add(inside[0]);
  }
  if (planned.size < 2) return undefined;
  const names = [...planned].sort();
  const shown = names.slice(0, MAX_FOLDERS).map(visibleText).join(", ") + (names.length > MAX_FOLDERS ? `, … (${names.length})` : "");
  const one = path.join(given, names[names.length - 1] ?? "");
  const command = /\s/.test(one) ? JSON.stringify(one) : one;
  return { text: cliText("check.severalPlans", { folder: folderWords([given]), count: names.length, folders: shown, one: visibleText(command) }, lang) };
}
