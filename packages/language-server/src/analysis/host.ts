import type { SourceFile, WorkspaceFileReader } from "@lontar/dsl";

/**
 * What the server needs from where it runs: Node reads the workspace folder from the
 * disk, a browser worker has only the documents the editor opened.
 */
export interface ServerHost {
  /** The root folder given to the analysis for a workspace folder URI (a path on Node). */
  readonly rootPath: (rootUri: string) => string;
  /** The `.lontar` files of the workspace, paths relative to `root` ([] in a browser). */
  readonly listFiles: (root: string) => readonly SourceFile[];
  /** Reads an imported file that is not open (undefined in a browser: only open documents count). */
  readonly readFile?: WorkspaceFileReader;
}

/** The host of a browser worker: no disk, the open documents are the workspace. */
export const DOCUMENTS_ONLY_HOST: ServerHost = {
  rootPath: () => "",
  listFiles: () => [],
};
