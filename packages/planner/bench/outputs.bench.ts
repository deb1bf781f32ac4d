/**
 * Benchmark of a plan's outputs: every file `lontar plan --out` writes for a generated
 * province year (plan.json, occurrences.csv, plan.xlsx, index.html, calendar.ics and a
 * calendar per library, resource and partner), on this thread. Run:
 * `node --max-old-space-size=8192 --conditions=@lontar/source --import tsx packages/planner/bench/outputs.bench.ts [20k|100k|1M] [planFile]`.
 * planFile: a plan JSON written by plan-province.bench.ts (same size) to skip planning; it
 * is read and validated once (`validPlan`), as the CLI's plan is known valid from the
 * planner. Prints a markdown row: files, size, wall and CPU time of writePlanOutputs.
 * hashFile (optional, after planFile; `-` for none): after the clock stops, the SHA-256 of
 * every output file is written there, one `hash  path` line each, so two versions of the
 * writer can be compared file for file (`cmp` or `diff` the two hash files).
 */
import { createReadStream, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validPlan, type ValidPlan } from "../src/export/valid-plan.js";
import { writePlanOutputs } from "../src/export/write-plan-outputs.js";
import type { Plan } from "../src/plan/plan.js";
import { planWorkspace } from "../src/plan-workspace.js";
import { provinceOfSize } from "./province.js";

const label = process.argv[2] ?? "100k";
const { workspace } = provinceOfSize(label);
const planFile = process.argv[3] === "-" ? undefined : process.argv[3];
const hashFile = process.argv[4] === "-" ? undefined : process.argv[4];
const plan: ValidPlan = validPlan(
  planFile === undefined ? planWorkspace(workspace, { horizon: { from: "2025-01-01", to: "2025-12-31" }, seed: 1 }) : (JSON.parse(readFileSync(planFile, "utf8")) as Plan),
);

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function folderSize(dir: string, files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += (await stat(join(dir, file))).size;
  return total;
}

async function fileHash(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

const parent = await mkdtemp(join(tmpdir(), "lontar-outputs-bench-"));
const out = join(parent, "out");
try {
  const t = performance.now();
  const c = cpu();
  const files = await writePlanOutputs(out, plan, workspace, { language: "id" });
  const wall = performance.now() - t;
  const used = cpu() - c;
  const bytes = await folderSize(out, files);
  console.log("| occurrences | files | size | wall | CPU |");
  console.log("|---:|---:|---:|---:|---:|");
  console.log(
    `| ${plan.occurrences.length.toLocaleString("en-US")} (${label}) | ${files.length.toLocaleString("en-US")} | ${(bytes / 2 ** 20).toFixed(0)} MiB | ${(wall / 1000).toFixed(1)} s | ${(used / 1000).toFixed(1)} s |`,
  );
  if (hashFile !== undefined) {
    const lines: string[] = [];
    for (const file of files) lines.push(`${await fileHash(join(out, file))}  ${file}`);
    writeFileSync(hashFile, `${lines.join("\n")}\n`);
  }
} finally {
  await rm(parent, { recursive: true, force: true });
}
