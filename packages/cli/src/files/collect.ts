import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { localizeDiagnostic, refusalDiagnostic, type Diagnostic } from "@lontar/dsl";
import { fileSystemReason, type Language } from "@lontar/core";
import { containedFileReader, findLontarFiles } from "@lontar/dsl/node";
import { nearestWord } from "../args/nearest-word.js";
import { compareText } from "../format/group.js";
import { visibleText } from "../format/visible-text.js";
import { InputError } from "./input-error.js";
import { folderWords, pathWords } from "../text/path-words.js";
import { workspaceRoot } from "./workspace-root.js";
import { letYoungGenerationGrow, SMALL_INPUT_CHARS } from "../start/young-generation.js";

export { InputError };

/** The path `check` and `plan` take when none is named: the current folder. */
export const CURRENT_FOLDER = ".";

/**
 * The error for paths that hold no .lontar file: named, or the current folder (`lontar check`
 * with no path, or `.`), where the message says which folder that is and what to do instead.
 */
export function noLontarFiles(paths: readonly string[]): InputError {
  if (paths.length === 1 && paths[0] === CURRENT_FOLDER) return new InputError("usage.noLontarFilesHere", {});
  return new InputError("usage.noLontarFiles", { paths: pathWords(paths) });
}

/**
 * The paths among `paths` that are folders holding no .lontar file: each stops a run (exit 2)
 * even beside paths that hold some, so that a mistyped folder in CI does not pass. All of
 * `paths` when `files`, the .lontar files found under them all, is empty.
 */
export function foldersWithoutLontarFiles(cwd: string, paths: readonly string[], files: readonly string[]): string[] {
  if (files.length === 0) return [...paths];
  return paths.filter((given) => {
    try {
      return statSync(path.resolve(cwd, given)).isDirectory() && collectLontarFiles(cwd, [given]).length === 0;
    } catch {
      return false;
    }
  });
}

/** The extension of Lontar files. */
export const LONTAR_EXTENSION = ".lontar";

// Bounds on what a folder argument may expand to.
const MAX_DEPTH = 32;
const MAX_FILES = 100_000;

/**
 * The .lontar files named by `args` (folders searched recursively, skipping node_modules and
 * dot-folders; files as given), relative to `cwd`, sorted and without duplicates. A named
 * file that is not a .lontar file is left out when a .lontar file is found besides (`lontar
 * check examples/langsa/*` names its README.md too), and taken as given when it is all there is.
 */
export function collectLontarFiles(cwd: string, args: readonly string[]): string[] {
  const found = new Set<string>();
  const others: string[] = [];
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      throw unreachablePath(arg, absolute, error);
    }
    if (stats.isDirectory()) walk(absolute, arg, found);
    else if (absolute.endsWith(LONTAR_EXTENSION)) found.add(absolute);
    else others.push(absolute);
  }
  if (found.size === 0) for (const file of others) found.add(file);
  return [...found].map((file) => path.relative(cwd, file) || file).sort(compareText);
}

/**
 * Why a path given cannot be checked: not there (a pattern the shell found nothing for comes
 * as written, `rules/*.lontar`: said so, not "no such file"), or there but out of reach (a
 * link loop, a folder on the way that may not be entered), with the system's reason.
 */
function unreachablePath(arg: string, absolute: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  if (code === "ENOENT" || code === "ENOTDIR" || code === "") {
    if (/[*?[]/.test(arg)) return new InputError("input.noMatch", { path: visibleText(arg) });
    const near = nearestLontarFile(arg, absolute);
    return near === undefined ? new InputError("input.noSuchPath", { path: visibleText(arg) }) : new InputError("input.noSuchPathNear", { path: visibleText(arg), near: visibleText(near) });
  }
  return new InputError("input.cannotRead", { path: visibleText(arg), reason: fileSystemReason(code), code });
}

/**
 * For a .lontar file that is not there (`ws/progam.lontar`), the .lontar file beside it whose
 * name is nearest (`ws/program.lontar`), written as the path was; undefined when none is close.
 */
function nearestLontarFile(arg: string, absolute: string): string | undefined {
  if (!arg.endsWith(LONTAR_EXTENSION)) return undefined;
  let names: string[];
  try {
    names = readdirSync(path.dirname(absolute))
      .filter((name) => name.endsWith(LONTAR_EXTENSION))
      .sort(compareText);
  } catch {
    return undefined;
  }
  const stem = (name: string): string => name.slice(0, -LONTAR_EXTENSION.length);
  const near = nearestWord(stem(path.basename(arg)), names.map(stem));
  if (near === undefined) return undefined;
  const folder = path.dirname(arg);
  return folder === "." ? `${near}${LONTAR_EXTENSION}` : path.join(folder, `${near}${LONTAR_EXTENSION}`);
}

/**
 * Adds the .lontar files under `dir` (the dsl's walker, bounded) to `found`; `given` is the
 * folder as the user named it. A folder in it that cannot be listed, or a file named `.Lontar`
 * in other letters, stops the run: its agreements would be missing from a report that looks complete.
 */
function walk(dir: string, given: string, found: Set<string>): void {
  const { files, stopped, unreadable, otherCase, notRegular } = findLontarFiles(dir, { maxDepth: MAX_DEPTH, maxFiles: MAX_FILES });
  // `program.Lontar`: a file meant as the workspace's, not read; left out unseen, a check of its agreements would pass.
  const [cased] = otherCase ?? [];
  if (cased !== undefined) {
    const file = visibleText(path.join(given, ...cased.split("/")));
    throw new InputError("input.otherCaseExtension", { path: file, renamed: `${file.slice(0, -LONTAR_EXTENSION.length)}${LONTAR_EXTENSION}` });
  }
  const [refused] = unreadable ?? [];
  if (refused !== undefined) {
    throw new InputError("input.unreadableFolder", { folder: folderWords([path.join(given, ...refused.folder.split("/"))], true), reason: fileSystemReason(refused.code), code: refused.code });
  }
  if (stopped?.reason === "depth") throw new InputError("input.tooDeep", { path: visibleText(path.join(dir, stopped.folder)), max: MAX_DEPTH });
  // A FIFO, or a link out of the root or to nothing, named `.lontar`: handed to the contained reader, which refuses it with a diagnostic.
  for (const file of [...files, ...(notRegular ?? [])]) found.add(path.join(dir, ...file.split("/")));
  if (stopped !== undefined || found.size > MAX_FILES) throw new InputError("input.tooManyFiles", { max: MAX_FILES });
}

/** The files read by {@link readSourceFiles}, and a diagnostic for each file that was not. */
export interface SourceRead {
  /** Each text, keyed by the path as given. */
  readonly sources: Map<string, string>;
  /** LON2102 and LON2104–LON2107, at the start of each file refused (its text is never shown). */
  readonly refused: Diagnostic[];
}

const FILE_START = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/**
 * Reads each file (paths relative to `cwd`) with the dsl's contained reader, rooted at the
 * deepest folder holding them all: a file whose real path leaves that folder through a
 * link, a FIFO, a device, a socket or a file over the size cap is refused with a
 * diagnostic instead of being read.
 */
export function readSourceFiles(cwd: string, files: readonly string[]): SourceRead {
  const root = workspaceRoot(cwd, files, () => false);
  const read = containedFileReader(root);
  const sources = new Map<string, string>();
  const refused: Diagnostic[] = [];
  for (const file of files) {
    const text = read(path.resolve(cwd, file)) ?? { refused: "missing" as const };
    if (typeof text === "string") sources.set(file, text);
    else refused.push(refusalDiagnostic(text, file, file, FILE_START));
  }
  let chars = 0;
  for (const text of sources.values()) chars += text.length;
  if (chars > SMALL_INPUT_CHARS) letYoungGenerationGrow();
  return { sources, refused };
}

/**
 * Like {@link readSourceFiles}, for callers without a report: a refused file is an
 * {@link InputError} whose message is the refusal's, in `language`.
 */
export function readSources(cwd: string, files: readonly string[], language: Language = "en"): Map<string, string> {
  const { sources, refused } = readSourceFiles(cwd, files);
  const [first] = refused;
  if (first !== undefined) throw new InputError(visibleText(localizeDiagnostic(first, language).message));
  return sources;
}
