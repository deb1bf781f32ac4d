import { readdirSync, realpathSync } from "node:fs";
import path from "node:path";
import { MAX_WORKSPACE_FILES } from "../workspace/load.js";

/** Bounds on a walk of {@link findLontarFiles}. */
export interface FindLimits {
  /** Folders below the root that are entered at most (default 32). */
  readonly maxDepth?: number;
  /** `.lontar` files found at most (default `MAX_WORKSPACE_FILES`, 10,000). */
  readonly maxFiles?: number;
}

/** A folder the walker could not list, and why. */
export interface UnreadableFolder {
  /** The folder, relative to the root with forward slashes; `""` for the root itself. */
  readonly folder: string;
  /** The system's error code, e.g. `EACCES`. */
  readonly code: string;
}

/** The `.lontar` files under a folder, and why the walk stopped early, if it did. */
export interface FoundFiles {
  /** Paths relative to the root, with forward slashes, in code-unit order. */
  readonly files: string[];
  /**
   * Set when a bound was reached: `count` (more than `maxFiles` files: the walk stopped,
   * and `files` holds the first `maxFiles` found, sorted) or else `depth` (folders nested
   * deeper than `maxDepth` were not entered; `folder` is the first in code-unit order,
   * relative to the root).
   */
  readonly stopped?: { readonly reason: "depth" | "count"; readonly folder: string };
  /**
   * The folders that are there but could not be listed (no permission, an input/output
   * error), in the order met; absent when there is none. The `.lontar` files in them are
   * missing from `files`. A root that is not there, or not a folder, is not one.
   */
  readonly unreadable?: readonly UnreadableFolder[];
  /**
   * Files whose name ends in `.lontar` in other letters (`program.Lontar`, `MOU.LONTAR`),
   * relative to the root, sorted; absent when there is none. They are not read (a file is a
   * `.lontar` file by its lower-case name on every system), and a caller that checks a
   * workspace says so rather than leave them out unseen.
   */
  readonly otherCase?: readonly string[];
  /**
   * Entries named `.lontar` that are not regular files and are not links that stay inside the
   * root: a FIFO, a socket, a device, a link that leads outside the root or to nothing;
   * relative to the root, sorted; absent when there is none. The walker does not open them: a
   * caller hands them to a contained reader, which refuses each with a diagnostic, rather
   * than leave them out unseen. A link that stays inside is passed over as before (what it
   * leads to is the workspace's already: read when walked or imported, and read once).
   */
  readonly notRegular?: readonly string[];
}

/** Folders below the root the walker enters at most, unless told otherwise. */
export const MAX_WALK_DEPTH = 32;

/**
 * Whether the walker passes over an entry of this name, file or folder: hidden entries
 * (starting with `.`) and `node_modules`.
 *
 * @example skippedByWalk(".git") // true
 */
export function skippedByWalk(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

/**
 * The one walker of `.lontar` files (the cli's folder arguments and {@link readLontarFiles}
 * both use it). Hidden entries (names starting with `.`) and `node_modules` are skipped, and
 * links are not followed: a `.lontar` entry that is not a regular file is never in `files`,
 * and is named in `notRegular` unless it is a link that stays inside the root; a folder that cannot be listed is named in `unreadable` and the walk goes
 * on. Bounded by {@link FindLimits}.
 *
 * @example findLontarFiles("examples/watualang").files // ["agreements.lontar", …]
 */
export function findLontarFiles(root: string, limits: FindLimits = {}): FoundFiles {
  const maxDepth = limits.maxDepth ?? MAX_WALK_DEPTH;
  const maxFiles = limits.maxFiles ?? MAX_WORKSPACE_FILES;
  const files: string[] = [];
  const pending: { folder: string; depth: number }[] = [{ folder: "", depth: 0 }];
  let stopped: FoundFiles["stopped"];
  let tooDeep: string | undefined;
  const unreadable: UnreadableFolder[] = [];
  const otherCase: string[] = [];
  let notRegular: string[] = [];
  const links: string[] = [];
  while (stopped === undefined) {
    const next = pending.pop();
    if (next === undefined) break;
    let entries;
    try {
      entries = readdirSync(path.join(root, next.folder), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "EIO";
      // A root that is not there (or is a file) holds no .lontar file; the caller says whether that is wrong.
      if (code !== "ENOENT" && code !== "ENOTDIR") unreadable.push({ folder: next.folder, code });
      continue;
    }
    for (const entry of entries) {
      if (skippedByWalk(entry.name)) continue;
      const relative = next.folder === "" ? entry.name : `${next.folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (next.depth < maxDepth) pending.push({ folder: relative, depth: next.depth + 1 });
        else if (tooDeep === undefined || relative < tooDeep) tooDeep = relative;
      } else if (entry.isFile() && entry.name.endsWith(".lontar")) {
        if (files.length >= maxFiles) {
          stopped = { reason: "count", folder: next.folder };
          break;
        }
        files.push(relative);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith(".lontar") && otherCase.length < maxFiles) otherCase.push(relative);
      else if (!entry.isFile() && entry.name.endsWith(".lontar") && notRegular.length < maxFiles) {
        notRegular.push(relative);
        if (entry.isSymbolicLink()) links.push(relative);
      }
    }
  }
  files.sort();
  otherCase.sort();
  const inside = linksInside(root, links);
  notRegular = notRegular.filter((file) => !inside.has(file)).sort();
  stopped ??= tooDeep === undefined ? undefined : { reason: "depth", folder: tooDeep };
  return { files, ...(stopped === undefined ? {} : { stopped }), ...(unreadable.length === 0 ? {} : { unreadable }), ...(otherCase.length === 0 ? {} : { otherCase }), ...(notRegular.length === 0 ? {} : { notRegular }) };
}

/** The links among `links` (relative to `root`) whose real path is inside the root's. */
function linksInside(root: string, links: readonly string[]): Set<string> {
  const inside = new Set<string>();
  if (links.length === 0) return inside;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return inside;
  }
  for (const link of links) {
    try {
      const real = realpathSync(path.join(root, ...link.split("/")));
      if (real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep)) inside.add(link);
    } catch {
      // A dangling link or a loop: the reader says why it cannot be read.
    }
  }
  return inside;
}
