import { MAX_WORKSPACE_FILES, WorkspaceSession, type AnalyzeResult, type DocumentChange } from "@lontar/dsl";
import type { ServerHost } from "./host.js";
import { Snapshot } from "./snapshot.js";
import { OUTSIDE, UriPaths } from "./uri-paths.js";

/** A document the editor has open. */
export interface OpenDocument {
  /** Its URI. */
  readonly uri: string;
  /** The editor's version. */
  readonly version: number;
  /** Its text. */
  readonly text: string;
}

/**
 * The workspace as the editor sees it: the files on disk, overridden by the open
 * documents, kept in one {@link WorkspaceSession} so that an edit re-parses and re-checks
 * only what it touches. The files on disk are opened in the session first, by path, then
 * the editor's documents replace their texts. Every edit increases the generation;
 * {@link snapshot} gives the latest generation's view. Files changed on disk are read again
 * ({@link fileChanged}, {@link folderChanged}) through the host, as at the start; the text of
 * an open document stays the editor's until it is closed, when the disk's counts again.
 */
export class WorkspaceState {
  /** URI ↔ workspace-relative path. */
  readonly paths: UriPaths;
  private readonly session: WorkspaceSession;
  private readonly host: ServerHost;
  private readonly root: string;
  private readonly disk = new Map<string, string>();
  private readonly open = new Map<string, OpenDocument>();
  private generation = 0;
  private latest: Snapshot | undefined;

  /**
   * A workspace rooted at `rootUri` ("" for none), read through `host`; the whole analysis
   * awaits `betweenSlices` between two slices (the session's `betweenSlices` option).
   */
  constructor(host: ServerHost, rootUri: string, betweenSlices?: () => Promise<void>) {
    this.paths = new UriPaths(rootUri);
    const root = rootUri === "" ? "" : host.rootPath(rootUri);
    this.host = host;
    this.root = root;
    this.session = new WorkspaceSession({ root, ...(host.readFile === undefined ? {} : { readFile: host.readFile }), ...(betweenSlices === undefined ? {} : { betweenSlices }) });
    if (rootUri === "") return;
    const files = [...host.listFiles(root)].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const f of files) {
      this.disk.set(f.path, f.text);
      this.session.open(f.path, f.text, 0);
    }
  }

  /** Opens or replaces a document; returns the new generation. */
  update(document: OpenDocument): number {
    const path = this.paths.path(document.uri);
    this.open.set(path, document);
    this.setText(path, document.text);
    return this.generation;
  }

  /**
   * Applies an editor's changes to an open document (whole texts or ranges, in order);
   * returns the new generation, or undefined (nothing changed) for a document not open or
   * a change no newer than the version held: the editor's versions strictly increase, so
   * such a change arrived out of order and must not overwrite the newer text.
   */
  change(uri: string, version: number, changes: readonly DocumentChange[]): number | undefined {
    const path = this.paths.path(uri);
    const doc = this.open.get(path);
    if (doc === undefined || version <= doc.version) return undefined;
    this.generation++;
    // Always newer: the session's versions are the generations.
    this.session.change(path, this.generation, changes);
    this.open.set(path, { uri: doc.uri, version, text: this.session.document(path)?.text ?? doc.text });
    return this.generation;
  }

  /**
   * Closes a document; returns the new generation. Its file on disk counts again, read anew
   * (the disk may have changed while the editor held it); gone from the workspace when it
   * is no longer there.
   */
  close(uri: string): number {
    const path = this.paths.path(uri);
    this.open.delete(path);
    const onDisk = this.host.rereadFile === undefined || !this.onDisk(path) ? this.disk.get(path) : this.host.rereadFile(this.root, path);
    this.session.fileChanged(path);
    this.setDisk(path, onDisk);
    return this.generation;
  }

  /**
   * A `.lontar` file on disk changed, appeared or went (a watched-file event for a path or
   * URI): read again through the host, it replaces, joins or leaves the workspace, and
   * imports of it read it again. Ignored (undefined) for an open document (the editor's text
   * wins), a path outside the root, or a host with no disk; else returns the new generation.
   */
  fileChanged(uriOrPath: string): number | undefined {
    const path = this.paths.path(uriOrPath);
    if (this.host.rereadFile === undefined || !this.onDisk(path) || this.open.has(path)) return undefined;
    this.session.fileChanged(path);
    this.setDisk(path, this.host.rereadFile(this.root, path));
    return this.generation;
  }

  /**
   * A folder on disk appeared or went (or a path that may be one): its `.lontar` files are
   * found again as at the start (bounded as that walk), those not open join or are read
   * again, and the workspace's files under it that are no longer found leave it. Returns
   * the new generation, or undefined when ignored (as {@link fileChanged}).
   */
  folderChanged(uriOrPath: string): number | undefined {
    const folder = this.paths.path(uriOrPath).replace(/\/+$/, "");
    if (this.host.rereadFile === undefined || !this.onDisk(folder)) return undefined;
    const prefix = folder === "" ? "" : `${folder}/`;
    const found = new Map(this.host.listFiles(this.root, folder).map((f) => [f.path, f.text] as const));
    const gone = [...this.disk.keys()].filter((path) => path.startsWith(prefix) && !found.has(path));
    for (const path of [...gone, ...found.keys()]) {
      if (this.open.has(path)) continue;
      this.session.fileChanged(path);
      this.setDisk(path, found.get(path));
    }
    this.generation++;
    return this.generation;
  }
  /** The open document at a path or URI. */
  document(uriOrPath: string): OpenDocument | undefined {
    return this.open.get(this.paths.path(uriOrPath));
  }

  /** The open documents. */
  documents(): readonly OpenDocument[] {
    return [...this.open.values()];
  }

  /** The current generation (the number of edits so far). */
  get currentGeneration(): number {
    return this.generation;
  }

  /** The view of the current generation. */
  snapshot(): Snapshot {
    if (this.latest?.generation !== this.generation) this.latest = new Snapshot(this.generation, this.session);
    return this.latest;
  }

  /** The whole analysis of the current generation, in slices (shared with {@link analyzed}); rejects when `signal` is aborted. */
  analyze(signal: AbortSignal): Promise<AnalyzeResult> {
    return this.session.analyze({ signal });
  }

  /**
   * Resolves once the whole analysis of the current texts is done (at once when it is):
   * the slices let other work in, and an edit meanwhile restarts it on the new texts.
   */
  async analyzed(): Promise<void> {
    await this.session.analyze();
  }

  /** Computes ahead what the first edit would compute for the first time (see {@link WorkspaceSession.prepareEdits}). */
  prepareEdits(): void {
    this.session.prepareEdits();
  }

  /** Whether a path can be a file of the workspace on disk (not outside the root, not a URI kept whole). */
  private onDisk(path: string): boolean {
    return this.root !== "" && !path.startsWith(`${OUTSIDE}/`) && !/^[a-z][a-z0-9+.-]*:/i.test(path) && path.split("/").every((s) => s !== ".." && s !== ".");
  }

  /** Puts a file's text on disk into the workspace (undefined: it leaves it), unless the editor has it open. */
  // At most the walk's bound of files on disk (one more than an analysis loads, so that LON2110 says so): a file appearing past it is not added.
  private setDisk(path: string, text: string | undefined): void {
    if (text === undefined || (!this.disk.has(path) && this.disk.size > MAX_WORKSPACE_FILES)) {
      this.disk.delete(path);
      if (!this.open.has(path)) this.session.close(path);
      this.generation++;
      return;
    }
    this.disk.set(path, text);
    if (!this.open.has(path)) this.setText(path, text);
  }

  private setText(path: string, text: string): void {
    this.generation++;
    const known = this.session.document(path);
    if (known === undefined) this.session.open(path, text, this.generation);
    else if (known.text !== text) this.session.change(path, this.generation, [{ text }]);
  }
}
