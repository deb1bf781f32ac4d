import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";

/** The repository root. */
const REPO_ROOT = path.resolve(import.meta.dirname, "../../../..");

// What the bundle is built from: every package's sources and manifest, the lockfile, and
// this file (its build options). A change to any of them builds a new bundle.
const INPUTS = ["packages/core", "packages/dsl", "packages/planner", "packages/cli", "packages/language-server"];

function sourceFiles(dir: string, into: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, into);
    else if (/\.(ts|js|mjs|json)$/.test(entry.name)) into.push(full);
  }
  return into;
}

function inputsHash(): string {
  const hash = createHash("sha256");
  const files = [path.join(REPO_ROOT, "pnpm-lock.yaml"), import.meta.filename];
  for (const pkg of INPUTS) {
    files.push(path.join(REPO_ROOT, pkg, "package.json"));
    if (existsSync(path.join(REPO_ROOT, pkg, "src"))) sourceFiles(path.join(REPO_ROOT, pkg, "src"), files);
  }
  for (const file of files.sort()) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

// Bundled CommonJS dependencies call require() for Node built-ins; the banner gives the ES
// module a real one (as packages/cli/tsup.config.ts does).
const BANNER = 'import { createRequire as __lontarRequire } from "node:module";\nconst require = __lontarRequire(import.meta.url);';

async function buildInto(dir: string): Promise<void> {
  await build({
    entryPoints: { bin: path.join(REPO_ROOT, "packages/cli/src/bin.ts"), "plan-worker": path.join(REPO_ROOT, "packages/planner/src/plan-worker.ts") },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    conditions: ["@lontar/source"],
    banner: { js: BANNER },
    logLevel: "silent",
  });
  // `lontar explain` finds the diagnostics pages by walking up from the bundle, as from dist/.
  cpSync(path.join(REPO_ROOT, "docs/diagnostics"), path.join(dir, "docs/diagnostics"), { recursive: true });
}

let pending: Promise<string> | undefined;

/**
 * The `lontar` command bundled from the current sources the way the published build
 * bundles it (esbuild, one ES module with the planning worker beside it), so that tests
 * about the process start it as `node bin.js`, in a fraction of the time `tsx` takes to
 * compile the sources in every process. Built once per change of the sources into the
 * system's temporary folder (keyed by a hash of them) and shared by every test file;
 * concurrent builds each write their own folder and the first rename wins.
 */
export function bundledBin(): Promise<string> {
  pending ??= (async () => {
    const dir = path.join(tmpdir(), `lontar-test-bin-${inputsHash()}`);
    const bin = path.join(dir, "bin.js");
    if (existsSync(bin)) return bin;
    const staging = `${dir}.${process.pid}-${Date.now()}`;
    mkdirSync(staging, { recursive: true });
    try {
      await buildInto(staging);
      try {
        renameSync(staging, dir);
      } catch (error) {
        // Another worker finished first: its bundle is the same.
        if (!existsSync(bin) || !statSync(bin).isFile()) throw error;
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    return bin;
  })();
  return pending;
}
