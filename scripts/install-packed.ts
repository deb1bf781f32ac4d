/**
 * The packages as a user gets them: builds and packs @lontar/core, dsl, planner and cli
 * (`pnpm pack` rewrites `workspace:*`), checks what the tarballs hold, and installs them
 * with plain npm into an empty project (dependencies from the registry, or npm's cache
 * once warm). Used by scripts/pack-install-test.ts and the cli's startup benchmark.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The packages packed, in dependency order. */
export const PACKED_PACKAGES = ["core", "dsl", "planner", "cli"] as const;

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Runs a command and returns its standard output (its errors go to this process's). */
export function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

/** What {@link installPacked} made. */
export interface InstalledPackages {
  /** The tarballs, one per package. */
  readonly tarballs: readonly string[];
  /** The project they are installed in (`node_modules/.bin/lontar` is the command). */
  readonly project: string;
  /** The installed command's script (what `npx lontar` runs with node). */
  readonly bin: string;
}

/**
 * Builds (unless `build` is false), packs the packages into `work/tarballs`, checks each
 * tarball (no src/, no source condition, no `workspace:` range) and installs them into
 * the empty project `work/project`. Throws on any failure.
 */
export function installPacked(work: string, options: { readonly build?: boolean; readonly log?: (line: string) => void } = {}): InstalledPackages {
  const log = options.log ?? (() => undefined);
  if (options.build !== false) run(npx, ["-y", "pnpm@10", "-r", "--filter", "./packages/*", "run", "build"], REPO_ROOT);
  const tarballs = path.join(work, "tarballs");
  const project = path.join(work, "project");
  mkdirSync(tarballs);
  for (const pkg of PACKED_PACKAGES) run(npx, ["-y", "pnpm@10", "pack", "--pack-destination", tarballs], path.join(REPO_ROOT, "packages", pkg));
  const files = readdirSync(tarballs).map((file) => path.join(tarballs, file));
  for (const file of files) {
    const listing = run("tar", ["-tzf", file], work);
    if (/package\/src\//.test(listing)) throw new Error(`${file} ships src/`);
    const manifest = JSON.parse(run("tar", ["-xzOf", file, "package/package.json"], work)) as { exports?: unknown; dependencies?: Record<string, string> };
    if (JSON.stringify(manifest.exports).includes("@lontar/source")) throw new Error(`${file}: the exports still name the source condition`);
    if (Object.values(manifest.dependencies ?? {}).some((range) => range.startsWith("workspace:"))) throw new Error(`${file}: a dependency is still workspace:`);
    log(path.basename(file));
  }
  mkdirSync(project);
  writeFileSync(path.join(project, "package.json"), `${JSON.stringify({ name: "lontar-consumer", private: true, type: "module" }, null, 2)}\n`);
  run(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", ...files], project);
  return { tarballs: files, project, bin: path.join(project, "node_modules/@lontar/cli/dist/bin.js") };
}
