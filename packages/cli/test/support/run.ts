import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CliIo } from "../../src/io.js";
import { main } from "../../src/main.js";

/** The outcome of one in-process run of the CLI. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `main` in-process with captured output, no colour and no terminal. */
export async function run(argv: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    env,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh empty folder under the system's temporary folder. */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "lontar-cli-"));
}

/** A fresh folder holding one workspace file, `<folder>/workspace.lontar` with `text`; the folder's parent is returned (run the CLI there). */
export function workspaceIn(text: string, folder = "ws"): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, folder));
  writeFileSync(path.join(dir, folder, "workspace.lontar"), text);
  return dir;
}
