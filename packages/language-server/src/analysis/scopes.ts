import { DOCUMENTS_ONLY_HOST, type ServerHost } from "./host.js";
import { PlanFindings } from "./plan-findings.js";
import { PlanCache } from "./planning.js";
import { WorkspaceState } from "./workspace-state.js";

/** One workspace the server analyzes, plans and publishes on its own: the workspace folder's, or one document's outside it. */
export interface Scope {
  /** Its documents and their analysis. */
  readonly state: WorkspaceState;
  /** Its plan (one per generation). */
  readonly plans: PlanCache;
  /** What its last plan found. */
  readonly findings: PlanFindings;
}

/**
 * The workspaces a server holds: the workspace folder's (its files on disk and the documents open
 * in it), and one of its own for each document open outside it (an `untitled:` buffer, a file
 * elsewhere on disk, any other scheme), analyzed alone as a workspace of one file: its names never
 * collide with the folder's, its programs are never planned against the folder's rooms, its errors
 * never keep the folder from being planned, and it is never an import target of the folder's
 * files. Such a document's path is its URI's last segment (its folder is the scope's root), so that
 * what its diagnostics say is what the user knows. Without a workspace folder, every open document
 * is the one workspace, as before there was any folder.
 */
export class Scopes {
  /** The workspace folder's scope. */
  readonly folder: Scope;
  /** The scope of each document open outside the folder, by its URI as the editor spells it. */
  private readonly alone = new Map<string, Scope>();

  /** The scopes of a server whose workspace folder is `rootUri` ("" for none), read through `host` (see {@link WorkspaceState}). */
  constructor(host: ServerHost, rootUri: string, private readonly betweenSlices?: () => Promise<void>) {
    this.folder = scope(new WorkspaceState(host, rootUri, betweenSlices));
  }

  /** Whether a document is outside the workspace folder (never, without a folder): it is then analyzed alone. */
  outside(uri: string): boolean {
    return this.folder.state.paths.rootUri !== "" && !this.folder.state.paths.inside(uri);
  }

  /** The scope of a document: its own when it is open outside the folder, else the folder's. */
  of(uri: string): Scope {
    return this.alone.get(uri) ?? this.folder;
  }

  /**
   * The scope a document opened at `uri` goes into: a new one of its own when it is outside the
   * folder (the same while it stays open), else the folder's. Its disk is never read: a document
   * alone has no files around it, and an import of one is not found.
   */
  opening(uri: string): Scope {
    if (!this.outside(uri)) return this.folder;
    let own = this.alone.get(uri);
    if (own === undefined) {
      const slash = uri.lastIndexOf("/");
      own = scope(new WorkspaceState(DOCUMENTS_ONLY_HOST, slash < 0 ? "" : uri.slice(0, slash + 1), this.betweenSlices));
      this.alone.set(uri, own);
    }
    return own;
  }

  /** Forgets the scope of a document closed outside the folder; false for a document of the folder (or not open). */
  closeAlone(uri: string): boolean {
    return this.alone.delete(uri);
  }

  /** Every scope: the folder's first, then those of the documents alone. */
  all(): readonly Scope[] {
    return [this.folder, ...this.alone.values()];
  }
}

function scope(state: WorkspaceState): Scope {
  return { state, plans: new PlanCache(), findings: new PlanFindings() };
}
