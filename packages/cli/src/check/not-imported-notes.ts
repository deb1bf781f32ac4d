import path from "node:path";
import type { Language } from "@lontar/core";
import { workspaceLanguage } from "@lontar/dsl";
import type { Analysis } from "../engine/analyze.js";
import type { RunNote } from "../format/context.js";
import { visibleText } from "../format/visible-text.js";
import { cliText } from "../text/render.js";
import { importerOf, unimportedDeclarers } from "./importers.js";
import { SiblingFiles } from "./sibling-files.js";
import { isDirectory, isFile } from "../files/path-kind.js";

/** At most this many names are listed in one note; the rest are counted. */
const MAX_NAMES = 5;

/**
 * The notes of `lontar check` and `lontar plan` on files named on their own (`paths`, as the
 * user wrote them, one workspace's; folders load every file in them and need none): each file
 * beside them that declares names a loaded file uses but that nothing loaded imports (see
 * unimportedDeclarers), with the import to add to the file that uses them (in its keywords'
 * language) and the folder to check. None for a file inside a folder the run also checks
 * (`alsoChecked`, every path of the run), nor for a file another file imports (importerOf's
 * hint says to check the folder: the workspace is its importer's). Paths as the user wrote
 * the given file's. `siblings`: the run's reads of the files beside them (read once a run).
 *
 * @example notImportedNotes("/home/u", ["ws/utama.lontar"], ["ws/utama.lontar"], analysis, "id") // [{ text: "catatan: ws/desa.lontar mendeklarasikan `desa_nangapanda`, …", file: "ws/utama.lontar" }]
 */
export function notImportedNotes(cwd: string, paths: readonly string[], alsoChecked: readonly string[], analysis: Analysis, lang: Language, siblings: SiblingFiles = new SiblingFiles()): RunNote[] {
  const given = paths.filter((p) => isFile(path.resolve(cwd, p)));
  if (given.length === 0 || given.length !== paths.length) return [];
  const folders = alsoChecked.map((p) => path.resolve(cwd, p)).filter(isDirectory);
  const inCheckedFolder = (file: string): boolean => folders.some((folder) => !path.relative(folder, file).startsWith(".."));
  const absolute = (file: string): string => path.resolve(cwd, analysis.toCwd(file));
  const found = unimportedDeclarers(given.map((p) => path.resolve(cwd, p)), absolute, analysis.result.files, analysis.result.diagnostics, siblings);
  const loaded = new Set(analysis.result.files.map((f) => absolute(f.path)));
  // A file that one not loaded imports is part of that file's workspace: its hint says to check the folder, an import back would be wrong.
  const importedFromOutside = new Map<string, boolean>();
  const partOfAnother = (file: string): boolean => {
    let known = importedFromOutside.get(file);
    if (known === undefined) {
      const importer = importerOf(file, siblings);
      importedFromOutside.set(file, (known = importer !== undefined && !loaded.has(importer)));
    }
    return known;
  };
  return found.flatMap(({ file, user, names, use }) => {
    if (inCheckedFolder(file) || partOfAnother(user)) return [];
    const first = given.find((p) => path.dirname(path.resolve(cwd, p)) === path.dirname(file));
    if (first === undefined) return [];
    const folder = path.dirname(first);
    const shownUser = path.relative(cwd, user) || user;
    const node = analysis.result.files.find((f) => absolute(f.path) === user);
    const keyword = node !== undefined && workspaceLanguage([node]) === "id" ? "impor" : "import";
    const shown = names.slice(0, MAX_NAMES).map((n) => `\`${n}\``).join(", ") + (names.length > MAX_NAMES ? `, … (${names.length})` : "");
    const args = {
      file: visibleText(path.join(folder, path.basename(file))),
      names: shown,
      given: visibleText(shownUser),
      keyword,
      import: `./${visibleText(path.relative(path.dirname(user), file).split(path.sep).join("/"))}`,
      folder: visibleText(/\s/.test(folder) ? JSON.stringify(folder) : folder),
    };
    return [{ text: cliText(use === "site" ? "check.notImported" : "check.notImportedNames", args, lang), file: shownUser }];
  });
}
