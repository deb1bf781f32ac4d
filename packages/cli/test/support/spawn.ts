import { spawn } from "node:child_process";
import path from "node:path";
import { bundledBin } from "./bundled-bin.js";

/** The repository root: the CLI runs from source with cwd here, as `pnpm lontar` does. */
export const REPO_ROOT = path.resolve(import.meta.dirname, "../../../..");

/** The outcome of one CLI process. */
export interface ProcessResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runProcess}. */
export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  /** Killed after this many ms (default 280 s: a hang guard, under the 300 s test timeout, that a busy machine does not reach). */
  readonly timeout?: number;
  /** Run `command` through the shell (for documented command lines). */
  readonly shell?: boolean;
}

/**
 * Runs a process and collects its output without blocking the test worker's event loop:
 * a synchronous spawn starves vitest's worker RPC on a busy machine
 * (`[vitest-worker]: Timeout calling "onTaskUpdate"` after 60 s of blocked turns).
 */
export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd ?? REPO_ROOT,
      // Without GITHUB_WORKSPACE, so that reports name files the same on a GitHub runner as elsewhere.
      env: { ...process.env, NO_COLOR: "1", GITHUB_WORKSPACE: "", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      shell: options.shell ?? false,
      timeout: options.timeout ?? 280_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * Runs `lontar …` as a separate process: the command bundled from the current sources
 * (support/bundled-bin.ts), built once and shared, instead of compiling the sources with
 * tsx in every process.
 */
export async function spawnLontar(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<ProcessResult> {
  return runProcess(process.execPath, [await bundledBin(), ...args], options);
}
