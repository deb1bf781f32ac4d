import type { SourceFile, WorkspaceFileReader } from "@lontar/dsl";

/**
 * What the server needs from where it runs: Node reads the workspace folder from the
 * disk, a browser worker has only the documents the editor opened.
 */
export interface ServerHost {
  /** The root folder given to the analysis for a workspace folder URI (a path on Node). */
  readonly rootPath: (rootUri: string) => string;
  /**
   * The `.lontar` files of the workspace, paths relative to `root` ([] in a browser); with
   * `folder` (relative to `root`, forward slashes), only those under that folder, found as
   * the whole walk would find them (a folder the walk skips, or that is not there, has none).
   */
  readonly listFiles: (root: string, folder?: string) => readonly SourceFile[];
  /** Reads an imported file that is not open (undefined in a browser: only open documents count). */
  readonly readFile?: WorkspaceFileReader;
  /**
   * Reads one file of the workspace again (`path` relative to `root`), as {@link listFiles}
   * would read it: its text, or undefined when listFiles would not give it (gone, a link,
   * skipped by the walk, refused by the reader). Absent in a browser: no disk to follow.
   */
  readonly rereadFile?: (root: string, path: string) => string | undefined;
}

/** The host of a browser worker: no disk, the open documents are the workspace. */
export const DOCUMENTS_ONLY_HOST: ServerHost = {
  rootPath: () => "",
  listFiles: () => [],
};
