/** The folder of the paths of documents outside the root: no file of a workspace has it (a path starting with `:`). */
export const OUTSIDE = ":outside";

/** A path under {@link OUTSIDE} in a text, up to a space, a quote or a bracket; what follows the folder is captured. */
const OUTSIDE_PATHS = new RegExp(`${OUTSIDE}/([^\\s\`'"“”‘’()]+)`, "g");

/**
 * Whether a workspace-relative path names a file of the folder, one an import can name: not a
 * document outside the root (under {@link OUTSIDE}), nor a URI kept whole (`untitled:Untitled-1`).
 */
export function isFolderPath(path: string): boolean {
  return !path.startsWith(`${OUTSIDE}/`) && !/^[a-z][a-z0-9+.-]*:/i.test(path);
}

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

  /**
   * A text for the user (a diagnostic's message) with every path under {@link OUTSIDE} written as
   * what the user knows: the URI of the document it stands for (`file:///tmp/a.lontar`), or the
   * path an import names from there (`sumber.lontar`). The internal folder never shows.
   */
  shown(text: string): string {
    if (!text.includes(`${OUTSIDE}/`)) return text;
    return text.replace(OUTSIDE_PATHS, (_path, rest: string) => {
      try {
        return decodeURIComponent(rest);
      } catch {
        return rest;
      }
    });
  }

  /** The URI of a workspace-relative path. */
  uri(path: string): string {
    if (path.startsWith(`${OUTSIDE}/`)) return decodeURIComponent(path.slice(OUTSIDE.length + 1));
    if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
    return `${this.prefix}${path.split("/").map(encodeURIComponent).join("/")}`;
  }
}
