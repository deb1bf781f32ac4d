import { symlinkSync } from "node:fs";
import path from "node:path";
import { tempDir } from "./run.js";
import { REPO_ROOT } from "./spawn.js";

/**
 * A fresh folder that looks like the repository root (its package.json, node_modules,
 * packages, examples and docs linked in), so that a documented command can run exactly
 * as written while the files it writes land outside the real checkout.
 */
export function repoMirror(): string {
  const dir = tempDir();
  for (const entry of ["package.json", "pnpm-workspace.yaml", "node_modules", "packages", "examples", "docs", "scripts"]) {
    symlinkSync(path.join(REPO_ROOT, entry), path.join(dir, entry));
  }
  return dir;
}
