import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectLontarFiles, InputError, readSources } from "../src/files/collect.js";
import { run, tempDir } from "./support/run.js";

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

  // Found by a CI walk: `lontar check rules/*.lontar` where nothing matches reached lontar as
  // written and was reported as "no such file or folder", which reads as a typo in a name.
  it("says that a pattern matched nothing, in English and Bahasa Indonesia (exit 2)", async () => {
    const root = tree();
    expect(() => collectLontarFiles(root, ["rules/*.lontar"])).toThrow(/^'rules\/\*\.lontar' matches no file or folder: the shell passes a pattern/);
    for (const pattern of ["a/*.lontr", "b?.lontar", "[ab].lontar", "a/**/x.lontar"]) expect(() => collectLontarFiles(root, [pattern]), pattern).toThrow(/matches no file or folder/);
    expect(() => collectLontarFiles(root, ["missing.lontar"])).toThrow(/^cannot read 'missing\.lontar': no such file or folder$/);
    const en = await run(["check", "rules/*.lontar"], root);
    expect(en).toEqual({ code: 2, stdout: "", stderr: expect.stringMatching(/^lontar: 'rules\/\*\.lontar' matches no file or folder: .*name the folder instead/) as unknown });
    const id = await run(["plan", "rules/*.lontar", "--out", "o", "--lang", "id"], root);
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/^lontar: 'rules\/\*\.lontar' tidak cocok dengan berkas atau folder apa pun: .*sebutkan foldernya saja/);
    expect((await run(["fmt", "rules/*.lontar"], root)).code).toBe(2);
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
