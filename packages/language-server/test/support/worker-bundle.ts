import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import type * as WorkerEntry from "./worker-entry.js";

/** The worker entry's exports (worker-entry.ts), as the browser bundle gives them. */
export type WorkerBundle = typeof WorkerEntry;

/**
 * worker-entry.ts bundled the way a page bundles the language server's worker: esbuild for
 * the browser (the `browser` export conditions of vscode-languageserver, no Node built-in
 * available), then loaded into this process. A bundle that needs Node fails to build.
 */
export async function loadWorkerBundle(): Promise<WorkerBundle> {
  const dir = mkdtempSync(path.join(tmpdir(), "lontar-worker-bundle-"));
  try {
    const outfile = path.join(dir, "worker.cjs");
    await build({
      entryPoints: [path.join(import.meta.dirname, "worker-entry.ts")],
      outfile,
      bundle: true,
      // CommonJS, loaded by Node's own require: the test runner's module transform is slow on a bundle this size.
      format: "cjs",
      platform: "browser",
      target: "es2022",
      conditions: ["@lontar/source"],
      logLevel: "silent",
    });
    return createRequire(import.meta.url)(outfile) as WorkerBundle;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
