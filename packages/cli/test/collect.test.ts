import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectLontarFiles, InputError, readSources } from "../src/files/collect.js";
import { tempDir } from "./support/run.js";

function tree(): string {
  const root = tempDir();
  for (const file of ["b.lontar", "a/z.lontar", "a/notes.md", "node_modules/x.lontar", ".git/y.lontar", "a/deep/c.lontar"]) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), `// ${file}\n`);
  }
  return root;
}

describe("collectLontarFiles", () => {
  it("expands folders to their .lontar files, skipping node_modules and dot-folders, sorted", () => {
    const root = tree();
    expect(collectLontarFiles(root, ["."])).toEqual(["a/deep/c.lontar", "a/z.lontar", "b.lontar"]);
  });

  it("keeps named files as given and removes duplicates", () => {
    const root = tree();
    expect(collectLontarFiles(root, ["b.lontar", "./b.lontar", "a"])).toEqual(["a/deep/c.lontar", "a/z.lontar", "b.lontar"]);
  });

  it("leaves out a named file that is not a .lontar file when .lontar files are named besides (a shell glob's README), and takes it when it is all there is", () => {
    const root = tree();
    expect(collectLontarFiles(root, ["a/notes.md", "a/z.lontar", "b.lontar"])).toEqual(["a/z.lontar", "b.lontar"]);
    expect(collectLontarFiles(root, ["a/notes.md", "a/deep"])).toEqual(["a/deep/c.lontar"]);
    expect(collectLontarFiles(root, ["a/notes.md"])).toEqual(["a/notes.md"]);
  });

  it("reports a missing path as an input error", () => {
    expect(() => collectLontarFiles(tree(), ["missing"])).toThrow(InputError);
  });

  it("refuses a folder nested more than 32 deep, naming it", () => {
    const root = tempDir();
    const deep = path.join(root, ...Array.from({ length: 33 }, (_, i) => `d${i}`));
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(deep, "x.lontar"), "");
    expect(() => collectLontarFiles(root, ["."])).toThrow(/d32' is nested more than 32 folders deep/);
  });

  it("reads sources keyed by the collected path", () => {
    const root = tree();
    expect(readSources(root, ["b.lontar"])).toEqual(new Map([["b.lontar", "// b.lontar\n"]]));
  });
});
