import { plainRange } from "@lontar/core";
import type { Diagnostic, Location } from "../diagnostics/diagnostic.js";
import type { FileNode } from "../syntax/ast.js";
import { withAgreements, type AnalyzeResult } from "../workspace/analyze.js";
import { workspacePath } from "../workspace/workspace-path.js";
import type { ReadRefusal, WorkspaceFileReader } from "../workspace/file-access.js";
import { compareDiagnostics, uniqueDiagnostics } from "../semantics/report.js";
import type { HorizonDates } from "../semantics/schedule/compile-schedule.js";
import { AnalysisMemo, allFastDiagnostics, analyzeFast, analyzeSlow, fileFastDiagnostics, finishSlow, type FastAnalysis } from "../workspace/pipeline.js";
import { applyChanges, openDocument, type DocumentChange, type OpenDocument } from "./document.js";
import { frozenDiagnostics, frozenResult } from "./frozen.js";
import { documentSymbols, nameAt, occurrencesOf, type DocumentSymbol } from "./queries.js";
import { expectAnalyzeOptions, expectChanges, expectSessionOptions, expectString, expectVersion } from "../text/caller-input.js";

/** How a {@link WorkspaceSession} is set up. */
export interface SessionOptions {
  /** The workspace root folder; imports may not leave it. */
  readonly root: string;
  /**
   * Reads an imported file that is not open (called with `root` joined to its
   * workspace-relative path), as {@link AnalyzeInput.readFile}. The session keeps what it
   * read until {@link WorkspaceSession.fileChanged} says the file changed.
   */
  readonly readFile?: WorkspaceFileReader | undefined;
  /**
   * Awaited between two slices of the whole analysis (and before the first), to let other
   * work in: by default the next turn of the event loop (`setImmediate` where there is one,
   * so that pending input is read without sleeping; a zero timeout elsewhere). A server can
   * wait longer there, for instance until the messages it has read are handled and the
   * edited documents' fast diagnostics are sent.
   */
  readonly betweenSlices?: (() => Promise<void>) | undefined;
  /** The horizon of a workspace that declares none, as {@link AnalyzeInput.defaultHorizon}. */
  readonly defaultHorizon?: HorizonDates | undefined;
}

/** Options of an analysis that may be given up. */
export interface AnalyzeOptions {
  /** When aborted, the analysis stops between two steps and its promise rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
}

/** The fast part of an analysis: every diagnostic but those of schedules and core's validation. */
export interface FastResult {
  /** The fast checks' diagnostics, sorted. */
  readonly diagnostics: readonly Diagnostic[];
  /** The parsed files, in load order. */
  readonly files: readonly FileNode[];
}

/** How long the slow steps run before they let other work in (milliseconds); each step is one file's share of a phase. */
const SLICE_MS = 4;

/** Callbacks waiting for the {@link nextTurn} message of a browser's MessageChannel, in order. */
const turnWaiters: (() => void)[] = [];

/** What {@link nextTurn} uses of a browser's MessagePort. */
interface TurnPort {
  onmessage: (() => void) | null;
  postMessage(message: undefined): void;
}

let turnChannel: { readonly port1: TurnPort; readonly port2: TurnPort } | undefined;

/**
 * The next turn of the event loop, after pending input is read, without a timer's sleep:
 * `setImmediate` in Node; in a browser (a web worker) a MessageChannel message, since
 * nested zero timeouts are clamped to 4 ms there; a zero timeout where there is neither.
 */
export function nextTurn(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (run: () => void) => unknown }).setImmediate;
  if (immediate !== undefined) return new Promise<void>((resolve) => void immediate(resolve));
  if (typeof MessageChannel !== "function") return new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (turnChannel === undefined) {
    turnChannel = new MessageChannel() as unknown as { readonly port1: TurnPort; readonly port2: TurnPort };
    turnChannel.port1.onmessage = () => turnWaiters.shift()?.();
  }
  const channel = turnChannel;
  return new Promise<void>((resolve) => {
    turnWaiters.push(resolve);
    channel.port2.postMessage(undefined);
  });
}

/**
 * A result already computed, handed out a turn of microtasks later, so that an abort made
 * right after the call (in the same synchronous code) rejects with the signal's reason, as
 * it does while the analysis runs.
 */
function settledUnlessAborted<T>(value: T, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return Promise.resolve(value);
  return Promise.resolve().then(() => {
    if (signal.aborted) throw signal.reason as Error;
    return value;
  });
}

/** A caller of {@link WorkspaceSession.analyze} waiting for the shared analysis. */
interface AnalysisWaiter {
  readonly resolve: (result: AnalyzeResult) => void;
  readonly reject: (reason: unknown) => void;
}

/**
 * A workspace kept in memory across edits, for an editor or a watcher: open, change and
 * close documents with versions, then ask for diagnostics, symbols, references and
 * definitions. Each analysis gives exactly what {@link analyzeWorkspace} gives for the open
 * documents (in the order they were opened) and the files they import, but reuses each
 * file's parse, resolution and checks while what they read is unchanged, so an edit in
 * one file re-parses that file and re-checks only what depends on it. The fast steps run
 * first ({@link analyzeFast}); schedule expansion and core's validation come after and can
 * be given up with an AbortSignal. Browser-safe: no Node built-ins, no clock in results.
 * The session keeps what it computes across calls, so what it hands out is frozen:
 * diagnostics (with their places, notes and fixes), results, their lists, and documents.
 *
 * @example
 * const session = new WorkspaceSession({ root: "/ws", readFile: containedFileReader("/ws") });
 * session.open("main.lontar", text, 1);
 * session.change("main.lontar", 2, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 6 } }, text: "b" }]);
 * const diagnostics = await session.diagnostics("main.lontar", { signal });
 */
export class WorkspaceSession {
  private readonly root: string;
  private readonly reader: WorkspaceFileReader | undefined;
  private readonly open_ = new Map<string, OpenDocument>();
  private readonly disk = new Map<string, string | undefined | ReadRefusal>();
  private readonly memo: AnalysisMemo;
  private fast: FastAnalysis | undefined;
  private byPath: Map<string, FileNode> | undefined;
  private full: AnalyzeResult | undefined;
  private readonly betweenSlices: () => Promise<void>;
  /** The callers waiting for the analysis that runs (one loop shared by all). */
  private readonly waiters = new Set<AnalysisWaiter>();
  private running = false;

  /**
   * A session over the workspace at `options.root`, with no document open.
   *
   * @throws TypeError when `options` is missing, `root` is not a string or `readFile` is not a function.
   */
  constructor(options: SessionOptions) {
    expectSessionOptions(options);
    this.root = options.root;
    this.reader = options.readFile;
    this.betweenSlices = options.betweenSlices ?? nextTurn;
    this.memo = new AnalysisMemo(true, options.defaultHorizon);
  }

  /** The workspace-relative path of a path given absolute or relative to the root (see {@link workspacePath}). */
  pathOf(path: string): string {
    return workspacePath(this.root, path);
  }

  /**
   * Opens a document (or replaces an open one) with its text and version. Positions refer to
   * this text as given: a byte order mark at its start, which editors drop before they send
   * a text, is a character here when a caller keeps it.
   *
   * @throws TypeError when `path` or `text` is not a string (a file read as a Buffer), or `version` is not a whole number.
   */
  open(path: string, text: string, version: number): void {
    expectString(path, "path", "WorkspaceSession.open");
    expectString(text, "text", "WorkspaceSession.open");
    expectVersion(version, "WorkspaceSession.open");
    const key = this.pathOf(path);
    const earlier = this.open_.get(key);
    const document = openDocument(key, version, text);
    this.open_.set(key, document);
    if (earlier?.text !== document.text) this.invalidate();
  }

  /**
   * Applies an editor's changes to an open document (whole texts or range edits, in order).
   * Returns false, changing nothing, for a document that is not open or a version not
   * newer than the one it has.
   *
   * A range's position past its line's end, or a range given end first, is taken as LSP's text documents take it.
   *
   * @throws TypeError when `path` is not a string, `version` is not a whole number, or `changes` is not an array of changes with string texts (a text read as a Buffer) and ranges of numbers.
   */
  change(path: string, version: number, changes: readonly DocumentChange[]): boolean {
    expectString(path, "path", "WorkspaceSession.change");
    expectVersion(version, "WorkspaceSession.change");
    expectChanges(changes, "WorkspaceSession.change");
    const key = this.pathOf(path);
    const document = this.open_.get(key);
    if (document === undefined || version <= document.version) return false;
    const changed = openDocument(key, version, applyChanges(document.text, changes));
    this.open_.set(key, changed);
    if (changed.text !== document.text) this.invalidate();
    return true;
  }

  /** Closes a document; if another file imports it, it is read through `readFile` from now on. */
  close(path: string): void {
    if (this.open_.delete(this.pathOf(path))) this.invalidate();
  }

  /** Says that a file on disk changed (or appeared, or went), so that imports read it again. */
  fileChanged(path: string): void {
    const key = this.pathOf(path);
    if (this.disk.delete(key) && !this.open_.has(key)) this.invalidate();
  }

  /** An open document, or undefined. */
  document(path: string): OpenDocument | undefined {
    return this.open_.get(this.pathOf(path));
  }

  /** The open documents, in the order they were opened. */
  documents(): readonly OpenDocument[] {
    return [...this.open_.values()];
  }

  /** The fast steps' result for the current texts (computed once per change). */
  analyzeFast(): FastResult {
    const fast = this.fastAnalysis();
    return { diagnostics: frozenDiagnostics(uniqueDiagnostics(allFastDiagnostics(fast, this.memo)).sort(compareDiagnostics)), files: fast.loaded.files };
  }

  /**
   * A document's fast diagnostics (sorted): its syntax, imports, declarations, references
   * and checks but schedules, without the workspace-wide checks (requirements,
   * precedences), schedule expansion and core's validation, which {@link analyze} adds.
   * After an edit this re-parses the edited file and re-checks this document alone (each
   * file's results are reused while what they read is unchanged), so an editor can show
   * it at once and run {@link analyze} after. Empty for a file not in the workspace.
   */
  fastDiagnostics(path: string): readonly Diagnostic[] {
    const fast = this.fastAnalysis();
    const file = this.fileNode(path);
    return file === undefined ? [] : frozenDiagnostics(fileFastDiagnostics(fast, file, this.memo));
  }

  /** The whole analysis of the current texts, without stopping (for the CLI and tests). */
  analyzeNow(): AnalyzeResult {
    if (this.full !== undefined) return this.full;
    const fast = this.fastAnalysis();
    const full = frozenResult(withAgreements(finishSlow(fast, this.memo)));
    if (this.fast === fast) this.full = full;
    return full;
  }

  /**
   * The whole analysis of the current texts. The slow steps let other work in every few
   * milliseconds, between files (see {@link SessionOptions.betweenSlices}): one file's share of
   * a step runs whole, so a single file of thousands of declarations holds the thread longer
   * (10,000 programs in one file: gaps of 75 to 150 ms, measured by an SDK walk). When
   * `signal` is aborted (an editor sends a newer change; an abort from a timer runs at the next
   * gap) the promise rejects at once with its reason and the work
   * done so far stays cached for the next analysis; an abort before the promise settles
   * rejects it even when the texts were analyzed already, and an aborted signal rejects at once. Every caller shares one analysis: a
   * second caller waits for the one that runs, which stops between two slices once every
   * caller has given up. A change made while it runs restarts it on the new texts, so the
   * result is always that of the texts current when it resolves. Rejects with a TypeError,
   * waiting for nothing, when `options` is not an object or `signal` is not an AbortSignal
   * (an AbortController given in its place).
   */
  analyze(options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
    // Checked before anything is registered: a caller's mistake must not leave a waiter behind.
    try {
      expectAnalyzeOptions(options, "WorkspaceSession.analyze");
    } catch (error) {
      return Promise.reject(error as Error);
    }
    const { signal } = options;
    if (signal?.aborted === true) return Promise.reject(signal.reason as Error);
    if (this.full !== undefined) return settledUnlessAborted(this.full, signal);
    return new Promise<AnalyzeResult>((resolve, reject) => {
      const stop = (): void => {
        if (this.waiters.delete(waiter)) reject(signal?.reason as Error);
      };
      const waiter: AnalysisWaiter = {
        resolve: (result) => {
          resolve(result);
          signal?.removeEventListener("abort", stop);
        },
        reject: (reason) => {
          reject(reason as Error);
          signal?.removeEventListener("abort", stop);
        },
      };
      signal?.addEventListener("abort", stop, { once: true });
      this.waiters.add(waiter);
      if (!this.running) void this.runAnalysis();
    });
  }

  /** The loop behind {@link analyze}: slices of the slow steps until done, or until nobody waits. */
  private async runAnalysis(): Promise<void> {
    this.running = true;
    let outcome: { readonly full: AnalyzeResult } | { readonly error: unknown } | undefined;
    try {
      const full = await this.sliced();
      outcome = full === undefined ? undefined : { full };
    } catch (error) {
      outcome = { error };
    } finally {
      this.running = false;
    }
    if (outcome === undefined) return;
    const waiters = [...this.waiters];
    this.waiters.clear();
    // Each waiter is settled on its own: one that throws must not leave the others waiting.
    for (const w of waiters) {
      try {
        if ("full" in outcome) w.resolve(outcome.full);
        else w.reject(outcome.error);
      } catch {
        // The waiter's promise is settled before its listener is removed; nothing is lost.
      }
    }
  }

  /** The whole analysis in slices; undefined when every caller gave up. */
  private async sliced(): Promise<AnalyzeResult | undefined> {
    for (;;) {
      await this.betweenSlices();
      if (this.waiters.size === 0) return undefined;
      if (this.full !== undefined) return this.full;
      const fast = this.fastAnalysis();
      const steps = analyzeSlow(fast, this.memo);
      let sliceStart = performance.now();
      for (;;) {
        const step = steps.next();
        if (step.done === true) {
          this.full = frozenResult(withAgreements(step.value));
          return this.full;
        }
        if (performance.now() - sliceStart < SLICE_MS) continue;
        await this.betweenSlices();
        sliceStart = performance.now();
        if (this.waiters.size === 0) return undefined;
        // A request in between may have finished the analysis (analyzeNow): nothing left to do.
        if (this.full !== undefined) return this.full;
        // The texts changed in between: start again on the new ones (what was done stays in the memo).
        if (this.fast !== fast) break;
      }
    }
  }

  /**
   * Computes ahead, once documents are open, what the first edit would compute for the
   * first time (the binding's index of names declared twice), so that the first edit is as
   * quick as the next ones. Changes no result.
   */
  prepareEdits(): void {
    this.fastAnalysis();
    this.memo.prepareEdits();
  }

  /** A document's diagnostics from the whole analysis (see {@link analyze}, whose TypeErrors it shares). */
  async diagnostics(path: string, options: AnalyzeOptions = {}): Promise<readonly Diagnostic[]> {
    const key = this.pathOf(path);
    // A caller's mistake is named at the method called (it named `analyze`).
    expectAnalyzeOptions(options, "WorkspaceSession.diagnostics");
    const result = await this.analyze(options);
    // An abort between the analysis settling and this promise settling still wins (options was checked by analyze).
    const { signal } = options;
    if (signal?.aborted === true) throw signal.reason as Error;
    return result.diagnostics.filter((d) => d.location.file === key);
  }

  /** The declarations of a file of the workspace (open or imported), in source order. */
  symbols(path: string): readonly DocumentSymbol[] {
    const file = this.fileNode(path);
    return file === undefined ? [] : documentSymbols(file);
  }

  /**
   * Every place the name at `offset` of a file is written in the workspace: its references,
   * and its declarations when `includeDeclaration` (by file, then offset). Empty when no name is there.
   */
  references(path: string, offset: number, includeDeclaration = true): readonly Location[] {
    const file = this.fileNode(path);
    const at = file === undefined ? undefined : nameAt(file, offset);
    if (at === undefined) return [];
    return occurrencesOf(at.name, this.fastAnalysis().loaded.files, includeDeclaration);
  }

  /** Where the name at `offset` of a file is declared (its first declaration), if anywhere. */
  definition(path: string, offset: number): Location | undefined {
    const file = this.fileNode(path);
    const at = file === undefined ? undefined : nameAt(file, offset);
    if (at === undefined) return undefined;
    const symbol = this.fastAnalysis().bound.symbols.get(at.name);
    return symbol === undefined ? undefined : { file: symbol.file, range: plainRange(symbol.declaration.name.range) };
  }

  /** The parsed files of the workspace (the open documents and what they import), in load order. */
  files(): readonly FileNode[] {
    return this.fastAnalysis().loaded.files;
  }

  /** The parsed tree of a file of the workspace, open or imported. */
  fileNode(path: string): FileNode | undefined {
    const fast = this.fastAnalysis();
    this.byPath ??= new Map(fast.loaded.files.map((f) => [f.path, f]));
    return this.byPath.get(this.pathOf(path));
  }

  private fastAnalysis(): FastAnalysis {
    if (this.fast === undefined) {
      this.fast = analyzeFast(this.root, [...this.open_.values()], this.readImport, this.memo);
      // Handed out by files() and with each result, and kept by the memo's binding: nobody may reorder it.
      Object.freeze(this.fast.loaded.files);
    }
    return this.fast;
  }

  private readonly readImport = (path: string): string | undefined | ReadRefusal => {
    const key = this.pathOf(path);
    if (this.disk.has(key)) return this.disk.get(key);
    if (this.reader === undefined) return undefined;
    // A reader that throws is not cached: the loader reports it, and the next analysis tries again.
    const read = this.reader(path);
    this.disk.set(key, read);
    return read;
  };

  private invalidate(): void {
    this.fast = undefined;
    this.full = undefined;
    this.byPath = undefined;
  }
}
