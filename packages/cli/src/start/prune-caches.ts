import { readdirSync, rmSync, statSync, unlinkSync } from "node:fs";
import path from "node:path";

/**
 * The code caches (code-cache.ts) are named after their bundle's hash, so each new version of
 * the command, each use and each set of Node options writes files of its own, and a version of
 * Node a folder of its own: without pruning the folder only grows. When a process writes a
 * cache, it removes what has not been written for {@link KEEP_FOR_MS} (a cache still in use is
 * then compiled and written again once) and staging files a killed process left.
 */

/** How long a cache file, or another Node version's folder, is kept after it was last written. */
export const KEEP_FOR_MS = 30 * 24 * 60 * 60 * 1000;

/** How long a staging file (`….tmp`, a cache being written) may stand before it is taken for a killed writer's. */
export const STAGING_FOR_MS = 60 * 60 * 1000;

/** A cache file's name (`main.cjs-check-<hash>`) or its staging file's. */
const CACHE_FILE = /^[\w.-]+\.cjs-[\w.-]+$/;

/** The caches' root folder, one per user (code-cache.ts's codeCacheFolder). */
const CACHE_ROOT = /^lontar-compile-cache(?:-\d+)?$/;

/** A Node version's folder in the root (`v20.20.2-x64`). */
const VERSION_FOLDER = /^v\d+\.\d+\.\d+-[\w]+$/;

/** What {@link pruneCaches} removed: file and folder names, for tests. */
export interface Pruned {
  /** Cache and staging files removed from the current folder. */
  readonly files: readonly string[];
  /** Folders of other Node versions removed beside it. */
  readonly folders: readonly string[];
}

/**
 * Removes from `folder` (the current Node version's caches) the files last written before
 * `now - KEEP_FOR_MS` and the staging files older than {@link STAGING_FOR_MS}, and beside it
 * the other versions' folders last written before `now - KEEP_FOR_MS`. Never throws: what
 * cannot be read or removed is left (the next writer tries again).
 */
export function pruneCaches(folder: string, now: number): Pruned {
  const files: string[] = [];
  const folders: string[] = [];
  for (const name of namesIn(folder)) {
    // Only the caches' own files (`<bundle>.cjs-<use>…`), whatever else a folder holds.
    if (!CACHE_FILE.test(name)) continue;
    const age = now - modified(path.join(folder, name));
    if (age > (name.endsWith(".tmp") ? STAGING_FOR_MS : KEEP_FOR_MS) && remove(() => unlinkSync(path.join(folder, name)))) files.push(name);
  }
  const parent = path.dirname(folder);
  // Other versions' folders only inside the caches' own root (codeCacheFolder's), never beside a folder given elsewhere.
  if (!CACHE_ROOT.test(path.basename(parent))) return { files, folders };
  for (const name of namesIn(parent)) {
    if (!VERSION_FOLDER.test(name)) continue;
    const other = path.join(parent, name);
    if (other === folder || now - modified(other) <= KEEP_FOR_MS) continue;
    if (remove(() => rmSync(other, { recursive: true, force: true }))) folders.push(name);
  }
  return { files, folders };
}

function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

/** When a file or folder was last written; now-ish (never pruned) when it cannot be read. */
function modified(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function remove(action: () => void): boolean {
  try {
    action();
    return true;
  } catch {
    return false;
  }
}
