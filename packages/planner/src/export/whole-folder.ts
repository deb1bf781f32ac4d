import { randomBytes } from "node:crypto";
import { cp, lstat, mkdir, readdir, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { makeFolders, notAFolder } from "./make-folders.js";

/**
 * Writing a folder whole or not at all. The new content is written into a hidden
 * sibling, `.<name>.lontar-tmp-<pid>-<random>`, then swapped in by two renames: the
 * folder to `.<name>.lontar-old-<pid>-<random>`, the sibling to the folder; the old one
 * is then removed. A reader therefore finds the old content or the new, never a mix.
 * Between the two renames (two system calls) the folder is briefly absent; a run killed
 * exactly there leaves the old content in its `-old-` sibling, and the next run puts it
 * back before anything else. Leftovers of killed runs are recognised by that name and
 * cleared at the start of the next run (siblings of a run still alive are left alone).
 */

const STAGING = "lontar-tmp";
const RETIRED = "lontar-old";

/** A sibling of `dir` named for this run: `.<name>.<kind>-<pid>-<random>`. */
function sibling(dir: string, kind: string): string {
  return join(dirname(dir), `.${basename(dir)}.${kind}-${process.pid}-${randomBytes(4).toString("hex")}`);
}

/** The leftovers a run writing `dir` may leave, with the pid that made them. */
interface Leftover {
  readonly path: string;
  readonly kind: typeof STAGING | typeof RETIRED;
  readonly pid: number;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function leftovers(dir: string): Promise<Leftover[]> {
  const prefix = `.${basename(dir)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(dir));
  } catch {
    return [];
  }
  const found: Leftover[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(lontar-tmp|lontar-old)-(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length));
    if (match === null) continue;
    found.push({ path: join(dirname(dir), name), kind: match[1] as Leftover["kind"], pid: Number(match[2]) });
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Clears what killed runs writing `dir` left: removes their staging folders and, when
 * `dir` is missing because a run died between the two renames, puts the old folder back.
 * Leftovers of a process still running are kept.
 */
export async function clearLeftovers(folder: string): Promise<void> {
  const dir = resolve(folder);
  const dead = (await leftovers(dir)).filter((l) => !isAlive(l.pid));
  for (const leftover of dead) {
    if (leftover.kind === RETIRED && !(await exists(dir))) await rename(leftover.path, dir);
    else await rm(leftover.path, { recursive: true, force: true });
  }
}

/** Copies the entries of `from` that `claimed` does not name into `to` (where they are missing), recursively. */
async function carryOver(from: string, to: string, claimed: (relative: string) => boolean, prefix = ""): Promise<void> {
  let entries;
  try {
    entries = await readdir(join(from, prefix), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const relative = `${prefix}${entry.name}`;
    if (claimed(relative)) continue;
    if (entry.isDirectory() && (await exists(join(to, relative)))) await carryOver(from, to, claimed, `${relative}/`);
    else if (!(await exists(join(to, relative)))) await cp(join(from, relative), join(to, relative), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  }
}

/**
 * The folder a link at `path` points to, or `path` when it is no link (or a broken one): the
 * swap renames the folder itself, and renaming a link would put a folder in the link's place
 * and leave the folder it points to (a shared drive, say) without the new content.
 */
async function throughLink(path: string): Promise<string> {
  const isLink = await lstat(path).then((s) => s.isSymbolicLink(), () => false);
  return isLink ? realpath(path).catch(() => path) : path;
}

/** The writes of this process, one chain per folder: each starts when the one before it on that folder is over. */
const turns = new Map<string, Promise<void>>();

/**
 * Runs `write` once every earlier write of this process to `dir` has settled (the last one
 * called wins). It takes its place in the chain before it awaits anything.
 */
async function inTurn<T>(dir: string, write: () => Promise<T>): Promise<T> {
  const before = turns.get(dir) ?? Promise.resolve();
  const mine = before.then(write);
  const settled = mine.then(() => undefined, () => undefined);
  turns.set(dir, settled);
  try {
    return await mine;
  } finally {
    if (turns.get(dir) === settled) turns.delete(dir);
  }
}

/** What another process writing the same folder at the same moment makes a rename meet: the folder there, or gone. */
const RACED: ReadonlySet<string | undefined> = new Set(["ENOTEMPTY", "EEXIST", "ENOENT"]);

/** How many times the swap is tried again when another process swapped the folder in between. */
const SWAP_ATTEMPTS = 5;

/**
 * Replaces the folder `dir` with what `fill` writes into a fresh staging folder, whole
 * or not at all. A link to a folder is followed: the folder it points to is replaced, and
 * the link stays. Entries of the old folder that `claimed` does not name (relative paths
 * with `/`) and that `fill` did not write are copied over, so a reader's own notes
 * survive; everything `claimed` names comes only from the new content. When `fill`
 * rejects, the staging folder is removed and `dir` is left as it was. Writes of one
 * process to one folder take turns, and one that another process's swap got in the way
 * of swaps again: the last write wins.
 */
export async function replaceFolder(folder: string, claimed: (relative: string) => boolean, fill: (staging: string) => Promise<void>): Promise<void> {
  // `.` or `/out/.` has no name of its own: its siblings would land inside it. Resolved first; the root has no sibling at all.
  // The turn is taken at once, by the path as given: the calls' order, not that of their first reads of the disk.
  const resolved = resolve(folder);
  await inTurn(resolved, async () => {
    const dir = await throughLink(resolved);
    if (dirname(dir) === dir) throw new TypeError(`cannot replace the root folder ${dir}: name a folder inside it`);
    await replaceNow(dir, claimed, fill);
  });
}

async function replaceNow(dir: string, claimed: (relative: string) => boolean, fill: (staging: string) => Promise<void>): Promise<void> {
  await makeFolders(dirname(dir));
  await clearLeftovers(dir);
  // A file of that name is not replaced by a folder: fail as mkdir would have.
  if ((await exists(dir)) && !(await stat(dir)).isDirectory()) throw notAFolder(dir);
  const staging = sibling(dir, STAGING);
  try {
    await mkdir(staging);
    await fill(staging);
    const cwd = process.cwd();
    for (let attempt = 1; ; attempt++) {
      try {
        await swapIn(staging, dir, claimed);
        break;
      } catch (error) {
        if (attempt >= SWAP_ATTEMPTS || !RACED.has((error as NodeJS.ErrnoException).code)) throw error;
      }
    }
    // The process worked in the folder replaced (`.`): back into the new one, or every relative path would miss.
    if (cwd === dir || cwd.startsWith(dir + sep)) reenter(cwd);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw asIfInFolder(error, staging, dir);
  }
}

/** Puts `staging` in the place of `dir` (the old folder's own entries carried over), by one rename or two. */
async function swapIn(staging: string, dir: string, claimed: (relative: string) => boolean): Promise<void> {
  if (!(await exists(dir))) {
    await rename(staging, dir);
    return;
  }
  await carryOver(dir, staging, claimed);
  const retired = sibling(dir, RETIRED);
  await rename(dir, retired);
  try {
    await rename(staging, dir);
  } catch (error) {
    // Another process's folder took the place in between: it stays, and ours is tried again.
    await rename(retired, dir).catch(() => rm(retired, { recursive: true, force: true }));
    throw error;
  }
  await rm(retired, { recursive: true, force: true });
}

/** Enters `cwd` again (its path now names the new folder); a worker thread, which may not change folders, stays as it is. */
function reenter(cwd: string): void {
  try {
    process.chdir(cwd);
  } catch {
    // The folder kept nothing under that path, or this is a worker: nothing better to do.
  }
}

/**
 * A file-system error met while writing into the staging folder names the folder the
 * user asked for instead: the staging folder is ours, and gone by the time it is read.
 */
function asIfInFolder(error: unknown, staging: string, dir: string): unknown {
  if (!(error instanceof Error)) return error;
  const failed = error as NodeJS.ErrnoException;
  if (typeof failed.path === "string" && failed.path.startsWith(staging)) failed.path = dir + failed.path.slice(staging.length);
  return error;
}
