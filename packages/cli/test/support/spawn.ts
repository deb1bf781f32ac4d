import { spawnSync } from "node:child_process";
import path from "node:path";

/** The repository root: the CLI runs from source with cwd here, as `pnpm lontar` does. */
export const REPO_ROOT = path.resolve(import.meta.dirname, "../../../..");

/** The outcome of one CLI process. */
export interface ProcessResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `lontar …` as a separate process from source (no build), killed after 60 s. */
export function spawnLontar(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): ProcessResult {
  const bin = path.join(REPO_ROOT, "packages/cli/src/bin.ts");
  const result = spawnSync(process.execPath, ["--conditions=@lontar/source", "--import", "tsx", bin, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
