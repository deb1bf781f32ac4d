/**
 * The whole analysis, stage by stage, on the generated workspace of run.ts: each run times
 * lex + parse of every file, then the steps of analyzeWorkspace after parsing, in its
 * order: the load and binding, the references, the per-file checks, the workspace-wide
 * checks, the schedules, the compilation, core's validation of the compiled model, and the
 * sorting of the diagnostics with the list of agreements. Median CPU and wall milliseconds
 * of several runs, and each stage's wall time against JSON.parse of the compiled model's
 * JSON in the same process (run.ts's baseline), so the table shows where the ratio goes.
 * Run: `node --conditions=@lontar/source --import tsx packages/dsl/bench/stages.ts`.
 */
import { performance } from "node:perf_hooks";
import { parseFile } from "@lontar/dsl";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { checkAcrossFiles } from "../src/semantics/checker/check.js";
import { capPerFile, compareDiagnostics, uniqueDiagnostics } from "../src/semantics/report.js";
import { withAgreements } from "../src/workspace/analyze.js";
import { analyzeFast } from "../src/workspace/pipeline.js";
import { compileInput } from "../src/semantics/compiler/compile.js";
import { validateByElement } from "../src/semantics/compiler/validate-elements.js";
import { memoOverParsed } from "./parsed-memo.js";
import { generateWorkspace } from "./generate.js";

const RUNS = Number(process.env.LONTAR_BENCH_RUNS ?? 5);
const files = generateWorkspace(20, 42);
const STAGES = ["lex + parse", "load + bind", "references", "file checks", "across files", "schedules", "compile", "validate", "sort + agreements", "total"] as const;
const samples = new Map<string, { wall: number[]; cpu: number[] }>(STAGES.map((s) => [s, { wall: [], cpu: [] }]));

function median(values: readonly number[]): number {
  if (process.env.LONTAR_BENCH_MIN !== undefined) return Math.min(...values);
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

let json = "";
for (let run = 0; run <= RUNS; run++) {
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
  const parsed = new Map(files.map((f) => [f.path, parseFile(f.text, f.path)]));
  lap("lex + parse");
  const memo = memoOverParsed(parsed);
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
  // What compileWorkspace does for a workspace with no issue, in two laps: the model's input, then core's validation of it.
  const { input } = compileInput(fast.bound, fast.context.schedule, undefined, false);
  lap("compile");
  const workspace = validateByElement(input);
  lap("validate");
  const sorted = capPerFile(uniqueDiagnostics(diagnostics).sort(compareDiagnostics));
  withAgreements({ ...(workspace === undefined ? {} : { workspace }), diagnostics: sorted, files: fast.loaded.files });
  lap("sort + agreements");
  const total = process.cpuUsage(cpu0);
  times.push(["total", performance.now() - wall0, (total.user + total.system) / 1000]);
  if (workspace === undefined || diagnostics.length > 0) throw new Error(`the generated workspace does not compile: ${diagnostics.length}`);
  if (run === 0) {
    json = JSON.stringify(workspace);
    continue;
  }
  for (const [name, w, c] of times) {
    samples.get(name)?.wall.push(w);
    samples.get(name)?.cpu.push(c);
  }
}
// The baseline of run.ts, in this process: JSON.parse of the compiled model's JSON.
const parses: number[] = [];
for (let run = 0; run <= RUNS; run++) {
  const start = performance.now();
  JSON.parse(json);
  if (run > 0) parses.push(performance.now() - start);
}
const jsonMs = median(parses);
console.log(`| stage | median wall ms | median CPU ms | wall × JSON.parse of the model (${jsonMs.toFixed(1)} ms) |\n|---|---:|---:|---:|`);
for (const [name, { wall, cpu }] of samples) console.log(`| ${name} | ${median(wall).toFixed(1)} | ${median(cpu).toFixed(1)} | ${(median(wall) / jsonMs).toFixed(2)} |`);
