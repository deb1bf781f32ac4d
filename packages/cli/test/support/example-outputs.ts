import { readdirSync } from "node:fs";
import path from "node:path";
import { run, tempDir } from "./run.js";
import { REPO_ROOT } from "./spawn.js";

/** The example workspaces under examples/, by folder name. */
export const EXAMPLES: readonly string[] = readdirSync(path.join(REPO_ROOT, "examples"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const planned = new Map<string, Promise<string>>();

/**
 * The output folder of `lontar plan examples/<name>` (run in-process once per test file
 * and name, with any extra arguments); rejects when the run does not exit 0.
 */
export function exampleOutputs(name: string, extra: readonly string[] = []): Promise<string> {
  const key = [name, ...extra].join(" ");
  let outputs = planned.get(key);
  if (outputs === undefined) {
    outputs = (async () => {
      const out = path.join(tempDir(), "out");
      const result = await run(["plan", path.join(REPO_ROOT, "examples", name), "--out", out, ...extra], REPO_ROOT);
      if (result.code !== 0) throw new Error(`lontar plan examples/${name} exited ${result.code}: ${result.stderr}`);
      return out;
    })();
    planned.set(key, outputs);
  }
  return outputs;
}
