/**
 * Lex + parse of the generated workspace by each path, in CPU time (less skewed than wall
 * time on a shared machine), against JSON.parse of the compiled model in the same process:
 * the public entry (the whole-file fast path, which reads every generated file itself), the
 * full path with the fast property reader, and the Chevrotain grammar alone. The lowest of
 * several runs after a warm-up. Run: `pnpm --filter @lontar/dsl bench:parse`.
 *
 * `parseFile` is measured first, before anything else ran in the process, unless
 * `LONTAR_BENCH_ANALYSIS_FIRST=1`: then after an analysis of the workspace, as bench/run.ts
 * measures it. The analysis keeps its trees, and V8 may then allocate the objects of a
 * literal that outlive young collections in the old generation ("allocation-site
 * pretenuring"): right for trees that are kept, and several times the collector's work in a
 * loop that drops each tree at once. The fast reader's nodes are class instances, which V8
 * never pretenures (syntax/ast-builder/node-classes.ts); the grammar's are still literals.
 *
 * The row "every tree kept" parses the whole workspace holding every result until the pass
 * ends, as `analyzeWorkspace` holds them: its cost is mostly the number and size of the
 * objects kept (what the collector copies and marks). It is the median of the runs, not the
 * lowest, against the median of JSON.parse, in CPU time (which counts the collector's helper
 * threads too) and in wall time. It runs after the loop that drops each tree, as bench/run.ts's
 * analysis runs after its parse row. `LONTAR_BENCH_PARSE=kept` runs it first in the process
 * and prints it and JSON.parse alone, for quick before/after comparisons.
 */
import { performance } from "node:perf_hooks";
import { analyzeWorkspace } from "@lontar/dsl";
import { parseFile, parseFileFast, parseFileWith, type ParseResult } from "../src/syntax/parse.js";
import { generateWorkspace } from "./generate.js";

const RUNS = Number(process.env.LONTAR_BENCH_RUNS ?? 11);
const files = generateWorkspace(20, 42);
const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text, "utf8"), 0);
const parseAll = (): void => {
  for (const f of files) parseFile(f.text, f.path);
};
const parseKept = (): number => {
  const kept: ParseResult[] = [];
  for (const f of files) kept.push(parseFile(f.text, f.path));
  return kept.length;
};
const KEPT_ONLY = process.env.LONTAR_BENCH_PARSE === "kept";
const ANALYSIS_FIRST = process.env.LONTAR_BENCH_ANALYSIS_FIRST === "1";
const parseFirstMs = ANALYSIS_FIRST || KEPT_ONLY ? undefined : lowest(parseAll);
const keptMs = medianOf(() => void parseKept());
const json = JSON.stringify(analyzeWorkspace({ root: "/bench", files }).workspace);
const read = files.filter((f) => parseFileFast(f.text, f.path) !== undefined).length;

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The median CPU time of RUNS runs after a warm-up (for passes whose collector work varies
 * from run to run), and the median wall time: CPU time also counts the collector's helper
 * threads, which run beside the pass.
 */
function medianOf(run: () => void): { cpu: number; wall: number } {
  run(); // warm-up
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    cpu.push(cpuMs(run));
    wall.push(performance.now() - start);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function lowest(run: () => void): number {
  run(); // warm-up
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) best = Math.min(best, cpuMs(run));
  return best;
}

const jsonMs = lowest(() => JSON.parse(json));
const jsonMedianMs = medianOf(() => JSON.parse(json));
const row = (name: string, ms: number, baseline: number): string => `| ${name} | ${ms.toFixed(1)} | ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} | ${(ms / baseline).toFixed(2)} |`;
const keptRows = (): void => {
  console.log(row("`parseFile`, every tree kept until the pass ends (median CPU time; × the median of JSON.parse)", keptMs.cpu, jsonMedianMs.cpu));
  console.log(row("`parseFile`, every tree kept until the pass ends (median wall time; × the median of JSON.parse)", keptMs.wall, jsonMedianMs.wall));
};
if (KEPT_ONLY) {
  console.log(`${files.length} files, ${(bytes / 1e6).toFixed(2)} MB. Medians of ${RUNS} runs after a warm-up; Node ${process.version}.`);
  console.log("");
  console.log("| lex + parse by | ms | source MB/s | × JSON.parse of the model (same measure) |");
  console.log("|---|---:|---:|---:|");
  keptRows();
  console.log(`| JSON.parse of the compiled model (${(json.length / 1e6).toFixed(2)} MB), CPU / wall | ${jsonMedianMs.cpu.toFixed(1)} / ${jsonMedianMs.wall.toFixed(1)} | | 1.00 |`);
  process.exit(0);
}
const parseMs = parseFirstMs ?? lowest(parseAll);
const paths: [string, () => void][] = [
  ["full path: Chevrotain tokens, items.ts, fast property reader", () => { for (const f of files) parseFileWith(f.text, f.path, "fast"); }],
  ["full path, grammar alone", () => { for (const f of files) parseFileWith(f.text, f.path, "grammar"); }],
];
console.log(`${files.length} files, ${(bytes / 1e6).toFixed(2)} MB; the whole-file path read ${read} of them itself. Lowest CPU time of ${RUNS} runs; Node ${process.version}.`);
console.log("");
console.log("| lex + parse by | CPU ms | source MB/s | × JSON.parse of the model |");
console.log("|---|---:|---:|---:|");
const when = ANALYSIS_FIRST ? "after an analysis" : "before any analysis";
console.log(`| \`parseFile\` (whole-file fast path, else the full path), ${when} | ${parseMs.toFixed(1)} | ${(bytes / 1e6 / (parseMs / 1000)).toFixed(2)} | ${(parseMs / jsonMs).toFixed(2)} |`);
keptRows();
for (const [name, run] of paths) {
  const ms = lowest(run);
  console.log(`| ${name} | ${ms.toFixed(1)} | ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} | ${(ms / jsonMs).toFixed(2)} |`);
}
console.log(`| JSON.parse of the compiled model (${(json.length / 1e6).toFixed(2)} MB) | ${jsonMs.toFixed(1)} | | 1.00 |`);
