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

  /** The workspace-relative path of a document URI (the whole URI when it is outside the root). */
  path(uri: string): string {
    if (this.prefix !== "" && uri.startsWith(this.prefix)) return decodeURIComponent(uri.slice(this.prefix.length));
    return uri;
  }

  /** The URI of a workspace-relative path. */
  uri(path: string): string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
    return `${this.prefix}${path.split("/").map(encodeURIComponent).join("/")}`;
  }
}
