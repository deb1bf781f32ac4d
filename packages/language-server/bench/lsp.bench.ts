/**
 * The language server under a province-sized workspace, through the stdio client (not a
 * test): 100 generated files, ≥ 100,000 lines. Measures open → first diagnostics, edit →
 * diagnostics of that version (p95), completion (p95) and hover on a schedule with its
 * next dates (p95), then the same hover with no edit pending (the reference for the hovers
 * after edits); and, in the same process, one direct `analyzeWorkspace` of the same files
 * as the baseline the ratios are against. 40 samples of each (so a p95 is not just the
 * slowest one); LONTAR_BENCH_TRACE=1 prints each edit's time (the first edit after open is
 * the cold one). Then 20 edits spaced 160–350 ms apart, so that each lands while the whole
 * analysis that follows an edit (150 ms after it) runs. Beside each edit's wall time, the
 * server's main-thread CPU time between the edit and its diagnostics (Linux: the thread's
 * schedstat), which a busy machine inflates far less than wall time. LONTAR_LSP_BIN=path/bin.js
 * runs another build of the server (to compare two builds at the same load).
 *
 * node --conditions=@lontar/source --import tsx packages/language-server/bench/lsp.bench.ts [files] [librariesPerFile]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { analyzeWorkspace } from "@lontar/dsl";
import { CompletionRequest, ExecuteCommandRequest, HoverRequest } from "vscode-languageserver-protocol";
import { generateWorkspace } from "../../dsl/bench/generate.js";
import { startSession } from "../test/support/client.js";

const fileCount = Number(process.argv[2] ?? 100);
const perFile = Number(process.argv[3] ?? 17);
const EDITS = 40;
const SPACED_EDITS = 20;
const REQUESTS = 40;

const generated = generateWorkspace(fileCount - 1, perFile);
const lines = generated.reduce((n, f) => n + f.text.split("\n").length, 0);
const root = mkdtempSync(path.join(tmpdir(), "lontar-lsp-bench-"));
for (const f of generated) writeFileSync(path.join(root, f.path), f.text);

const p95 = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)] ?? Number.NaN;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (n: number): string => `${n.toFixed(1)} ms`;

/** A thread's time on a CPU so far (ms), from Linux's schedstat; undefined elsewhere. */
const threadCpu = (pid: number): number | undefined => {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return undefined;
  }
};

const t0 = performance.now();
const c0 = threadCpu(process.pid);
analyzeWorkspace({ root, files: generated });
const baseline = performance.now() - t0;
const baselineCpu = (threadCpu(process.pid) ?? Number.NaN) - (c0 ?? Number.NaN);

const bin = process.env.LONTAR_LSP_BIN;
const session = await startSession(root, { options: { today: "2024-03-01" }, ...(bin === undefined ? {} : { bin }) });
const file = generated[1]?.path ?? "";
const text = generated[1]?.text ?? "";
try {
  const openStart = performance.now();
  session.open(file);
  await session.diagnostics(file, 1);
  const open = performance.now() - openStart;

  const lineOf = (needle: string): number => text.slice(0, text.indexOf(needle)).split("\n").length - 1;
  const hoverAt = { line: lineOf("  schedule every week"), character: "  schedule ".length + 2 };
  const hoverOnce = async (): Promise<{ time: number; shown: string }> => {
    const start = performance.now();
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(file) }, position: hoverAt });
    return { time: performance.now() - start, shown: JSON.stringify(hover?.contents ?? "") };
  };

  /** One edit → the diagnostics of its version: wall time and the server's main-thread CPU time. */
  const editOnce = async (v: number): Promise<{ wall: number; cpu: number }> => {
    const cpu = threadCpu(session.pid);
    const start = performance.now();
    session.change(file, v, text.replace('title "Bacaan Bersama"', `title "Bacaan Bersama ${v}"`));
    await session.diagnostics(file, v);
    const wall = performance.now() - start;
    const used = (threadCpu(session.pid) ?? Number.NaN) - (cpu ?? Number.NaN);
    if (process.env.LONTAR_BENCH_TRACE) console.log(`edit ${v}: ${wall.toFixed(1)} ms, server CPU ${used.toFixed(1)} ms`);
    return { wall, cpu: used };
  };
  const edits: number[] = [];
  const editCpu: number[] = [];
  let version = 1;
  for (let i = 0; i < EDITS; i++) {
    const edit = await editOnce(++version);
    edits.push(edit.wall);
    editCpu.push(edit.cpu);
  }

  const completionAt = { line: lineOf("  needs room ruang_"), character: "  needs room ".length };
  const completions: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(file) }, position: completionAt });
    completions.push(performance.now() - start);
    if (process.env.LONTAR_BENCH_TRACE) console.log(`completion ${i}: ${(performance.now() - start).toFixed(1)} ms`);
  }
  const hovers: number[] = [];
  let shown = "";
  for (let i = 0; i < REQUESTS; i++) {
    const hover = await hoverOnce();
    hovers.push(hover.time);
    shown = hover.shown;
    if (process.env.LONTAR_BENCH_TRACE) console.log(`hover ${i}: ${hover.time.toFixed(1)} ms`);
  }
  // The reference: hovers with no edit pending, once the whole analysis is done (the check
  // command finishes it; then a pause, so the server's own analysis has ended too).
  await session.connection.sendRequest(ExecuteCommandRequest.type, { command: "lontar.checkWorkspace", arguments: [] });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const idleHovers: number[] = [];
  for (let i = 0; i < REQUESTS; i++) idleHovers.push((await hoverOnce()).time);
  const spaced: number[] = [];
  const spacedCpu: number[] = [];
  for (let i = 0; i < SPACED_EDITS; i++) {
    await new Promise((resolve) => setTimeout(resolve, 160 + i * 10));
    const edit = await editOnce(++version);
    spaced.push(edit.wall);
    spacedCpu.push(edit.cpu);
  }
  if (!shown.includes("2024-03-01") && !shown.includes("2024-03-0")) console.warn("hover did not show March dates:", shown.slice(0, 200));

  console.log(`workspace: ${generated.length} files, ${lines.toLocaleString("en")} lines; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`baseline: one direct analyzeWorkspace of the same files, in this process: ${ms(baseline)} (main thread CPU ${ms(baselineCpu)})`);
  console.log("| measure | median | p95 | p95 / baseline |");
  console.log("|---|---:|---:|---:|");
  console.log(`| open → first diagnostics | ${ms(open)} | — | ${(open / baseline).toFixed(2)} |`);
  console.log(`| edit → diagnostics of that version (${EDITS}) | ${ms(median(edits))} | ${ms(p95(edits))} | ${(p95(edits) / baseline).toFixed(2)} |`);
  console.log(`| edit while the whole analysis runs (${SPACED_EDITS}, 160–350 ms apart) | ${ms(median(spaced))} | ${ms(p95(spaced))} | ${(p95(spaced) / baseline).toFixed(2)} |`);
  console.log(`| server main-thread CPU per quick edit | ${ms(median(editCpu))} | ${ms(p95(editCpu))} | ${(p95(editCpu) / baselineCpu).toFixed(3)} (of the baseline's CPU) |`);
  console.log(`| server main-thread CPU per spaced edit | ${ms(median(spacedCpu))} | ${ms(p95(spacedCpu))} | ${(p95(spacedCpu) / baselineCpu).toFixed(3)} (of the baseline's CPU) |`);
  console.log(`| completion (${REQUESTS}) | ${ms(median(completions))} | ${ms(p95(completions))} | ${(p95(completions) / baseline).toFixed(3)} |`);
  console.log(`| hover on a schedule, next dates (${REQUESTS}) | ${ms(median(hovers))} | ${ms(p95(hovers))} | ${(p95(hovers) / baseline).toFixed(3)} |`);
  console.log(`| hover on a schedule, no edit pending (${REQUESTS}) | ${ms(median(idleHovers))} | ${ms(p95(idleHovers))} | ${(p95(idleHovers) / baseline).toFixed(3)} |`);
  console.log(`hover after the edits: p95 / median of hovers with no edit pending = ${(p95(hovers) / median(idleHovers)).toFixed(2)}`);
} finally {
  await session.close();
  rmSync(root, { recursive: true, force: true });
}
