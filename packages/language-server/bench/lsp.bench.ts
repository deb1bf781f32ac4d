/**
 * The language server under a province-sized workspace, through the stdio client (not a
 * test): 100 generated files, ≥ 100,000 lines. Measures open → first diagnostics, edit →
 * diagnostics of that version (p95), completion (p95) and hover on a schedule with its
 * next dates (p95), then the same hover with no edit pending (the reference for the hovers
 * after edits); and, in the same process, one direct `analyzeWorkspace` of the same files
 * as the baseline the ratios are against. 40 samples of each (so a p95 is not just the
 * slowest one); LONTAR_BENCH_TRACE=1 prints each edit's time (the first edit after open is
 * the cold one).
 *
 * node --conditions=@lontar/source --import tsx packages/language-server/bench/lsp.bench.ts [files] [librariesPerFile]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { analyzeWorkspace } from "@lontar/dsl";
import { CompletionRequest, ExecuteCommandRequest, HoverRequest } from "vscode-languageserver-protocol";
import { generateWorkspace } from "../../dsl/bench/generate.js";
import { startSession } from "../test/support/client.js";

const fileCount = Number(process.argv[2] ?? 100);
const perFile = Number(process.argv[3] ?? 17);
const EDITS = 40;
const REQUESTS = 40;

const generated = generateWorkspace(fileCount - 1, perFile);
const lines = generated.reduce((n, f) => n + f.text.split("\n").length, 0);
const root = mkdtempSync(path.join(tmpdir(), "lontar-lsp-bench-"));
for (const f of generated) writeFileSync(path.join(root, f.path), f.text);

const p95 = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)] ?? Number.NaN;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (n: number): string => `${n.toFixed(1)} ms`;

const t0 = performance.now();
analyzeWorkspace({ root, files: generated });
const baseline = performance.now() - t0;

const session = await startSession(root, { options: { today: "2024-03-01" } });
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

  const edits: number[] = [];
  for (let v = 2; v < 2 + EDITS; v++) {
    const start = performance.now();
    session.change(file, v, text.replace('title "Bacaan Bersama"', `title "Bacaan Bersama ${v}"`));
    await session.diagnostics(file, v);
    edits.push(performance.now() - start);
    if (process.env.LONTAR_BENCH_TRACE) console.log(`edit ${v}: ${(performance.now() - start).toFixed(1)} ms`);
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
  if (!shown.includes("2024-03-01") && !shown.includes("2024-03-0")) console.warn("hover did not show March dates:", shown.slice(0, 200));

  console.log(`workspace: ${generated.length} files, ${lines.toLocaleString("en")} lines; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`baseline: one direct analyzeWorkspace of the same files, in this process: ${ms(baseline)}`);
  console.log("| measure | median | p95 | p95 / baseline |");
  console.log("|---|---:|---:|---:|");
  console.log(`| open → first diagnostics | ${ms(open)} | — | ${(open / baseline).toFixed(2)} |`);
  console.log(`| edit → diagnostics of that version (${EDITS}) | ${ms(median(edits))} | ${ms(p95(edits))} | ${(p95(edits) / baseline).toFixed(2)} |`);
  console.log(`| completion (${REQUESTS}) | ${ms(median(completions))} | ${ms(p95(completions))} | ${(p95(completions) / baseline).toFixed(3)} |`);
  console.log(`| hover on a schedule, next dates (${REQUESTS}) | ${ms(median(hovers))} | ${ms(p95(hovers))} | ${(p95(hovers) / baseline).toFixed(3)} |`);
  console.log(`| hover on a schedule, no edit pending (${REQUESTS}) | ${ms(median(idleHovers))} | ${ms(p95(idleHovers))} | ${(p95(idleHovers) / baseline).toFixed(3)} |`);
  console.log(`hover after the edits: p95 / median of hovers with no edit pending = ${(p95(hovers) / median(idleHovers)).toFixed(2)}`);
} finally {
  await session.close();
  rmSync(root, { recursive: true, force: true });
}
