/**
 * Benchmark: how fast a workspace past the workspace-wide occurrence bound is refused.
 * Two workspaces of about ten million occurrences: the generated province over ten years
 * (its programs share a few thousand recurrence sets) and 10,000 programs whose daily
 * rules all differ (every set must be expanded to be counted). Run with
 * `node --conditions=@lontar/source --import tsx packages/planner/bench/workspace-bound.bench.ts`.
 * Prints a markdown table; the times depend on the machine (the issue asks for ≤ 10 s).
 */
import { Workspace, type WorkspaceInput } from "@lontar/core";
import { planWorkspaceInParallel } from "../src/parallel/plan-in-parallel.js";
import { planWorkspace } from "../src/plan-workspace.js";
import { planRefusal } from "../src/plan/refused-plan.js";
import { generateProvince } from "./province.js";

interface Scenario {
  readonly name: string;
  readonly occurrences: string;
  readonly workspace: () => Workspace;
  readonly horizon: { readonly from: string; readonly to: string };
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** The province of the 1M bench, its weekly rules run for ten years instead of one. */
function provinceDecade(): Workspace {
  const { workspace } = generateProvince(20, 150, 52);
  const programs = workspace.programs.map((p) => ({ ...p, schedules: p.schedules.map((s) => (s.kind === "rrule" ? { ...s, rrule: s.rrule.replace(/COUNT=\d+/, "COUNT=522") } : s)) }));
  return { ...workspace, programs };
}

/** 10,000 programs, each a daily rule of 1,000 instances with its own start time. */
function distinctDaily(): Workspace {
  const libraries = Array.from({ length: 100 }, (_, l) => ({ id: `desa${l}`, name: `Desa ${l}`, tier: "desa", region: { province: "Jawa Barat" } }));
  const programs: NonNullable<WorkspaceInput["programs"]> = Array.from({ length: 10_000 }, (_, i) => ({
    id: `harian${i}`,
    title: `harian${i}`,
    library: `desa${i % 100}`,
    category: "storytelling",
    schedules: [{ kind: "rrule", dtstart: `2019-01-${pad(1 + (i % 28))}T${pad(7 + Math.floor(i / 60) % 10)}:${pad(i % 60)}`, rrule: "FREQ=DAILY;COUNT=1000", durationMinutes: 30 }],
  }));
  return Workspace.parse({ version: 1, libraries, programs });
}

/** `n` programs over 100 village libraries, each with one rule made from its index. */
function manyRules(n: number, rule: (i: number) => { dtstart: string; rrule: string }): Workspace {
  const libraries = Array.from({ length: 100 }, (_, l) => ({ id: `desa${l}`, name: `Desa ${l}`, tier: "desa", region: { province: "Jawa Barat" } }));
  const programs = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, title: `p${i}`, library: `desa${i % 100}`, category: "storytelling", schedules: [{ kind: "rrule", ...rule(i), durationMinutes: 30 }] }));
  return Workspace.parse({ version: 1, libraries, programs });
}

const scenarios: Scenario[] = [
  { name: "province, 10 years (shared sets)", occurrences: "~9.6M", workspace: provinceDecade, horizon: { from: "2025-01-01", to: "2034-12-31" } },
  { name: "10,000 distinct daily rules", occurrences: "10.0M", workspace: distinctDaily, horizon: { from: "2019-01-01", to: "2021-12-31" } },
  {
    name: "5,000 daily rules at two hours (BYHOUR)",
    occurrences: "10.0M",
    workspace: () => manyRules(5000, (i) => ({ dtstart: `2019-01-${pad(1 + (i % 28))}T07:${pad(i % 60)}`, rrule: "FREQ=DAILY;BYHOUR=9,15;COUNT=2000" })),
    horizon: { from: "2019-01-01", to: "2021-12-31" },
  },
  {
    // BYMONTHDAY is not counted by arithmetic: the sets are expanded until the bound is passed.
    name: "10,000 monthly rules on 28 days (BYMONTHDAY, expanded)",
    occurrences: "10.1M",
    workspace: () => manyRules(10_000, (i) => ({ dtstart: `2019-01-01T${pad(7 + (Math.floor(i / 60) % 10))}:${pad(i % 60)}`, rrule: `FREQ=MONTHLY;BYMONTHDAY=${Array.from({ length: 28 }, (_, d) => d + 1).join(",")};COUNT=1008` })),
    horizon: { from: "2019-01-01", to: "2021-12-31" },
  },
];

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

console.log("| workspace | occurrences | build (s) | planWorkspace refused (s) | in parallel, 2 threads (s) | heap after (MB) |");
console.log("|---|---|---|---|---|---|");
for (const scenario of scenarios) {
  let t = performance.now();
  const workspace = scenario.workspace();
  const build = performance.now() - t;
  t = performance.now();
  const plan = planWorkspace(workspace, { horizon: scenario.horizon });
  const serial = performance.now() - t;
  if (planRefusal(plan) === undefined) throw new Error(`${scenario.name} was not refused`);
  t = performance.now();
  const parallel = await planWorkspaceInParallel(workspace, { horizon: scenario.horizon, threads: 2 });
  const inParallel = performance.now() - t;
  if (planRefusal(parallel) === undefined) throw new Error(`${scenario.name} was not refused in parallel`);
  const heap = Math.round(process.memoryUsage().heapUsed / 1e6);
  console.log(`| ${scenario.name} | ${scenario.occurrences} | ${seconds(build)} | ${seconds(serial)} | ${seconds(inParallel)} | ${heap} |`);
  console.log(`\n${planRefusal(plan)?.message}\n`);
}
