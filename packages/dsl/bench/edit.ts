/**
 * Re-analysis after a one-line edit: a {@link WorkspaceSession} over a generated workspace
 * of 100 files and more than 100,000 lines; each sample changes one room's capacity in one
 * file (a different file each time), asks for that document's fast diagnostics (what an
 * editor shows at once), then for the whole analysis (the slow steps: schedules, the
 * workspace-wide checks, compilation and core's validation).
 */
import { performance } from "node:perf_hooks";
import { WorkspaceSession } from "@lontar/dsl";
import { generateWorkspace } from "./generate.js";

/** The figures of the edit benchmark. */
export interface EditBenchmark {
  /** Files in the workspace. */
  readonly files: number;
  /** Lines in the workspace. */
  readonly lines: number;
  /** Milliseconds of the first, whole analysis. */
  readonly firstMs: number;
  /** The edited document's fast diagnostics after one edit. */
  readonly document: EditTimes;
  /** The whole re-analysis after one edit (the document's fast diagnostics included). */
  readonly whole: EditTimes;
}

/** Times of one measure over the samples. */
export interface EditTimes {
  /** Median milliseconds (wall clock). */
  readonly medianMs: number;
  /** 95th percentile of the same. */
  readonly p95Ms: number;
  /** Median CPU milliseconds of the process for the same (a busy machine inflates wall time, not this). */
  readonly medianCpuMs: number;
  /** 95th percentile of the same. */
  readonly p95CpuMs: number;
}

function times(wall: readonly number[], cpu: readonly number[]): EditTimes {
  return { medianMs: percentile(wall, 50), p95Ms: percentile(wall, 95), medianCpuMs: percentile(cpu, 50), p95CpuMs: percentile(cpu, 95) };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Runs the edit benchmark: `samples` edits after a warm-up of 5. */
export function benchmarkEdits(samples: number): EditBenchmark {
  const files = generateWorkspace(100, 17);
  const lines = files.reduce((sum, f) => sum + f.text.split("\n").length, 0);
  const session = new WorkspaceSession({ root: "/bench" });
  for (const f of files) session.open(f.path, f.text, 1);
  let start = performance.now();
  const first = session.analyzeNow();
  const firstMs = performance.now() - start;
  if (first.workspace === undefined) throw new Error("the generated workspace does not compile");
  const documentWall: number[] = [];
  const documentCpu: number[] = [];
  const wholeWall: number[] = [];
  const wholeCpu: number[] = [];
  for (let n = 0; n < samples + 5; n++) {
    const file = files[1 + (n % (files.length - 1))];
    const document = file === undefined ? undefined : session.document(file.path);
    if (file === undefined || document === undefined) continue;
    // `capacity NN` of the file's first room: one line, two characters.
    const at = document.text.indexOf("{ capacity ") + "{ capacity ".length;
    const line = document.lines.protocolPositionAt(at);
    const capacity = String(20 + (n % 70)).padStart(2, "0");
    session.change(file.path, document.version + 1, [{ range: { start: line, end: { line: line.line, character: line.character + 2 } }, text: capacity }]);
    start = performance.now();
    const cpu = process.cpuUsage();
    const fast = session.fastDiagnostics(file.path);
    const fastCpu = process.cpuUsage(cpu);
    const fastMs = performance.now() - start;
    const result = session.analyzeNow();
    const used = process.cpuUsage(cpu);
    const ms = performance.now() - start;
    if (fast.length > 0 || result.workspace === undefined) throw new Error("an edit broke the workspace");
    if (n >= 5) {
      documentWall.push(fastMs);
      documentCpu.push((fastCpu.user + fastCpu.system) / 1000);
      wholeWall.push(ms);
      wholeCpu.push((used.user + used.system) / 1000);
    }
  }
  return { files: files.length, lines, firstMs, document: times(documentWall, documentCpu), whole: times(wholeWall, wholeCpu) };
}
