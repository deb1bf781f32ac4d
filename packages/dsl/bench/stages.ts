/**
 * The analysis after parsing, stage by stage, on the generated workspace of run.ts: each
 * run parses every file first (not timed), then times the load and binding, the
 * references, the per-file checks, the workspace-wide checks, the schedules, the
 * compilation with core's validation, and the sorting of the diagnostics with the list of
 * agreements: the steps of analyzeWorkspace after parsing, in its order. Median CPU and
 * wall milliseconds of several runs.
 * Run: `node --conditions=@lontar/source --import tsx packages/dsl/bench/stages.ts`.
 */
import { performance } from "node:perf_hooks";
import { parseFile } from "@lontar/dsl";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { checkAcrossFiles } from "../src/semantics/checker/check.js";
import { capPerFile, compareDiagnostics, uniqueDiagnostics } from "../src/semantics/report.js";
import { withAgreements } from "../src/workspace/analyze.js";
import { analyzeFast } from "../src/workspace/pipeline.js";
import { memoOverParsed } from "./parsed-memo.js";
import { generateWorkspace } from "./generate.js";

const RUNS = Number(process.env.LONTAR_BENCH_RUNS ?? 5);
const files = generateWorkspace(20, 42);
const STAGES = ["load + bind", "references", "file checks", "across files", "schedules", "compile + validate", "sort + agreements", "total"] as const;
const samples = new Map<string, { wall: number[]; cpu: number[] }>(STAGES.map((s) => [s, { wall: [], cpu: [] }]));

function median(values: readonly number[]): number {
  if (process.env.LONTAR_BENCH_MIN !== undefined) return Math.min(...values);
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

for (let run = 0; run <= RUNS; run++) {
  const parsed = new Map(files.map((f) => [f.path, parseFile(f.text, f.path)]));
  const memo = memoOverParsed(parsed);
  const times: [string, number, number][] = [];
  let wall = performance.now();
  let cpu = process.cpuUsage();
  const wall0 = wall;
  const cpu0 = cpu;
  const lap = (name: string): void => {
    const used = process.cpuUsage(cpu);
    const now = performance.now();
    times.push([name, now - wall, (used.user + used.system) / 1000]);
    wall = now;
    cpu = process.cpuUsage();
  };
  const fast = analyzeFast("/bench", files, undefined, memo);
  lap("load + bind");
  const diagnostics: Diagnostic[] = [...fast.early];
  for (const file of fast.loaded.files) diagnostics.push(...memo.resolve(file, fast.bound.symbols, fast.fitting, fast.allNames));
  lap("references");
  for (const file of fast.loaded.files) diagnostics.push(...memo.check(file, fast.context, fast.contextKey));
  lap("file checks");
  checkAcrossFiles(fast.bound, diagnostics);
  lap("across files");
  for (const file of fast.loaded.files) diagnostics.push(...memo.checkSchedules(file, fast.context, fast.contextKey));
  lap("schedules");
  // memo.compile is a generator (one step per file): run it to the end, as analyzeWorkspace does.
  const steps = memo.compile(fast, diagnostics);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  const workspace = step.value;
  lap("compile + validate");
  const sorted = capPerFile(uniqueDiagnostics(diagnostics).sort(compareDiagnostics));
  withAgreements({ ...(workspace === undefined ? {} : { workspace }), diagnostics: sorted, files: fast.loaded.files });
  lap("sort + agreements");
  const total = process.cpuUsage(cpu0);
  times.push(["total", performance.now() - wall0, (total.user + total.system) / 1000]);
  if (workspace === undefined || diagnostics.length > 0) throw new Error(`the generated workspace does not compile: ${diagnostics.length}`);
  if (run === 0) continue;
  for (const [name, w, c] of times) {
    samples.get(name)?.wall.push(w);
    samples.get(name)?.cpu.push(c);
  }
}
console.log(`| stage | median wall ms | median CPU ms |\n|---|---:|---:|`);
for (const [name, { wall, cpu }] of samples) console.log(`| ${name} | ${median(wall).toFixed(1)} | ${median(cpu).toFixed(1)} |`);
