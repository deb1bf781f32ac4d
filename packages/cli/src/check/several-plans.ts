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
 * it) in which files of two folders or more declare a horizon (`dokumen/` holding
 * `rencana-2026/` and `rencana-2027/`, at any depth, the folder itself among them): a folder is
 * one workspace, its folders included, so their declarations were checked together and every
 * name is "already declared" (a walk of stop 59: 22 errors and no word why). The note names the
 * folders, as the user would write them, and the command for one of them. None for files,
 * several paths, or horizons in one folder.
 *
 * @example severalPlansNote("/tmp", ["dokumen"], analysis, "id") // { text: "catatan: folder dokumen memuat 2 cakrawala, di …" }
 */
export function severalPlansNote(cwd: string, group: readonly string[], analysis: Analysis, lang: Language): RunNote | undefined {
  const [given, ...others] = group;
  if (given === undefined || others.length > 0 || !isDirectory(path.resolve(cwd, given))) return undefined;
  const folder = path.resolve(cwd, given);
  const planned = new Set<string>();
  for (const file of analysis.result.files) {
    if (!file.items.some((item) => item.kind === "Horizon")) continue;
    const inside = path.relative(folder, path.dirname(path.resolve(cwd, analysis.toCwd(file.path))));
    if (!inside.startsWith("..")) planned.add(inside);
  }
  if (planned.size < 2) return undefined;
  // As the user would write each folder: from the one given (`dokumen/rencana-2027`), the given one as written.
  const written = [...planned].sort().map((inside) => (inside === "" ? given : path.join(given, inside)));
  const shown = written.slice(0, MAX_FOLDERS).map(visibleText).join(", ") + (written.length > MAX_FOLDERS ? `, … (${written.length})` : "");
  const one = [...written].reverse().find((w) => w !== given) ?? given;
  const command = /\s/.test(one) ? JSON.stringify(one) : one;
  return { text: cliText("check.severalPlans", { folder: folderWords([given]), count: written.length, folders: shown, one: visibleText(command) }, lang) };
}
