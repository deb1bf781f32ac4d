/** The folder of the paths of documents outside the root: no file of a workspace has it (a path starting with `:`). */
export const OUTSIDE = ":outside";

/**
 * Maps document URIs to workspace-relative paths (forward slashes) and back, without
 * Node's url module so that it runs in a browser worker too.
 */
export class UriPaths {
  private readonly prefix: string;

  /** Paths are relative to `rootUri` (a folder URI; empty when there is no workspace folder). */
  constructor(readonly rootUri: string) {
    this.prefix = rootUri === "" ? "" : rootUri.endsWith("/") ? rootUri : `${rootUri}/`;
  }

  /**
   * The workspace-relative path of a document URI. A document outside the root keeps its
   * whole URI: as it is when it has no `/` (`untitled:Untitled-1`), else encoded as one
   * segment under {@link OUTSIDE}, since the analysis normalises paths and would make
   * `file:///tmp/a.lontar` into `file:/tmp/a.lontar`, a URI no editor knows.
   */
  path(uri: string): string {
    if (this.inside(uri)) return decodeURIComponent(uri.slice(this.prefix.length));
    return uri.includes("/") ? `${OUTSIDE}/${encodeURIComponent(uri)}` : uri;
  }

  /** Whether a document URI is under the root (false for every URI without a root). */
  inside(uri: string): boolean {
    return this.prefix !== "" && uri.startsWith(this.prefix);
  }

  /** The URI of a workspace-relative path. */
  uri(path: string): string {
    if (path.startsWith(`${OUTSIDE}/`)) return decodeURIComponent(path.slice(OUTSIDE.length + 1));
    if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
    return `${this.prefix}${path.split("/").map(encodeURIComponent).join("/")}`;
  }
}
