/**
 * URIs ↔ workspace paths: inside the root a relative path; outside it the whole URI, kept
 * so that the analysis's path normalisation cannot change it, and given back unchanged.
 */
import { describe, expect, it } from "vitest";
import { posix } from "node:path";
import { UriPaths } from "../src/analysis/uri-paths.js";

describe("UriPaths", () => {
  const paths = new UriPaths("file:///work/ws");
  it("maps a document inside the root to its relative path and back", () => {
    expect(paths.path("file:///work/ws/dir/a%20b.lontar")).toBe("dir/a b.lontar");
    expect(paths.uri("dir/a b.lontar")).toBe("file:///work/ws/dir/a%20b.lontar");
  });
  it.each(["file:///tmp/luar.lontar", "file:///work/ws-other/a.lontar", "vscode-vfs://github/owner/repo/a.lontar", "untitled:Untitled-1"])(
    "gives an outside document's URI back unchanged, even after the analysis normalises its path: %s",
    (uri) => {
      const path = paths.path(uri);
      expect(posix.normalize(path)).toBe(path);
      expect(paths.uri(path)).toBe(uri);
    },
  );
  it("works without a workspace folder", () => {
    const none = new UriPaths("");
    const uri = "file:///home/a/rencana.lontar";
    expect(none.uri(posix.normalize(none.path(uri)))).toBe(uri);
  });
});
