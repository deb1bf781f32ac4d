import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from "node:fs";
import path from "node:path";
import { decodeSourceBytes } from "./decode-text.js";
import { MAX_READ_BYTES, refusalOfError, type ReadRefusal, type SpecialFileKind, type WorkspaceFileReader } from "./file-access.js";

// Never blocks on a FIFO, never follows a link swapped in after the real path was found.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
const CHUNK_BYTES = 64 * 1024;

/**
 * A reader for `analyzeWorkspace`'s `readFile` that reads only inside `root`: see
 * {@link readContainedFile}. The root's real path is found once, on the first read.
 *
 * @example analyzeWorkspace({ root, files, readFile: containedFileReader(root) })
 */
export function containedFileReader(root: string, limit: number = MAX_READ_BYTES): WorkspaceFileReader {
  let realRoot: string | ReadRefusal | undefined;
  // The folders listed for missing files, each kept LISTING_LIFE_MS (an analysis lists a folder once; an editor's reader sees new files).
  const listed = new Map<string, FolderListing>();
  return (file) => {
    realRoot ??= realPath(root);
    return typeof realRoot === "string" ? readInside(realRoot, hostFile(root, file), limit, listed) : realRoot;
  };
}

/**
 * The file a reader made for `root` is asked for: an absolute path as it is; a path under a
 * relative root as the loader gives it (the root joined to the workspace-relative path,
 * `ws/lib.lontar` under `ws`), from the current folder; any other relative path from the root.
 * A relative root's files were looked for under the root twice (`ws/ws/lib.lontar`), and every
 * import was "not found" (an SDK walk).
 */
function hostFile(root: string, file: string): string {
  if (path.isAbsolute(file) || path.isAbsolute(root)) return path.resolve(root, file);
  const base = path.normalize(root).replace(/[\\/]+$/, "") || ".";
  const given = path.normalize(file);
  return base !== "." && given.startsWith(base + path.sep) ? path.resolve(given) : path.resolve(root, file);
}

/**
 * Reads `file` (absolute, or relative to `root`) as text (UTF-8, or UTF-16 with a byte order mark: see decode-text.ts) only when, after resolving
 * every link, it is a regular file inside `root`'s real path of at most `limit` bytes.
 * Otherwise returns why not, having read nothing of it: a link leading outside, a FIFO, a
 * device or a socket is never opened, and a FIFO swapped in at the last moment cannot block
 * (opened non-blocking, checked again after opening). Never throws.
 *
 * @example readContainedFile("/ws", "secret.lontar") // { refused: "outside" } when secret.lontar links to /etc/passwd
 */
export function readContainedFile(root: string, file: string, limit: number = MAX_READ_BYTES): string | ReadRefusal {
  const realRoot = realPath(root);
  return typeof realRoot === "string" ? readInside(realRoot, path.resolve(root, file), limit) : realRoot;
}

function realPath(file: string): string | ReadRefusal {
  try {
    return realpathSync(file);
  } catch (error) {
    return refusalOfError(error);
  }
}

function readInside(realRoot: string, file: string, limit: number, listed: Map<string, FolderListing> = new Map()): string | ReadRefusal {
  const real = realPath(file);
  if (typeof real !== "string") return real.refused === "missing" ? withFilesBeside(realRoot, file, real, listed) : real;
  if (!isInside(realRoot, real)) return { refused: "outside" };
  let before: Stats;
  try {
    before = lstatSync(real);
  } catch (error) {
    return refusalOfError(error);
  }
  const refusal = refuseStats(before, limit);
  if (refusal !== undefined) return refusal;
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    return refusalOfError(error);
  }
  try {
    const after = fstatSync(fd);
    if (after.dev !== before.dev || after.ino !== before.ino) return { refused: "unreadable", reason: "changed" };
    return refuseStats(after, limit) ?? readCapped(fd, limit);
  } catch (error) {
    return refusalOfError(error);
  } finally {
    closeSync(fd);
  }
}

/** The most `.lontar` files of a folder listed in a missing file's `besides`. */
const MAX_LISTED = 1000;

/** How long a folder's listing is reused, in milliseconds. */
const LISTING_LIFE_MS = 2000;

/** A folder's `.lontar` files as listed, and when (`Date.now()`). */
interface FolderListing {
  readonly at: number;
  readonly names: readonly string[];
}

/**
 * A missing file's refusal with the `.lontar` files of its folder (`besides`), when that
 * folder is there inside the root: regular files, and links to a regular file inside the root
 * (a link out of it, to nothing or to a folder is not one: a review of stop 58 saw a typo
 * "fixed" to each), at most {@link MAX_LISTED}; nothing of any file is read. `listed` keeps
 * each folder's names for {@link LISTING_LIFE_MS}, so an analysis reads a folder once however
 * many imports miss in it, and a long-lived reader (an editor's) sees files written since.
 */
function withFilesBeside(realRoot: string, file: string, missing: ReadRefusal, listed: Map<string, FolderListing>): ReadRefusal {
  const folder = realPath(path.dirname(file));
  if (typeof folder !== "string" || !isInside(realRoot, folder)) return missing;
  const now = Date.now();
  let seen = listed.get(folder);
  if (seen === undefined || now - seen.at > LISTING_LIFE_MS) {
    seen = { at: now, names: lontarFilesIn(realRoot, folder) };
    listed.set(folder, seen);
  }
  return seen.names.length === 0 ? missing : { refused: "missing", besides: seen.names };
}

/** The names of the `.lontar` files of `folder` a reader inside `realRoot` reads (see withFilesBeside), sorted. */
function lontarFilesIn(realRoot: string, folder: string): readonly string[] {
  const names: string[] = [];
  try {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (names.length >= MAX_LISTED) break;
      if (!entry.name.toLowerCase().endsWith(".lontar")) continue;
      if (entry.isFile() || (entry.isSymbolicLink() && linksToFileInside(realRoot, path.join(folder, entry.name)))) names.push(entry.name);
    }
  } catch {
    return [];
  }
  return names.sort();
}

/** Whether the link `file` leads to a regular file inside `realRoot`. */
function linksToFileInside(realRoot: string, file: string): boolean {
  const real = realPath(file);
  if (typeof real !== "string" || !isInside(realRoot, real)) return false;
  try {
    return lstatSync(real).isFile();
  } catch {
    return false;
  }
}

function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function refuseStats(stats: Stats, limit: number): ReadRefusal | undefined {
  const kind = specialKind(stats);
  if (kind !== undefined) return { refused: "special", kind };
  return stats.size > limit ? { refused: "too-large", limit } : undefined;
}

function specialKind(stats: Stats): SpecialFileKind | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return "folder";
  if (stats.isFIFO()) return "fifo";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  return stats.isSocket() ? "socket" : "other";
}

// The file may grow after fstat: read at most limit + 1 bytes, and refuse past the limit.
function readCapped(fd: number, limit: number): string | ReadRefusal {
  const chunks: Buffer[] = [];
  let total = 0;
  // Bounded: each round reads at least one byte or ends, and stops past `limit`.
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit + 1 - total));
    const count = readSync(fd, chunk, 0, chunk.length, null);
    if (count === 0) break;
    chunks.push(chunk.subarray(0, count));
    total += count;
    if (total > limit) return { refused: "too-large", limit };
  }
  return decodeSourceBytes(Buffer.concat(chunks, total));
}
