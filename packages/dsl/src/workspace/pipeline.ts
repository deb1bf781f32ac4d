/**
 * The analysis in its steps, each file's results kept in an {@link AnalysisMemo}: the one
 * pipeline behind both {@link analyzeWorkspace} (a fresh memo, so nothing is reused) and
 * the workspace session (one memo across edits). Reuse never changes a result: a file's
 * cached result is used only while everything it was computed from is the same.
 */
import type { Workspace } from "@lontar/core";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { BoundWorkspace } from "../semantics/binder/bind.js";
import { findImportCycles } from "../semantics/binder/import-cycles.js";
import { visitReferences } from "../semantics/binder/references.js";
import { FittingNames, resolveFileReferences, type ResolveLookups } from "../semantics/binder/resolve.js";
import type { ShardedMap } from "../semantics/binder/symbol-map.js";
import { collectSymbols, type SymbolInfo, type SymbolTable } from "../semantics/binder/symbols.js";
import { checkAcrossFilesSteps, checkContext, checkFile, checkFileSchedules, type CheckContext } from "../semantics/checker/check.js";
import { compileWorkspace } from "../semantics/compiler/compile.js";
import { CompileMemo } from "../semantics/compiler/compile-memo.js";
import { capPerFile, compareDiagnostics, uniqueDiagnostics } from "../semantics/report.js";
import type { Declaration, FileNode } from "../syntax/ast.js";
import { parseFile, type ParseResult } from "../syntax/parse.js";
import type { HorizonDates } from "../semantics/schedule/compile-schedule.js";
import type { WorkspaceFileReader } from "./file-access.js";
import { loadWorkspace, type LoadedWorkspace, type SourceFile } from "./load.js";
import { timesInLibraryZones } from "./zone-times.js";
import { withoutEchoes } from "./reference-echoes.js";

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
   * kept; see {@link CompileMemo}), and the horizon of a workspace that declares none.
   */
  constructor(kept = false, defaultHorizon?: HorizonDates) {
    this.compiled = kept ? new CompileMemo() : undefined;
    this.defaultHorizon = defaultHorizon;
  }

  /** The horizon of a workspace that declares none (a command's `--from`/`--to`): schedules without `from` start at it. */
  readonly defaultHorizon: HorizonDates | undefined;

  /** Whether the memo is kept across analyses (see the constructor); one for a single analysis caches nothing. */
  get kept(): boolean {
    return this.compiled !== undefined;
  }

  /** The last binding, for {@link bind} to update in place when only some files' insides changed. */
  private binding: Binding | undefined;

  /**
   * Binds the declarations of `files` (LON2001 for a name declared twice): the workspace's
   * symbol table and the check context (see {@link checkContext}). A memo kept across
   * analyses updates its last binding in place when the files are the same paths in the
   * same order, each changed file declares the same names of the same kinds in the same
   * order as before, and none of those names is declared twice: then the table differs only
   * in those files' declaration nodes, LON2001 is unchanged, and the context is computed
   * from the libraries and the horizons alone. Otherwise everything is collected again.
   */
  bind(files: readonly FileNode[], diagnostics: Diagnostic[]): Binding {
    const earlier = this.compiled === undefined ? undefined : this.binding;
    const binding = earlier !== undefined && rebindInPlace(earlier, files, this.contextText) ? earlier : freshBinding(files);
    push(diagnostics, binding.declarationDiagnostics);
    this.binding = binding;
    return binding;
  }

  /**
   * The text of a file's libraries and horizons: what of it the check context reads. A
   * library counts by its text alone (the context keeps its name and time zone, nothing of
   * its place), so an edit above it that moves it does not make the context again.
   */
  private readonly contextText = (file: FileNode): string | undefined => {
    const text = this.texts.get(file);
    if (text === undefined) return undefined;
    const parts: string[] = [];
    for (const item of file.items) {
      if (item.kind !== "Horizon" && !(item.kind === "Declaration" && item.declarationKind === "library")) continue;
      const { start, end } = item.range;
      // A horizon's place counts too: a second one is reported where it is.
      const place = item.kind === "Horizon" ? `${start.offset}:${start.line}:${start.column}` : "library";
      parts.push(`${place}\u0000${text.slice(start.offset, end.offset)}`);
    }
    if (file.unreadHorizon === true) parts.push("unread horizon");
    return parts.join("\u0000");
  };

  /**
   * Compiles and validates the workspace (see {@link compileWorkspace}); a memo kept across
   * analyses does it one file a step, reusing each element compiled and validated before,
   * then puts the model together (see {@link CompileMemo}).
   */
  *compile(fast: FastAnalysis, diagnostics: Diagnostic[]): Generator<void, Workspace | undefined, void> {
    const schedule = fast.context.schedule;
    if (this.compiled === undefined) return compileWorkspace(fast.bound, schedule, diagnostics);
    return yield* this.compiled.compile(fast.bound, schedule, fast.contextKey, this.declarationKey, diagnostics);
  }

  /**
   * Computes ahead what the first edit after an analysis would (which names are declared
   * twice), so that the first edit costs what the next ones do. Changes no result.
   */
  prepareEdits(): void {
    this.binding?.repeated();
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
    // Texts and declarations' files serve only the reuse across analyses (a kept memo).
    if (this.compiled !== undefined) {
      this.texts.set(result.file, text);
      this.noteDeclarations(result.file);
    }
    return result;
  };

  /** Drops the parses of files no longer in the workspace. */
  keepOnly(paths: ReadonlySet<string>): void {
    for (const path of [...this.parses.keys()]) if (!paths.has(path)) this.parses.delete(path);
  }

  /** The resolution of `file`'s references, reused while it would come out the same. */
  resolve(file: FileNode, symbols: SymbolTable, fitting: FittingNames, names: () => string): readonly Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    // A memo for one analysis resolves each file once: it keeps nothing for a next time.
    if (this.compiled === undefined) {
      resolveFileReferences(file, symbols, fitting, diagnostics, false);
      return diagnostics;
    }
    const earlier = this.resolved.get(file);
    if (earlier !== undefined && stillResolves(earlier, symbols, names)) return earlier.diagnostics;
    const lookups = resolveFileReferences(file, symbols, fitting, diagnostics);
    this.resolved.set(file, { lookups, names: lookups.missing ? names() : undefined, diagnostics });
    return diagnostics;
  }

  /** The fast checks of `file` under `context`. */
  check(file: FileNode, context: CheckContext, key: string): readonly Diagnostic[] {
    if (this.compiled === undefined) {
      const diagnostics: Diagnostic[] = [];
      checkFile(file, context, diagnostics);
      return diagnostics;
    }
    return keyed(this.checked, file, key, (into) => checkFile(file, context, into));
  }

  /** The schedule checks of `file` under `context`. */
  checkSchedules(file: FileNode, context: CheckContext, key: string): readonly Diagnostic[] {
    if (this.compiled === undefined) {
      const diagnostics: Diagnostic[] = [];
      checkFileSchedules(file, context, diagnostics);
      return diagnostics;
    }
    return keyed(this.scheduled, file, key, (into) => checkFileSchedules(file, context, into));
  }
}


/** The declared names of a file with their kinds (`kind name`), in source order; cached per tree. */
const declaredOfFile = new WeakMap<FileNode, readonly string[]>();

function declaredNames(file: FileNode): readonly string[] {
  let names = declaredOfFile.get(file);
  if (names === undefined) {
    names = file.items.flatMap((item) => (item.kind === "Declaration" ? [`${item.declarationKind} ${item.name.text}`] : []));
    declaredOfFile.set(file, names);
  }
  return names;
}

const horizonOfFile = new WeakMap<FileNode, boolean>();

function declaresHorizon(file: FileNode): boolean {
  let has = horizonOfFile.get(file);
  if (has === undefined) {
    has = file.unreadHorizon === true || file.items.some((item) => item.kind === "Horizon");
    horizonOfFile.set(file, has);
  }
  return has;
}

/** The binder's results, kept by an {@link AnalysisMemo} for the next analysis. */
export interface Binding {
  /** The files bound, in load order. */
  files: readonly FileNode[];
  /** Declarations by name (updated in place by a later binding). */
  readonly symbols: ShardedMap<SymbolInfo>;
  /** LON2001, in the order found. */
  readonly declarationDiagnostics: readonly Diagnostic[];
  /** The names declared more than once (computed on first use). */
  readonly repeated: () => ReadonlySet<string>;
  /** The libraries' names, in the table's order (computed on first use; an update in place keeps them). */
  readonly libraries: () => readonly string[];
  /** The check context and its diagnostics (LON3008), kept while no file's libraries or horizon changed. */
  context: { readonly context: CheckContext; readonly key: string; readonly diagnostics: readonly Diagnostic[] } | undefined;
  /** Close names for LON2002, kept while the names are the same. */
  readonly fitting: FittingNames;
  /** Every declared name with its kind, one per line (computed on first use). */
  readonly allNames: () => string;
}

function freshBinding(files: readonly FileNode[]): Binding {
  const declarationDiagnostics: Diagnostic[] = [];
  const symbols = collectSymbols(files, declarationDiagnostics);
  let repeatedNames: ReadonlySet<string> | undefined;
  const repeated = (): ReadonlySet<string> => {
    if (repeatedNames !== undefined) return repeatedNames;
    const counts = new Map<string, number>();
    for (const file of files) for (const item of file.items) if (item.kind === "Declaration") counts.set(item.name.text, (counts.get(item.name.text) ?? 0) + 1);
    repeatedNames = new Set([...counts].filter(([, count]) => count > 1).map(([name]) => name));
    return repeatedNames;
  };
  let libraryNames: readonly string[] | undefined;
  const libraries = (): readonly string[] => {
    if (libraryNames !== undefined) return libraryNames;
    const names: string[] = [];
    for (const symbol of symbols.values()) if (symbol.kind === "library") names.push(symbol.name);
    return (libraryNames = names);
  };
  let names: string | undefined;
  const allNames = (): string => (names ??= [...symbols.values()].map((s) => `${s.kind} ${s.name}`).join("\n"));
  return { files, symbols, declarationDiagnostics, repeated, libraries, context: undefined, fitting: new FittingNames(symbols), allNames };
}

/** Updates `binding` for `files` when only declarations' insides changed (see {@link AnalysisMemo.bind}); false when it cannot. */
function rebindInPlace(binding: Binding, files: readonly FileNode[], contextText: (file: FileNode) => string | undefined): boolean {
  const before = binding.files;
  if (before.length !== files.length) return false;
  const repeated = binding.repeated();
  for (let i = 0; i < files.length; i++) {
    const now = files[i];
    const then = before[i];
    if (now === undefined || then === undefined || now.path !== then.path) return false;
    if (now === then) continue;
    const names = declaredNames(now);
    const earlier = declaredNames(then);
    if (names.length !== earlier.length || names.some((n, j) => n !== earlier[j])) return false;
    for (const item of now.items) if (item.kind === "Declaration" && repeated.has(item.name.text)) return false;
  }
  let contextChanged = false;
  for (let i = 0; i < files.length; i++) {
    const now = files[i];
    const then = before[i];
    if (now === undefined || then === undefined || now === then) continue;
    for (const item of now.items) if (item.kind === "Declaration") binding.symbols.set(item.name.text, { name: item.name.text, kind: item.declarationKind, file: now.path, declaration: item });
    // The context reads only the libraries' and horizons' own text: unchanged text, unchanged context.
    const text = contextText(now);
    if (text === undefined || text !== contextText(then)) contextChanged = true;
  }
  if (contextChanged) binding.context = undefined;
  binding.files = files;
  return true;
}

/** The check context of a binding: the horizon and the libraries (LON3008 for a second horizon). */
function bindingContext(binding: Binding, kept: boolean, defaultHorizon: HorizonDates | undefined): NonNullable<Binding["context"]> {
  if (binding.context !== undefined) return binding.context;
  const diagnostics: Diagnostic[] = [];
  // The context reads the horizons and the libraries alone: hand it just those.
  const libraries = new Map<string, SymbolInfo>();
  for (const name of binding.libraries()) {
    const symbol = binding.symbols.get(name);
    if (symbol !== undefined) libraries.set(name, symbol);
  }
  const context = checkContext({ files: binding.files.filter(declaresHorizon), symbols: libraries }, diagnostics, defaultHorizon);
  // The key serves only the reuse across analyses: a memo for one analysis caches nothing.
  const key = kept ? contextKeyOf(context) : "";
  binding.context = { context, key, diagnostics };
  return binding.context;
}

/** The cache key of a check context: its horizon and each library's zone. */
function contextKeyOf(context: CheckContext): string {
  let key = JSON.stringify(context.schedule);
  for (const [library, zone] of context.zones) key += `\n${library}=${zone}`;
  return key;
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
  /** The cache key of everything the per-file checks read besides the file (empty for a memo of one analysis, which caches nothing). */
  readonly contextKey: string;
  /** The workspace-wide fast steps' diagnostics (load, import cycles, declarations), in the order found. */
  readonly early: readonly Diagnostic[];
  /** The horizon's diagnostics (a second horizon), in the order found. */
  readonly contextDiagnostics: readonly Diagnostic[];
  /** Close names for undefined references, indexed on first use. */
  readonly fitting: FittingNames;
  /** Every declared name with its kind, one per line (computed on first use). */
  readonly allNames: () => string;
  /** Whether an import was not read (missing, outside the root, refused): its names may be any undefined name's. */
  readonly importFailed: boolean;
  /** {@link early} and {@link contextDiagnostics} by file (computed on first use). */
  readonly byFile: () => ReadonlyMap<string, { readonly early: readonly Diagnostic[]; readonly context: readonly Diagnostic[] }>;
  /** Every name a reference of the workspace writes (computed on first use: only when a fix renaming a declaration is offered). */
  readonly referencedNames: () => ReadonlySet<string>;
}

/** What a whole analysis gives (before {@link analyzeWorkspace} adds the agreements). */
export interface PipelineResult {
  /** The validated core model; present only when there is no error. */
  readonly workspace?: Workspace;
  /** Every diagnostic, sorted and without repeats; at most MAX_DIAGNOSTICS_PER_FILE per file, the rest counted by one LON1006. */
  readonly diagnostics: readonly Diagnostic[];
  /** The parsed files, in load order. */
  readonly files: readonly FileNode[];
}

function push(into: Diagnostic[], found: readonly Diagnostic[]): void {
  // One by one: a spread of a huge list would overflow the stack.
  for (const d of found) into.push(d);
}

function groupByFile(early: readonly Diagnostic[], context: readonly Diagnostic[]): Map<string, { early: Diagnostic[]; context: Diagnostic[] }> {
  const groups = new Map<string, { early: Diagnostic[]; context: Diagnostic[] }>();
  const groupOf = (file: string): { early: Diagnostic[]; context: Diagnostic[] } => {
    let group = groups.get(file);
    if (group === undefined) {
      group = { early: [], context: [] };
      groups.set(file, group);
    }
    return group;
  };
  for (const d of early) groupOf(d.location.file).early.push(d);
  for (const d of context) groupOf(d.location.file).context.push(d);
  return groups;
}

/**
 * The workspace-wide fast steps: load (parse, follow imports), import cycles, declarations
 * and the check context (horizon, libraries). No file's references or checks yet: those
 * run per file, on demand ({@link fileFastDiagnostics}) or all at once ({@link analyzeSlow}).
 */
export function analyzeFast(root: string, files: readonly SourceFile[], readFile: WorkspaceFileReader | undefined, memo: AnalysisMemo): FastAnalysis {
  const found: Diagnostic[] = [];
  const loaded = loadWorkspace(root, files, readFile, memo.parse, found);
  memo.keepOnly(new Set(loaded.files.map((f) => f.path)));
  for (const cycle of findImportCycles(loaded.files.map((f) => f.path), loaded.edges)) found.push(cycle);
  const binding = memo.bind(loaded.files, found);
  const bound: BoundWorkspace = { files: loaded.files, symbols: binding.symbols };
  const { context, key: contextKey, diagnostics: contextDiagnostics } = bindingContext(binding, memo.kept, memo.defaultHorizon);
  // A time written in another zone than its library's: known now that the zones are.
  const early = timesInLibraryZones(found, loaded.files, context);
  let groups: ReturnType<typeof groupByFile> | undefined;
  const byFile = (): ReturnType<typeof groupByFile> => (groups ??= groupByFile(early, contextDiagnostics));
  const importFailed = early.some(notRead);
  let referenced: Set<string> | undefined;
  const referencedNames = (): ReadonlySet<string> => {
    if (referenced !== undefined) return referenced;
    const names = new Set<string>();
    for (const file of loaded.files) visitReferences(file, { reference: (reference) => void names.add(reference.name) });
    return (referenced = names);
  };
  return { loaded, bound, context, contextKey, early, contextDiagnostics, fitting: binding.fitting, allNames: binding.allNames, importFailed, byFile, referencedNames };
}

/** The codes of an import (or a file given) that was not read, or whose text was not read for being too large (LON1003). */
const IMPORT_FAILURES: ReadonlySet<string> = new Set(["LON1003", "LON2101", "LON2102", "LON2104", "LON2105", "LON2106", "LON2107"]);

/**
 * Whether `d` says a file of the workspace was not read: an import failure, or a file saved as
 * UTF-16 (LON1004 `utf16`: a rule file whose names are unknown). Not another file of NUL bytes
 * (a spreadsheet given by mistake declares nothing, and hid the names undeclared elsewhere).
 */
const notRead = (d: Diagnostic): boolean => IMPORT_FAILURES.has(d.code) || d.text?.key === "LON1004.utf16";

/**
 * A file's reference diagnostics, without the undefined names (LON2002) while an import was
 * not read: names are the whole workspace's, so any of them may be declared in the file
 * not read, and one missing import would otherwise be an error at every use of its names.
 * Otherwise without those that echo another mistake (reference-echoes.ts).
 */
function references(fast: FastAnalysis, file: FileNode, memo: AnalysisMemo): readonly Diagnostic[] {
  const found = memo.resolve(file, fast.bound.symbols, fast.fitting, fast.allNames);
  return fast.importFailed ? found.filter((d) => d.code !== "LON2002") : withoutEchoes(found, fast, file);
}

/**
 * The fast diagnostics of one file, sorted and without repeats: its share of the
 * workspace-wide steps, its references and its checks but schedules. Reads no other
 * file's references or checks, so it costs that file's work alone once
 * {@link analyzeFast} ran. The workspace-wide checks (requirements, precedences) are not
 * among them: they come with the slow steps.
 */
export function fileFastDiagnostics(fast: FastAnalysis, file: FileNode, memo: AnalysisMemo): readonly Diagnostic[] {
  const shared = fast.byFile().get(file.path);
  const found: Diagnostic[] = [];
  if (shared !== undefined) push(found, shared.early);
  push(found, references(fast, file, memo));
  if (shared !== undefined) push(found, shared.context);
  push(found, memo.check(file, fast.context, fast.contextKey));
  return capPerFile(uniqueDiagnostics(found).sort(compareDiagnostics));
}

/**
 * Every fast diagnostic of the workspace, in the order a whole analysis finds them: the
 * workspace-wide steps, each file's references, the horizon, each file's checks, then the
 * workspace-wide checks (requirements no resource can meet, cyclic precedences).
 */
export function allFastDiagnostics(fast: FastAnalysis, memo: AnalysisMemo): Diagnostic[] {
  const steps = fastSteps(fast, memo);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** {@link allFastDiagnostics} as a generator that stops after each file. */
function* fastSteps(fast: FastAnalysis, memo: AnalysisMemo): Generator<void, Diagnostic[], void> {
  const diagnostics = fast.early.slice();
  for (const file of fast.loaded.files) {
    push(diagnostics, references(fast, file, memo));
    yield;
  }
  push(diagnostics, fast.contextDiagnostics);
  for (const file of fast.loaded.files) {
    push(diagnostics, memo.check(file, fast.context, fast.contextKey));
    yield;
  }
  const across: Diagnostic[] = [];
  yield* checkAcrossFilesSteps(fast.bound, across);
  push(diagnostics, fast.importFailed ? across.filter((d) => !POOL_FINDINGS.has(d.text?.key ?? "")) : across);
  return diagnostics;
}

/**
 * What a need asks of the resources of the whole workspace (no staff with the role, no room
 * large enough): left out while an import was not read, whose file may declare them (a walk
 * of stop 57: a misspelt import of the resources gave six "no staff with role" errors before
 * the one at the import). A named resource's own size is still checked.
 */
const POOL_FINDINGS: ReadonlySet<string> = new Set([
  "LON3202.noHolder", "LON3202.noHolderAmong",
  "LON3201.noneDeclaredToHold", "LON3201.largestHolds", "LON3201.noneCouldMeet", "LON3201.onlyFit", "LON3201.roomElsewhere", "LON3201.noRoomAtSites",
]);

/**
 * The slow steps as a generator that stops after each file, so that a caller can yield to
 * other work or give up between files: every file's fast results (cached ones reused), the
 * workspace-wide checks, each program's schedules expanded, then, when there is no error,
 * the compilation and core's validation (one file a step, then the whole model put
 * together). Returns the whole result.
 */
export function* analyzeSlow(fast: FastAnalysis, memo: AnalysisMemo): Generator<void, PipelineResult, void> {
  const diagnostics = yield* fastSteps(fast, memo);
  yield;
  for (const file of fast.loaded.files) {
    push(diagnostics, memo.checkSchedules(file, fast.context, fast.contextKey));
    yield;
  }
  const hasError = diagnostics.some((d) => d.severity === "error");
  const workspace = hasError ? undefined : yield* memo.compile(fast, diagnostics);
  const sorted = capPerFile(uniqueDiagnostics(diagnostics).sort(compareDiagnostics));
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
