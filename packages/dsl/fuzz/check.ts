/**
 * What the fuzz checks on each input: no stage throws, no internal code (LONx999), the
 * formatter's output parses to the same tree and formats to itself, and the CPU time taken.
 */
import { performance } from "node:perf_hooks";
import { analyzeWorkspace } from "../src/workspace/analyze.js";
import { formatSource, printFile, type FormatResult } from "../src/format/format.js";
import type { FileNode } from "../src/syntax/ast.js";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { parseFile, type ParseResult } from "../src/syntax/parse.js";
import { stripSyntaxDetails } from "../src/syntax/ast-equality.js";
import type { SourceFile } from "../src/workspace/load.js";

/** A failed check. */
export interface Failure {
  /** Which check: `throw`, `internal`, `format-tree`, `format-errors`, `format-idempotent`, `slow`. */
  readonly check: string;
  /** What happened. */
  readonly detail: string;
}

/** The outcome of one input. */
export interface Outcome {
  /** Failed checks (empty when all hold). */
  readonly failures: Failure[];
  /** Milliseconds of CPU time taken (user and system), which a busy machine does not inflate. */
  readonly ms: number;
  /** Milliseconds of wall-clock time taken. */
  readonly wallMs: number;
}

/**
 * Runs every check on a workspace whose first file is the one under test. The time limit
 * is on what a user runs (the analysis and the formatter), in CPU time; the checks' own
 * re-parsing is not timed.
 */
export function checkInput(files: readonly SourceFile[], limitMs: number): Outcome {
  const failures: Failure[] = [];
  const start = performance.now();
  const cpu = process.cpuUsage();
  const main = files[0];
  let verify: (() => void) | undefined;
  try {
    const result = analyzeWorkspace({ root: "", files, readFile: () => undefined });
    for (const d of result.diagnostics) {
      if (/^LON\d999$/.test(d.code)) failures.push({ check: "internal", detail: `${d.code} ${d.location.file}:${d.location.range.start.line}:${d.location.range.start.column} ${d.message}` });
    }
    if (main !== undefined) {
      const tree = result.files[0];
      // The formatter takes the analysis's parse, as an editor formats the file its session parsed.
      const once = formatSource(main.text, main.path, tree === undefined ? {} : { parsed: syntaxOf(tree, result.diagnostics) });
      verify = () => checkFormat(main, once, tree, failures);
    }
  } catch (error) {
    failures.push({ check: "throw", detail: describeError(error) });
  }
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  const wallMs = performance.now() - start;
  if (ms > limitMs) failures.push({ check: "slow", detail: `${Math.round(ms)} ms of CPU time (limit ${limitMs} ms)` });
  try {
    verify?.();
  } catch (error) {
    failures.push({ check: "throw", detail: describeError(error) });
  }
  return { failures, ms, wallMs };
}

/** A file's parse as the analysis made it: its tree and its syntax diagnostics (LON1xxx, made by the parser alone). */
function syntaxOf(file: FileNode, diagnostics: readonly Diagnostic[]): ParseResult {
  return { file, diagnostics: diagnostics.filter((d) => d.location.file === file.path && d.code.startsWith("LON1")) };
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message).split("\n").slice(0, 4).join(" | ") : String(error);
}

function checkFormat(file: SourceFile, once: FormatResult, tree: FileNode | undefined, failures: Failure[]): void {
  if (once.diagnostics.some((d) => d.severity === "error")) {
    if (once.text !== file.text) failures.push({ check: "format-errors", detail: "a file with syntax errors was changed" });
    return;
  }
  const reparsed = parseFile(once.text, file.path);
  if (reparsed.diagnostics.some((d) => d.severity === "error")) {
    failures.push({ check: "format-tree", detail: `the output does not parse: ${reparsed.diagnostics[0]?.message ?? ""}` });
    return;
  }
  const before = JSON.stringify(stripSyntaxDetails(tree ?? parseFile(file.text, file.path).file));
  const after = JSON.stringify(stripSyntaxDetails(reparsed.file));
  if (before !== after) failures.push({ check: "format-tree", detail: "the output parses to another tree" });
  if (printFile(reparsed.file) !== once.text) failures.push({ check: "format-idempotent", detail: "formatting the output changes it again" });
}

/** A ready-to-paste vitest case reproducing a failure. */
export function regressionCase(name: string, files: readonly SourceFile[], failure: Failure): string {
  const main = files[0];
  const text = JSON.stringify(main?.text ?? "");
  const others = files.slice(1);
  const workspace = others.length === 0 ? `[{ path: "main.lontar", text }]` : `[{ path: ${JSON.stringify(main?.path ?? "main.lontar")}, text }, ...${JSON.stringify(others)}]`;
  return [
    `it(${JSON.stringify(`fuzz regression: ${name} (${failure.check})`)}, () => {`,
    `  const text = ${text};`,
    `  // ${failure.detail.replace(/\n/g, " ")}`,
    `  const result = analyzeWorkspace({ root: "", files: ${workspace}, readFile: () => undefined });`,
    `  expect(result.diagnostics.filter((d) => d.code.endsWith("999"))).toEqual([]);`,
    `  const once = formatSource(text, "main.lontar");`,
    `  if (once.diagnostics.length === 0) expect(formatSource(once.text, "main.lontar").text).toBe(once.text);`,
    `});`,
  ].join("\n");
}
