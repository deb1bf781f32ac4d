/**
 * The files beside the ones a run checks are read and parsed once a run (the importer's hint
 * and the not-imported note read them two or three times before), and only through the
 * folder's contained reader.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseFile } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { importerOf, unimportedDeclarers } from "../src/check/importers.js";
import { SiblingFiles } from "../src/check/sibling-files.js";
import { tempDir } from "./support/run.js";

describe("SiblingFiles", () => {
  it("reads each file once a run, and gives one tree of it, to the importer's hint and the note alike", () => {
    const dir = path.join(tempDir(), "ws");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "utama.lontar"), 'impor "./program.lontar"\n');
    writeFileSync(path.join(dir, "program.lontar"), "program p di lib {\n  kategori kelas\n}\n");
    const siblings = new SiblingFiles();
    expect(importerOf(path.join(dir, "program.lontar"), siblings)).toBe(path.join(dir, "utama.lontar"));
    // Rewritten on disk after the first read: the run keeps what it read, and the same tree.
    const tree = siblings.tree(path.join(dir, "utama.lontar"), siblings.text(path.join(dir, "utama.lontar")) ?? "");
    writeFileSync(path.join(dir, "utama.lontar"), "");
    expect(importerOf(path.join(dir, "program.lontar"), siblings)).toBe(path.join(dir, "utama.lontar"));
    expect(siblings.tree(path.join(dir, "utama.lontar"), "")).toBe(tree);
    // A fresh run reads it again.
    expect(importerOf(path.join(dir, "program.lontar"), new SiblingFiles())).toBeUndefined();
  });

  it("reads nothing through a link out of the folder", () => {
    const root = tempDir();
    const dir = path.join(root, "ws");
    mkdirSync(dir);
    writeFileSync(path.join(root, "outside.lontar"), "perpustakaan desa_luar {\n  jenjang desa\n}\n");
    symlinkSync(path.join(root, "outside.lontar"), path.join(dir, "linked.lontar"));
    const siblings = new SiblingFiles();
    expect(siblings.text(path.join(dir, "linked.lontar"))).toBeUndefined();
    const main = parseFile("program p di lib {\n  kategori kelas\n  lokasi desa_luar\n}\n", "main.lontar").file;
    expect(unimportedDeclarers([path.join(dir, "main.lontar")], (f) => path.join(dir, f), [main], [], siblings)).toEqual([]);
    // The same file in the folder itself is read, and named.
    writeFileSync(path.join(dir, "desa.lontar"), "perpustakaan desa_luar {\n  jenjang desa\n}\n");
    expect(unimportedDeclarers([path.join(dir, "main.lontar")], (f) => path.join(dir, f), [main], [], new SiblingFiles())).toEqual([{ file: path.join(dir, "desa.lontar"), user: path.join(dir, "main.lontar"), names: ["desa_luar"], use: "site" }]);
  });
});
