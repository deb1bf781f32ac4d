/**
 * The analysis in its steps, each file's results kept in an {@link AnalysisMemo}: the one
 * pipeline behind both {@link analyzeWorkspace} (a fresh memo, so nothing is reused) and
 * the workspace session (one memo across edits). Reuse never changes a result: a file's
 * cached result is used only while everything it was computed from is the same.
 */
import type { Workspace } from "@lontar/core";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { bindWorkspaceSymbols, type BoundWorkspace } from "../semantics/binder/bind.js";
import { findImportCycles } from "../semantics/binder/import-cycles.js";
import { FittingNames, resolveFileReferences, type ResolveLookups } from "../semantics/binder/resolve.js";
import type { SymbolTable } from "../semantics/binder/symbols.js";
import { checkAcrossFiles, checkContext, checkFile, checkFileSchedules, type CheckContext } from "../semantics/checker/check.js";
import { compileWorkspace } from "../semantics/compiler/compile.js";
import { CompileMemo } from "../semantics/compiler/compile-memo.js";
import { compareDiagnostics, uniqueDiagnostics } from "../semantics/report.js";
import type { Declaration, FileNode } from "../syntax/ast.js";
import { parseFile, type ParseResult } from "../syntax/parse.js";
import type { WorkspaceFileReader } from "./file-access.js";
import { loadWorkspace, type LoadedWorkspace, type SourceFile } from "./load.js";

interface ResolvedFile {
  readonly lookups: ResolveLookups;
  readonly names: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

interface KeyedResult {
  readonly key: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Each file's results from earlier analyses: its parse (by path and text), its resolved
 * references (while each name finds the same declaration), its fast and slow checks
 * (while the horizon and the libraries are the same). Trees are kept by identity, so a
 * file whose text did not change keeps its tree and with it every later result.
 */
export class AnalysisMemo {
  /** Elements compiled and validated before; only a memo that is kept across analyses has one. */
  private readonly compiled: CompileMemo | undefined;
  private readonly parses = new Map<string, { readonly text: string; readonly result: ParseResult }>();
  private readonly resolved = new WeakMap<FileNode, ResolvedFile>();
  private readonly checked = new WeakMap<FileNode, KeyedResult>();
  private readonly scheduled = new WeakMap<FileNode, KeyedResult>();
  private readonly texts = new WeakMap<FileNode, string>();
  private readonly declarationKeys = new WeakMap<Declaration, string>();

  /**
   * A memo for one analysis (`kept` false: the model goes through core's validateWorkspace
   * whole, as from scratch) or for many (`kept` true: elements are validated one by one and
   * kept; see {@link CompileMemo}).
   */
  constructor(kept = false) {
    this.compiled = kept ? new CompileMemo() : undefined;
  }

  /** Compiles and validates the workspace (see {@link compileWorkspace}). */
  compile(fast: FastAnalysis, diagnostics: Diagnostic[]): Workspace | undefined {
    const schedule = fast.context.schedule;
    return this.compiled === undefined ? compileWorkspace(fast.bound, schedule, diagnostics) : this.compiled.compile(fast.bound, schedule, fast.contextKey, this.declarationKey, diagnostics);
  }

  /**
   * A declaration's key for reusing its compiled element: its file, its start (offset,
   * line, column) and its text. The compiler reads nothing of a declaration outside its
   * range but the file's path and the context, so equal keys compile alike, even across
   * re-parses of the file.
   */
  private readonly declarationKey = (declaration: Declaration): string | undefined => {
    const known = this.declarationKeys.get(declaration);
    if (known !== undefined) return known;
    const file = this.fileOf.get(declaration);
    const text = file === undefined ? undefined : this.texts.get(file);
    if (file === undefined || text === undefined) return undefined;
    const { start, end } = declaration.range;
    const key = `${file.path}\u0000${start.offset}:${start.line}:${start.column}\u0000${text.slice(start.offset, end.offset)}`;
    this.declarationKeys.set(declaration, key);
    return key;
  };

  private readonly fileOf = new WeakMap<Declaration, FileNode>();

  /** Notes which file each declaration is in (for {@link declarationKey}). */
  private noteDeclarations(file: FileNode): void {
    for (const item of file.items) if (item.kind === "Declaration") this.fileOf.set(item, file);
  }

  /** Parses `text` as `path`, or gives the earlier parse of the same text at the same path. */
  readonly parse = (text: string, path: string): ParseResult => {
    const earlier = this.parses.get(path);
    if (earlier !== undefined && earlier.text === text) return earlier.result;
    const result = parseFile(text, path);
    this.parses.set(path, { text, result });
    this.texts.set(result.file, text);
    this.noteDeclarations(result.file);
    return result;
  };

  /** Drops the parses of files no longer in the workspace. */
  keepOnly(paths: ReadonlySet<string>): void {
    for (const path of [...this.parses.keys()]) if (!paths.has(path)) this.parses.delete(path);
  }

  /** The resolution of `file`'s references, reused while it would come out the same. */
  resolve(file: FileNode, symbols: SymbolTable, fitting: FittingNames, names: () => string): readonly Diagnostic[] {
    const earlier = this.resolved.get(file);
    if (earlier !== undefined && stillResolves(earlier, symbols, names)) return earlier.diagnostics;
    const diagnostics: Diagnostic[] = [];
    const lookups = resolveFileReferences(file, symbols, fitting, diagnostics);
    this.resolved.set(file, { lookups, names: lookups.missing ? names() : undefined, diagnostics });
    return diagnostics;
  }

  /** The fast checks of `file` under `context`. */
  check(file: FileNode, context: CheckContext, key: string): readonly Diagnostic[] {
    return keyed(this.checked, file, key, (into) => checkFile(file, context, into));
  }

  /** The schedule checks of `file` under `context`. */
  checkSchedules(file: FileNode, context: CheckContext, key: string): readonly Diagnostic[] {
    return keyed(this.scheduled, file, key, (into) => checkFileSchedules(file, context, into));
  }
}

function keyed(memo: WeakMap<FileNode, KeyedResult>, file: FileNode, key: string, run: (into: Diagnostic[]) => void): readonly Diagnostic[] {
  const earlier = memo.get(file);
  if (earlier !== undefined && earlier.key === key) return earlier.diagnostics;
  const diagnostics: Diagnostic[] = [];
  run(diagnostics);
  memo.set(file, { key, diagnostics });
  return diagnostics;
}

function stillResolves(earlier: ResolvedFile, symbols: SymbolTable, names: () => string): boolean {
  for (const [name, declaration] of earlier.lookups.names) if (symbols.get(name)?.declaration !== declaration) return false;
  return earlier.names === undefined || earlier.names === names();
}

/** What the fast steps leave for the slow ones. */
export interface FastAnalysis {
  /** The loaded files and imports. */
  readonly loaded: LoadedWorkspace;
  /** Declarations by name. */
  readonly bound: BoundWorkspace;
  /** The horizon and libraries. */
  readonly context: CheckContext;
  /** The cache key of everything the per-file checks read besides the file. */
  readonly contextKey: string;
  /** The diagnostics so far, in the order found. */
  readonly diagnostics: readonly Diagnostic[];
}

/** What a whole analysis gives (before {@link analyzeWorkspace} adds the agreements). */
export interface PipelineResult {
  /** The validated core model; present only when there is no error. */
  readonly workspace?: Workspace;
  /** Every diagnostic, sorted and without repeats. */
  readonly diagnostics: readonly Diagnostic[];
  /** The parsed files, in load order. */
  readonly files: readonly FileNode[];
}

function push(into: Diagnostic[], found: readonly Diagnostic[]): void {
  // One by one: a spread of a huge list would overflow the stack.
  for (const d of found) into.push(d);
}

/**
 * The fast steps: load (parse, follow imports), import cycles, declarations, references,
 * and each file's checks but schedules, then the workspace-wide checks.
 */
export function analyzeFast(root: string, files: readonly SourceFile[], readFile: WorkspaceFileReader | undefined, memo: AnalysisMemo): FastAnalysis {
  const diagnostics: Diagnostic[] = [];
  const loaded = loadWorkspace(root, files, readFile, memo.parse, diagnostics);
  memo.keepOnly(new Set(loaded.files.map((f) => f.path)));
  for (const cycle of findImportCycles(loaded.files.map((f) => f.path), loaded.edges)) diagnostics.push(cycle);
  const bound = bindWorkspaceSymbols(loaded.files, diagnostics);
  const fitting = new FittingNames(bound.symbols);
  let names: string | undefined;
  const allNames = (): string => (names ??= [...bound.symbols.values()].map((s) => `${s.kind} ${s.name}`).join("\n"));
  for (const file of loaded.files) push(diagnostics, memo.resolve(file, bound.symbols, fitting, allNames));
  const context = checkContext(bound, diagnostics);
  const contextKey = `${JSON.stringify(context.schedule)}\n${[...context.zones].map(([library, zone]) => `${library}=${zone}`).join("\n")}`;
  for (const file of loaded.files) push(diagnostics, memo.check(file, context, contextKey));
  checkAcrossFiles(bound, diagnostics);
  return { loaded, bound, context, contextKey, diagnostics };
}

/**
 * The slow steps as a generator that stops after each file, so that a caller can yield to
 * other work or give up between files: each program's schedules expanded, then, when
 * there is no error, the compilation and core's validation. Returns the whole result.
 */
export function* analyzeSlow(fast: FastAnalysis, memo: AnalysisMemo): Generator<void, PipelineResult, void> {
  const diagnostics = fast.diagnostics.slice();
  for (const file of fast.loaded.files) {
    push(diagnostics, memo.checkSchedules(file, fast.context, fast.contextKey));
    yield;
  }
  const hasError = diagnostics.some((d) => d.severity === "error");
  const workspace = hasError ? undefined : memo.compile(fast, diagnostics);
  const sorted = uniqueDiagnostics(diagnostics).sort(compareDiagnostics);
  const ok = workspace !== undefined && !diagnostics.some((d) => d.severity === "error");
  return { ...(ok ? { workspace } : {}), diagnostics: sorted, files: fast.loaded.files };
}

/** Runs the slow steps to the end without stopping. */
export function finishSlow(fast: FastAnalysis, memo: AnalysisMemo): PipelineResult {
  const steps = analyzeSlow(fast, memo);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** The fast steps' diagnostics alone, sorted and without repeats (schedules and core validation not yet run). */
export function fastDiagnostics(fast: FastAnalysis): readonly Diagnostic[] {
  return uniqueDiagnostics(fast.diagnostics).sort(compareDiagnostics);
}
