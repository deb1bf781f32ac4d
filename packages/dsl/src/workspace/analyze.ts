import { plainRange, type Workspace } from "@lontar/core";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import type { FileNode } from "../syntax/ast.js";
import type { WorkspaceFileReader } from "./file-access.js";
import type { SourceFile } from "./load.js";
import type { HorizonDates } from "../semantics/schedule/compile-schedule.js";
import { AnalysisMemo, analyzeFast, finishSlow, type PipelineResult } from "./pipeline.js";
import { expectAnalyzeInput, expectString } from "../text/caller-input.js";

/** What {@link analyzeWorkspace} reads: a root folder, files, and a way to read imports. */
export interface AnalyzeInput {
  /** The workspace root folder; imports may not leave it. */
  readonly root: string;
  /**
   * The files to analyze (paths absolute or relative to `root`), each path once: one given
   * again (also as `./a.lontar` beside `a.lontar`) is LON2109, and only the first is
   * analyzed. Positions are those of each text as given: a byte order mark at its start is
   * one UTF-16 unit (offset 0, column 1 of line 1), so `text.slice(start.offset, end.offset)`
   * is what a diagnostic names. Lontar's own readers (`containedFileReader`, `analyzeFolder`,
   * the CLI) drop the mark when they read a file, as editors do.
   */
  readonly files: readonly SourceFile[];
  /**
   * Reads an imported file (called with `root` joined to its workspace-relative path):
   * its text, undefined when missing, or why it was refused, synchronously (see
   * {@link WorkspaceFileReader}). `containedFileReader(root)`
   * reads only regular files inside the root, links resolved, size capped.
   */
  readonly readFile?: WorkspaceFileReader | undefined;
  /**
   * The horizon of a workspace that declares none (what `lontar plan --from … --to …`
   * gives): schedules without `from` start at its first date, as at a declared horizon's.
   * A declared `horizon` wins.
   */
  readonly defaultHorizon?: HorizonDates | undefined;
}

/** An agreement found in the workspace, for the CLI's compliance report. */
export interface AgreementLocation {
  /** The agreement's identifier. */
  readonly id: string;
  /** Its file (workspace-relative). */
  readonly file: string;
  /** The range of its declaration. */
  readonly range: Range;
}

/** What {@link analyzeWorkspace} finds. */
export interface AnalyzeResult {
  /** The validated core model; present only when there is no error. */
  readonly workspace?: Workspace;
  /** Every diagnostic, sorted by file, line, column, code; at most 1,000 per file, the rest counted by one LON1006 ("N more problems in this file"). */
  readonly diagnostics: readonly Diagnostic[];
  /** The parsed files, in load order. */
  readonly files: readonly FileNode[];
  /** The agreements declared, in load order. */
  readonly agreements: readonly AgreementLocation[];
}

/**
 * Analyzes a workspace: parses each file, follows imports through `readFile`, binds
 * names, checks, and compiles to a validated @lontar/core {@link Workspace}. Pure: no
 * file system access of its own, no clock. Paths in diagnostics are relative to `root`,
 * with forward slashes. Never throws on user input: a mistake in `input` itself (a path
 * given twice) is a diagnostic too, as a workspace folder that is not there is for
 * `analyzeFolder`.
 *
 * @example
 * // On Node, `analyzeFolder(root)` from `@lontar/dsl/node` reads the files for you.
 * const result = analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text }], readFile: readTextFile });
 * for (const d of result.diagnostics) console.log(d.code, d.location.file, d.location.range.start.line, d.message);
 * if (result.workspace) planWorkspace(result.workspace, { seed: 1 }); // from @lontar/planner
 * @throws TypeError when `input` is not of its type (a text read as a Buffer, files that are no
 * array, a reader that answers a Promise): a caller's mistake, named in the message.
 */
export function analyzeWorkspace(input: AnalyzeInput): AnalyzeResult {
  expectAnalyzeInput(input);
  const memo = new AnalysisMemo(false, input.defaultHorizon);
  return withAgreements(finishSlow(analyzeFast(input.root, input.files, input.readFile, memo), memo));
}

/** Adds the agreements declared in the files to a pipeline result (their ranges plain data, not the trees' own). */
export function withAgreements(result: PipelineResult): AnalyzeResult {
  const agreements: AgreementLocation[] = [];
  for (const file of result.files) {
    for (const item of file.items) if (item.kind === "Declaration" && item.declarationKind === "agreement") agreements.push({ id: item.name.text, file: file.path, range: plainRange(item.range) });
  }
  return { ...result, agreements };
}

/**
 * Checks one file on its own (imports are not followed; its declarations are the whole
 * workspace). For editors and quick checks; returns the same shape as {@link analyzeWorkspace}.
 * Positions are those of `text` as given, a byte order mark at its start counted as one
 * UTF-16 unit: `text.slice(start.offset, end.offset)` is what a diagnostic names, and
 * `new LineIndex(text)` converts its range for an editor that keeps the mark.
 *
 * @throws TypeError when `text` or `path` is not a string (a file read as a Buffer).
 */
export function checkSource(text: string, path: string): AnalyzeResult {
  expectString(text, "text", "checkSource");
  expectString(path, "path", "checkSource");
  return analyzeWorkspace({ root: "", files: [{ path, text }], readFile: () => undefined });
}
