/**
 * End-to-end benchmark: planWorkspace (expansion, allocation, compliance, KPIs, budget,
 * validation) on a generated province. Run:
 * `node --max-old-space-size=8192 --conditions=@lontar/source --import tsx packages/planner/bench/plan-province.bench.ts [100k|1M] [dumpFile]`.
 * Timing is wall-clock and CPU on this machine; the plan is deterministic (seed 1, step budget).
 */
import { writeFileSync } from "node:fs";
import { planWorkspace } from "../src/plan-workspace.js";
import { generateProvince } from "./province.js";

const sizes: Record<string, { regencies: number; villages: number; weeks: number }> = {
  "100k": { regencies: 20, villages: 16, weeks: 40 },
  "1M": { regencies: 20, villages: 150, weeks: 52 },
};
const label = process.argv[2] ?? "100k";
const size = sizes[label];
if (size === undefined) throw new Error(`unknown size ${label}`);
const { workspace } = generateProvince(size.regencies, size.villages, size.weeks);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const t = performance.now();
const c = cpu();
const plan = planWorkspace(workspace, { horizon: { from: "2025-01-01", to: "2025-12-31" }, seed: 1 });
const wall = performance.now() - t;
const used = cpu() - c;
console.log(`| ${plan.occurrences.length.toLocaleString("en-US")} (${label}) | ${(wall / 1000).toFixed(2)} s | ${(used / 1000).toFixed(2)} s | ${plan.score.hard} |`);
const dump = process.argv[3];
if (dump !== undefined) writeFileSync(dump, JSON.stringify(plan));
