import { readdirSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Plan } from "@lontar/planner";
import { REPO_ROOT, runProcess } from "../test/support/spawn.js";

/** An example planned by the CLI: its folder of outputs and its plan.json. */
export interface PlannedExample {
  /** The example's folder name under examples/. */
  readonly name: string;
  /** The report, index.html. */
  readonly report: string;
  /** Its plan.json. */
  readonly plan: Plan;
}

/** The examples of the repository, by folder name (read at once: tests are declared per example). */
export function exampleNamesNow(): string[] {
  const entries = readdirSync(path.join(REPO_ROOT, "examples"), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** Plans an example with `lontar plan` (from source) into a fresh folder, in the workspace's language unless `lang` is given. */
export async function planExample(name: string, lang?: "en" | "id"): Promise<PlannedExample> {
  const out = await mkdtemp(path.join(tmpdir(), `lontar-report-${name}-`));
  const args = ["--conditions=@lontar/source", "--import", "tsx", "packages/cli/src/bin.ts", "plan", path.join("examples", name), "--out", out, ...(lang === undefined ? [] : ["--lang", lang])];
  const result = await runProcess(process.execPath, args, { timeout: 300_000 });
  if (result.status !== 0) throw new Error(`lontar plan examples/${name} failed (${result.status}):\n${result.stderr}`);
  return { name, report: path.join(out, "index.html"), plan: JSON.parse(await readFile(path.join(out, "plan.json"), "utf8")) as Plan };
}
