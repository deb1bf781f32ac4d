/**
 * The file a missing import most likely meant (LON2102's "did you mean"): the same path with
 * `.lontar` after it (`impor "mitra"` for mitra.lontar), or a file of the workspace given
 * whose path differs from it in capitals only (`./Mitra.lontar` for mitra.lontar, as a
 * case-insensitive file system would have read it), or the one such file whose name is
 * within a typo of it (`./programs.lontar` for program.lontar). The import as it would be
 * written, its folder part as the planner wrote it.
 */
import { posix } from "../semantics/binder/posix-path.js";
import { toPosix } from "../semantics/binder/import-path.js";
import { damerauDistance, typoLimit } from "@lontar/core";

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
  // `"data\new.lontar"`: `\n` was read as a line break where a Windows path meant a folder (`.lontar` left off too, `"rapat\tahunan"`).
  if (hasEscapedBreak(written)) {
    if (exists(asFolders(target))) return folderReading(written);
    if (!target.toLowerCase().endsWith(EXTENSION) && exists(`${asFolders(target)}${EXTENSION}`)) return `${folderReading(written)}${EXTENSION}`;
  }
  if (!target.toLowerCase().endsWith(EXTENSION) && exists(`${target}${EXTENSION}`)) return `${spec}${EXTENSION}`;
  const wanted = [target.toLowerCase(), `${target}${EXTENSION}`.toLowerCase()];
  const besides = filesBeside(target, given);
  const same = besides.find((path) => wanted.includes(path.toLowerCase()));
  if (same !== undefined) return asWritten(spec, same);
  // A name misspelt (`programs.lontar` for program.lontar): the one file of the folder within a typo's edits.
  const name = baseName(target);
  const near = besides.filter((path) => {
    const other = baseName(path);
    const limit = Math.min(typoLimit(other), other.length - 1);
    return limit >= 1 && Math.abs(other.length - name.length) <= limit && damerauDistance(name, other, limit) <= limit;
  });
  return near.length === 1 && near[0] !== undefined ? asWritten(spec, near[0]) : undefined;
}

/** The letters of the escapes that make a line break or a tab (`\n`, `\r`, `\t`), by what they make. */
const ESCAPED_BREAKS: Readonly<Record<string, string>> = { "\n": "n", "\r": "r", "\t": "t" };

/**
 * Whether an import's text holds a line break or a tab, which only an escape (`\n`, `\r`,
 * `\t`) writes in a string: in a path, a Windows folder separator before `n`, `r` or `t`.
 *
 * @example hasEscapedBreak("data\new.lontar") // true
 */
export function hasEscapedBreak(written: string): boolean {
  return /[\n\r\t]/.test(written);
}

/** `path` with each line break or tab an escape made read as the separator and letter it was written as (`data␊ew.lontar` → `data/new.lontar`). */
function asFolders(path: string): string {
  return path.replace(/[\n\r\t]/g, (c) => `/${ESCAPED_BREAKS[c] ?? ""}`);
}

/**
 * An import's text read with each `\` as a folder's separator, the escapes that made a line
 * break or a tab among them, as an import is written (`data\new.lontar` → `data/new.lontar`).
 *
 * @example folderReading("data\new.lontar") // "data/new.lontar"
 */
export function folderReading(written: string): string {
  return toPosix(asFolders(written));
}

/** The files of `given` in `target`'s folder, but `target`. */
function filesBeside(target: string, given: Iterable<string>): string[] {
  const folder = posix.dirname(target);
  return [...given].filter((path) => path !== target && posix.dirname(path) === folder);
}

/** `path`'s file name as an import written `spec` would write it: its folder part as written. */
function asWritten(spec: string, path: string): string {
  return `${spec.slice(0, spec.lastIndexOf("/") + 1)}${posix.basename(path)}`;
}

/** A path's file name without `.lontar`, in lower case. */
function baseName(path: string): string {
  return posix.basename(path).toLowerCase().replace(/\.lontar$/, "");
}

/** What joins the words of a file's name (`kesepakatan mou`, `kesepakatan_mou`, `kesepakatan-mou`). */
const WORD_JOINS: readonly string[] = [" ", "_", "-"];

/**
 * The one file of `target`'s folder among `given` whose name is the missing one's with words
 * added or left out (`./kesepakatan mou.lontar` for kesepakatan.lontar, or the other way
 * round), as the import would be written; undefined when none is, or several are. Less sure
 * than {@link importMeant}: the planner may mean to write that file yet, so it is offered, not applied.
 *
 * @example importWithOtherWords("./kesepakatan mou.lontar", "kesepakatan mou.lontar", ["kesepakatan.lontar"]) // "./kesepakatan.lontar"
 */
export function importWithOtherWords(written: string, target: string, given: Iterable<string>): string | undefined {
  const name = baseName(target);
  const longer = (long: string, short: string): boolean => short.length >= 3 && long.length > short.length && WORD_JOINS.some((join) => long.startsWith(short + join) || long.endsWith(join + short));
  const found = filesBeside(target, given).filter((path) => longer(name, baseName(path)) || longer(baseName(path), name));
  const [only] = found;
  return found.length === 1 && only !== undefined ? asWritten(toPosix(written), only) : undefined;
}

/** The most names of a reader's listing weighed. */
const MAX_BESIDE = 1000;

/**
 * The workspace paths of the file names a reader listed beside a missing file (a
 * refusal's `besides`): those in `target`'s folder. A value that is no list, and a name
 * that is no plain file name (empty, or with a separator), are left out; at most 1,000 are
 * taken.
 *
 * @example besidePaths("data/mitra.lontar", ["mitra-2027.lontar"]) // ["data/mitra-2027.lontar"]
 */
export function besidePaths(target: string, besides: unknown): string[] {
  if (!Array.isArray(besides)) return [];
  const folder = posix.dirname(target);
  const paths: string[] = [];
  for (const name of besides.slice(0, MAX_BESIDE)) {
    if (typeof name === "string" && name !== "" && !/[\\/]/.test(name)) paths.push(folder === "." ? name : `${folder}/${name}`);
  }
  return paths;
}
