/**
 * Lex + parse of the generated workspace by each path, in CPU time (less skewed than wall
 * time on a shared machine), against JSON.parse of the compiled model in the same process:
 * the public entry (the whole-file fast path, which reads every generated file itself), the
 * full path with the fast property reader, and the Chevrotain grammar alone. The lowest of
 * several runs after a warm-up. Run: `pnpm --filter @lontar/dsl bench:parse`.
 *
 * `parseFile` is measured first, before anything else ran in the process, unless
 * `LONTAR_BENCH_ANALYSIS_FIRST=1`: then after an analysis of the workspace, as bench/run.ts
 * measures it. The analysis keeps its trees, so V8 learns that the parser's allocation sites
 * make long-lived objects and allocates them in the old generation from then on
 * ("allocation-site pretenuring"): right for trees that are kept, and several times the
 * collector's work in a loop that drops each tree at once. Once the loop has run first, V8
 * has decided the other way and the analysis does not change it.
 */
import { analyzeWorkspace } from "@lontar/dsl";
import { parseFile, parseFileFast, parseFileWith } from "../src/syntax/parse.js";
import { generateWorkspace } from "./generate.js";

const RUNS = Number(process.env.LONTAR_BENCH_RUNS ?? 11);
const files = generateWorkspace(20, 42);
const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text, "utf8"), 0);
const parseAll = (): void => {
  for (const f of files) parseFile(f.text, f.path);
};
const ANALYSIS_FIRST = process.env.LONTAR_BENCH_ANALYSIS_FIRST === "1";
const parseFirstMs = ANALYSIS_FIRST ? undefined : lowest(parseAll);
const json = JSON.stringify(analyzeWorkspace({ root: "/bench", files }).workspace);
const read = files.filter((f) => parseFileFast(f.text, f.path) !== undefined).length;

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function lowest(run: () => void): number {
  run(); // warm-up
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) best = Math.min(best, cpuMs(run));
  return best;
}

const jsonMs = lowest(() => JSON.parse(json));
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
for (const [name, run] of paths) {
  const ms = lowest(run);
  console.log(`| ${name} | ${ms.toFixed(1)} | ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} | ${(ms / jsonMs).toFixed(2)} |`);
}
console.log(`| JSON.parse of the compiled model (${(json.length / 1e6).toFixed(2)} MB) | ${jsonMs.toFixed(1)} | | 1.00 |`);
