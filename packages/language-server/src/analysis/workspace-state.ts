import type { SourceFile } from "@lontar/dsl";
import type { ServerHost } from "./host.js";
import { analyzeSnapshot, type Snapshot } from "./snapshot.js";
import { UriPaths } from "./uri-paths.js";

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
 * documents. Every edit increases the generation; {@link snapshot} analyzes the latest
 * generation once and keeps it until the next edit.
 */
export class WorkspaceState {
  /** URI ↔ workspace-relative path. */
  readonly paths: UriPaths;
  private readonly root: string;
  private readonly disk = new Map<string, string>();
  private readonly open = new Map<string, OpenDocument>();
  private generation = 0;
  private latest: Snapshot | undefined;

  /** A workspace rooted at `rootUri` ("" for none), read through `host`. */
  constructor(
    private readonly host: ServerHost,
    rootUri: string,
  ) {
    this.paths = new UriPaths(rootUri);
    this.root = rootUri === "" ? "" : host.rootPath(rootUri);
    if (rootUri !== "") for (const f of host.listFiles(this.root)) this.disk.set(f.path, f.text);
  }

  /** Opens or replaces a document; returns the new generation. */
  update(document: OpenDocument): number {
    this.open.set(this.paths.path(document.uri), document);
    return ++this.generation;
  }

  /** Closes a document (its file on disk, if any, counts again). */
  close(uri: string): number {
    this.open.delete(this.paths.path(uri));
    return ++this.generation;
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

  /** The analysis of the current generation (analyzed now when an edit came since the last one). */
  snapshot(): Snapshot {
    if (this.latest?.generation !== this.generation) this.latest = analyzeSnapshot(this.generation, this.root, this.sources(), this.host.readFile);
    return this.latest;
  }

  private sources(): SourceFile[] {
    const texts = new Map(this.disk);
    for (const [path, doc] of this.open) texts.set(path, doc.text);
    return [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, text]) => ({ path, text }));
  }
}
