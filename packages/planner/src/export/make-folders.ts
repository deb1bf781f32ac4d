/**
 * `mkdir -p`, without Node's recursive mode: under /proc, where making a folder fails with
 * ENOENT though its parent is there, `mkdir(dir, { recursive: true })` retries for ever
 * (`lontar plan --out /proc/x` never returned). The folders missing on the way are made
 * one by one, from the first that stands; the walk is as long as the path.
 */
import { mkdir, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/** A file-system error for `path` being a file where a folder must be: ENOTDIR, as mkdir gives for a file inside the path. */
export function notAFolder(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOTDIR: not a directory, '${path}'`), { code: "ENOTDIR", syscall: "mkdir", path });
}

/**
 * Makes `dir` and the folders above it that are missing. Where a file stands on the way, the
 * error is ENOTDIR naming that file (Node's recursive mode says EEXIST, read as "it already
 * exists", or ENOTDIR naming a path below it); any other error is mkdir's own.
 *
 * @example await makeFolders("/tmp/rencana/calendars")
 */
export async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    const isFolder = await stat(at).then((s) => s.isDirectory(), () => undefined);
    if (isFolder === false) throw notAFolder(at);
    if (isFolder === true) break;
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) {
    await mkdir(folder).catch(async (error: NodeJS.ErrnoException) => {
      // Made meanwhile (two writers): a folder is what was wanted.
      if (error.code !== "EEXIST" || !(await stat(folder).then((s) => s.isDirectory(), () => false))) throw error;
    });
  }
}
