import fs, { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { findLontarFiles, readLontarFiles } from "@lontar/dsl/node";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding the given files (each with its own path as text). */
function tree(files: readonly string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "lontar-find-"));
  made.push(root);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), `// ${file}\n`);
  }
  return root;
}

describe("findLontarFiles", () => {
  it("finds .lontar files in code-unit order, skipping hidden entries, node_modules, linked folders and links to files it finds", () => {
    const root = tree(["b.lontar", "a/z.lontar", "a/notes.md", "node_modules/x.lontar", ".git/y.lontar", ".hidden.lontar", "a/deep/c.lontar", "B.lontar"]);
    symlinkSync(path.join(root, "a"), path.join(root, "link"));
    symlinkSync(path.join(root, "b.lontar"), path.join(root, "linked.lontar"));
    expect(findLontarFiles(root)).toEqual({ files: ["B.lontar", "a/deep/c.lontar", "a/z.lontar", "b.lontar"] });
  });

  // Found by a review: a `.lontar` link out of the folder, or a FIFO, was passed over in
  // silence, so `lontar check` of the folder exited 0 with a file of the workspace unread.
  it("names the .lontar entries that are FIFOs or links out of the root or to nothing, without opening them", () => {
    const root = tree(["a.lontar", ".shared/common.lontar"]);
    const outside = tree(["far.lontar"]);
    symlinkSync(path.join(outside, "far.lontar"), path.join(root, "far.lontar"));
    symlinkSync(path.join(root, ".shared", "common.lontar"), path.join(root, "common.lontar"));
    symlinkSync(path.join(root, "nowhere.lontar"), path.join(root, "dangling.lontar"));
    symlinkSync(path.join(root, "a.lontar"), path.join(root, "alias.lontar"));
    // A link that stays inside (to a hidden file, which the workspace imports, or to one the walk finds) is passed over as before.
    expect(findLontarFiles(root)).toEqual({ files: ["a.lontar"], notRegular: ["dangling.lontar", "far.lontar"] });
  });

  it("does not enter folders deeper than maxDepth, names the first, and keeps the rest", () => {
    const root = tree(["top.lontar", "1/one.lontar", "1/2/two.lontar", "1/2/3/three.lontar", "x/2/deep.lontar"]);
    expect(findLontarFiles(root, { maxDepth: 1 })).toEqual({ files: ["1/one.lontar", "top.lontar"], stopped: { reason: "depth", folder: "1/2" } });
    expect(findLontarFiles(root, { maxDepth: 3 }).stopped).toBeUndefined();
  });

  it("stops after maxFiles files and says so", () => {
    const root = tree(["a.lontar", "b.lontar", "c.lontar", "d/e.lontar"]);
    const found = findLontarFiles(root, { maxFiles: 2 });
    expect(found.files).toHaveLength(2);
    expect(found.stopped?.reason).toBe("count");
    expect(findLontarFiles(root, { maxFiles: 4 })).toEqual({ files: ["a.lontar", "b.lontar", "c.lontar", "d/e.lontar"] });
  });

  it("passes over a folder that does not exist", () => {
    expect(findLontarFiles(path.join(tmpdir(), "lontar-find-no-such-folder-7d1c"))).toEqual({ files: [] });
  });

  // Found by a CI walk: a folder the CI user may not list (`chmod 700` by another account) was
  // passed over in silence, so its agreements went unchecked and `lontar check` exited 0.
  it("names each folder it could not list, with the system's code", () => {
    const root = tree(["a.lontar", "secret/s.lontar", "open/o.lontar"]);
    const readdir = fs.readdirSync;
    // Root may list any folder, so the refusal is the system's answer, given by hand.
    const spy = vi.spyOn(fs, "readdirSync").mockImplementation(((folder: fs.PathLike, options: { withFileTypes: true }) => {
      if (String(folder) === path.join(root, "secret")) throw Object.assign(new Error("EACCES: permission denied, scandir"), { code: "EACCES" });
      return readdir(folder, options);
    }) as typeof fs.readdirSync);
    syncBuiltinESMExports();
    try {
      expect(findLontarFiles(root)).toEqual({ files: ["a.lontar", "open/o.lontar"], unreadable: [{ folder: "secret", code: "EACCES" }] });
    } finally {
      spy.mockRestore();
      syncBuiltinESMExports();
    }
  });

  it("is what readLontarFiles reads", () => {
    const root = tree(["b.lontar", "a/z.lontar", ".git/y.lontar"]);
    expect(readLontarFiles(root)).toEqual([
      { path: "a/z.lontar", text: "// a/z.lontar\n" },
      { path: "b.lontar", text: "// b.lontar\n" },
    ]);
  });
});

describe("findLontarFiles: a `.lontar` name in other letters", () => {
  it("is not read, and is named in `otherCase`", () => {
    const root = mkdtempSync(path.join(tmpdir(), "lontar-case-"));
    made.push(root);
    writeFileSync(path.join(root, "a.lontar"), "");
    writeFileSync(path.join(root, "b.Lontar"), "");
    writeFileSync(path.join(root, "C.LONTAR"), "");
    const found = findLontarFiles(root);
    expect(found.files).toEqual(["a.lontar"]);
    expect(found.otherCase).toEqual(["C.LONTAR", "b.Lontar"]);
  });
});
