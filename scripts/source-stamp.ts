/**
 * Whether the built `lontar` command (packages/cli/dist) was built from the sources as they
 * are now, so that `pnpm lontar …` can run it (about a second) instead of the sources through
 * tsx (8-12 s on a busy 2-core machine). The build writes the stamp of its inputs, taken when
 * it starts, into dist/source-stamp.json after everything else (packages/cli/tsup.config.ts);
 * a stamp is a SHA-256 of every input file's path and bytes, never of times, so a dist is
 * used only when each input is byte for byte what it was built from: an edit during the
 * build, a file copied with its old time kept, a failed or partial build (no stamp) or a
 * branch switched after it all fall back to the sources.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The stamp's file name in packages/cli/dist. */
export const STAMP_FILE = "source-stamp.json";

// Everything the command's bundle is built from (its @lontar packages from source, its build
// scripts, the dependencies' versions) or ships beside it (diagnostics pages, examples).
const INPUT_FOLDERS = ["packages/cli/src", "packages/core/src", "packages/dsl/src", "packages/planner/src", "packages/language-server/src", "docs/diagnostics", "docs/id/diagnostics", "examples"];
const INPUT_FILES = [
  "pnpm-lock.yaml",
  "tsup.base.ts",
  "packages/cli/package.json",
  "packages/cli/tsup.config.ts",
  "packages/cli/bundle-command.ts",
  "packages/cli/lazy-exports.ts",
  "packages/core/package.json",
  "packages/dsl/package.json",
  "packages/planner/package.json",
  "packages/language-server/package.json",
];

/** Files under `folder` (relative to `root`, `/`-separated), every depth. */
function filesUnder(root: string, folder: string): string[] {
  const found: string[] = [];
  const walk = (relative: string): void => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else found.push(child);
    }
  };
  walk(folder);
  return found;
}

/**
 * The stamp of the command's inputs under the repository root `root`: a SHA-256 (hex) of
 * each input file's path, size and bytes, in code-unit order of the paths; a missing input
 * counts as such.
 *
 * @example sourceStamp("/work/lontar") // "9f2c…"
 */
export function sourceStamp(root: string): string {
  const hash = createHash("sha256");
  const files = [...INPUT_FILES, ...INPUT_FOLDERS.flatMap((folder) => filesUnder(root, folder))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const file of files) {
    const full = path.join(root, file);
    const bytes = existsSync(full) ? readFileSync(full) : undefined;
    hash.update(`${file}\u0000${bytes === undefined ? "missing" : bytes.length}\u0000`);
    if (bytes !== undefined) hash.update(bytes);
  }
  return hash.digest("hex");
}

/** The stamp file's text for `stamp`. */
export function stampText(stamp: string): string {
  return `${JSON.stringify({ sources: stamp })}\n`;
}

/**
 * The built command, packages/cli/dist/bin.js, when its stamp says it was built from the
 * sources under `root` as they are now; undefined when there is no build, no stamp (an old
 * or unfinished build) or the sources changed since.
 */
export function freshBuiltCommand(root: string): string | undefined {
  const dist = path.join(root, "packages", "cli", "dist");
  const bin = path.join(dist, "bin.js");
  const stampFile = path.join(dist, STAMP_FILE);
  if (!existsSync(bin) || !existsSync(stampFile)) return undefined;
  let built: unknown;
  try {
    built = JSON.parse(readFileSync(stampFile, "utf8"));
  } catch {
    return undefined;
  }
  const sources = typeof built === "object" && built !== null && "sources" in built ? built.sources : undefined;
  return typeof sources === "string" && sources === sourceStamp(root) ? bin : undefined;
}
