/**
 * Benchmark of the DSL pipeline on a generated province-sized workspace: lex + parse alone
 * (first in the process, then again once an analysis's trees are held), and the whole
 * analysis (parse, bind, check, compile, core validation), against JSON.parse of the
 * compiled model's JSON in the same run, and the same analysis over trees parsed beforehand
 * (what the steps after parsing cost: the floor of the whole analysis if parsing were free).
 * Warm-up, then the median of
 * several runs. Prints a markdown table. Run: `pnpm --filter @lontar/dsl bench`.
 */
import { performance } from "node:perf_hooks";
import { analyzeWorkspace, parseFile } from "@lontar/dsl";
import { withAgreements } from "../src/workspace/analyze.js";
import { analyzeFast, finishSlow } from "../src/workspace/pipeline.js";
import { memoOverParsed } from "./parsed-memo.js";
import { benchmarkEdits } from "./edit.js";
import { generateWorkspace } from "./generate.js";

const RUNS = Number(process.env.LONTAR_BENCH_RUNS ?? 5);
const files = generateWorkspace(20, 42);
const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text, "utf8"), 0);
const lines = files.reduce((sum, f) => sum + f.text.split("\n").length, 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function time(run: () => void): number {
  run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const parseAll = (): void => {
  for (const f of files) parseFile(f.text, f.path);
};
// Lex + parse first, as in a `lontar check` process, where parsing comes before any
// analysis; the second parse row runs after analyses that kept their trees (what a
// long-lived language server's re-parse of every file costs). V8 may allocate a literal's
// objects in the old generation once they outlive young collections ("allocation-site
// pretenuring"); until stop 44 it did so for the fast reader's nodes in half the processes,
// and lex + parse then took four times as long. Those nodes are now class instances, which
// V8 never pretenures (syntax/ast-builder/node-classes.ts), so both rows should be alike.
const parseMs = time(parseAll);
const first = analyzeWorkspace({ root: "/bench", files });
if (first.workspace === undefined) {
  console.error(first.diagnostics.slice(0, 10));
  throw new Error("the generated workspace does not compile");
}
const json = JSON.stringify(first.workspace);
const jsonBytes = Buffer.byteLength(json, "utf8");

const analyzeMs = time(() => {
  analyzeWorkspace({ root: "/bench", files });
});
// The steps after parsing alone: the same analysis, each file's tree parsed beforehand and handed over.
const trees = new Map(files.map((f) => [f.path, parseFile(f.text, f.path)]));
const afterParseMs = time(() => {
  const memo = memoOverParsed(trees);
  withAgreements(finishSlow(analyzeFast("/bench", files, undefined, memo), memo));
});
const jsonMs = time(() => {
  JSON.parse(json);
});
const parseAfterMs = time(parseAll);

const mbps = (b: number, ms: number): string => (b / 1e6 / (ms / 1000)).toFixed(2);
const w = first.workspace;
console.log(`Workspace: ${files.length} files, ${lines.toLocaleString("en")} lines, ${(bytes / 1e6).toFixed(2)} MB of source; ` +
  `${w.libraries.length} libraries, ${w.programs.length} programs, ${w.agreements.length} agreements, ${w.resources.length} resources; ` +
  `compiled JSON ${(jsonBytes / 1e6).toFixed(2)} MB. Median of ${RUNS} runs after a warm-up; Node ${process.version}.`);
console.log("");
console.log("| stage | median ms | source MB/s | × JSON.parse of the model |");
console.log("|---|---:|---:|---:|");
console.log(`| lex + parse | ${parseMs.toFixed(1)} | ${mbps(bytes, parseMs)} | ${(parseMs / jsonMs).toFixed(1)} |`);
console.log(`| lex + parse, after analyses that held their trees | ${parseAfterMs.toFixed(1)} | ${mbps(bytes, parseAfterMs)} | ${(parseAfterMs / jsonMs).toFixed(1)} |`);
console.log(`| parse + bind + check + compile + validate | ${analyzeMs.toFixed(1)} | ${mbps(bytes, analyzeMs)} | ${(analyzeMs / jsonMs).toFixed(1)} |`);
console.log(`| the same, every tree parsed beforehand (the steps after parsing) | ${afterParseMs.toFixed(1)} | ${mbps(bytes, afterParseMs)} | ${(afterParseMs / jsonMs).toFixed(1)} |`);
console.log(`| JSON.parse of the compiled model (${(jsonBytes / 1e6).toFixed(2)} MB) | ${jsonMs.toFixed(1)} | ${mbps(jsonBytes, jsonMs)} (JSON MB/s) | 1.0 |`);

const edits = benchmarkEdits(Number(process.env.LONTAR_BENCH_EDITS ?? 40));
console.log("");
console.log(`Re-analysis after a one-line edit (a room's capacity, a different file each time): ${edits.files} files, ${edits.lines.toLocaleString("en")} lines; ` +
  `first whole analysis ${edits.firstMs.toFixed(0)} ms.`);
console.log("");
console.log("| one-line edit, then | median ms | p95 ms | median CPU ms | p95 CPU ms | median × JSON.parse of the 51k-line model |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const [what, t] of [["the edited document's fast diagnostics (`fastDiagnostics`)", edits.document], ["the whole re-analysis (`analyzeNow`)", edits.whole]] as const) {
  console.log(`| ${what} | ${t.medianMs.toFixed(1)} | ${t.p95Ms.toFixed(1)} | ${t.medianCpuMs.toFixed(1)} | ${t.p95CpuMs.toFixed(1)} | ${(t.medianMs / jsonMs).toFixed(2)} |`);
}
