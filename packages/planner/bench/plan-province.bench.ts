/**
 * End-to-end benchmark: planning a generated province (expansion, allocation, compliance,
 * KPIs, budget, validation), on this thread and on worker threads. Run:
 * `node --max-old-space-size=8192 --conditions=@lontar/source --import tsx packages/planner/bench/plan-province.bench.ts [20k|100k|1M] [threads] [dumpFile]`.
 * threads: 1 = `planWorkspace` on this thread; n > 1 = `planWorkspaceInParallel` with n
 * workers; `both` (default) runs 1 then the machine's parallelism and checks the two
 * plans are byte-identical. Timing is wall-clock and CPU of this process (workers included);
 * the plan is deterministic (seed 1, step budget).
 */
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { planWorkspaceInParallel } from "../src/parallel/plan-in-parallel.js";
import type { Plan } from "../src/plan/plan.js";
import { planWorkspace } from "../src/plan-workspace.js";
import { provinceOfSize } from "./province.js";

const label = process.argv[2] ?? "100k";
const threadsArg = process.argv[3] ?? "both";
const { workspace } = provinceOfSize(label);
const horizon = { from: "2025-01-01", to: "2025-12-31" };
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function run(threads: number): Promise<Plan> {
  const t = performance.now();
  const c = cpu();
  const plan = threads === 1 ? planWorkspace(workspace, { horizon, seed: 1 }) : await planWorkspaceInParallel(workspace, { horizon, seed: 1, threads });
  const wall = performance.now() - t;
  const used = cpu() - c;
  const counts = { scheduled: 0, unassigned: 0, cancelled: 0 };
  for (const o of plan.occurrences) counts[o.status]++;
  console.log(
    `| ${plan.occurrences.length.toLocaleString("en-US")} (${label}) | ${threads} | ${(wall / 1000).toFixed(2)} s | ${(used / 1000).toFixed(2)} s | ${plan.score.hard} / ${plan.score.medium} / ${plan.score.soft} | ${counts.scheduled.toLocaleString("en-US")} / ${counts.unassigned} / ${counts.cancelled} |`,
  );
  return plan;
}

console.log("| occurrences | threads | wall | CPU | hard / medium / soft | scheduled / unassigned / cancelled |");
console.log("|---:|---:|---:|---:|---|---|");
const dump = process.argv[4];
if (threadsArg === "both") {
  const one = JSON.stringify(await run(1));
  const many = JSON.stringify(await run(Math.max(2, availableParallelism())));
  console.log(one === many ? "byte-identical plans" : "PLANS DIFFER");
  if (dump !== undefined) writeFileSync(dump, one);
} else {
  const plan = await run(Number(threadsArg));
  if (dump !== undefined) writeFileSync(dump, JSON.stringify(plan));
}
