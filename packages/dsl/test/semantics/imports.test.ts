import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { findImportCycles } from "../../src/semantics/binder/import-cycles.js";
import { resolveImport, workspaceRelative } from "../../src/semantics/binder/import-path.js";
import type { FileNode } from "../../src/syntax/ast.js";
import { loadWorkspace, type ParseFunction } from "../../src/workspace/load.js";
import { analyzeWorkspace } from "../../src/workspace/analyze.js";
import type { ReadRefusal } from "../../src/workspace/file-access.js";
import { localizeDiagnostic } from "@lontar/core";
import { at, file, importNode } from "./helpers/ast.js";
import fc from "fast-check";

/** A stand-in parser: each text is a list of import paths, one a line. */
const parseImports: ParseFunction = (text, path) => ({
  file: file(
    path,
    text
      .split("\n")
      .filter((l) => l.length > 0)
      .map((spec, i) => importNode(spec, at(i + 1, 8, spec.length + 2))),
  ),
  diagnostics: [],
});

function load(files: Record<string, string>, given: string[], root = "/ws") {
  const diagnostics: Diagnostic[] = [];
  const read = (path: string): string | undefined => files[path];
  const loaded = loadWorkspace(root, given.map((p) => ({ path: p, text: files[`${root}/${p}`] ?? "" })), read, parseImports, diagnostics);
  diagnostics.push(...findImportCycles(loaded.files.map((f: FileNode) => f.path), loaded.edges));
  return { loaded, diagnostics };
}

describe("imports", () => {
  it("resolves imports relative to the importing file", () => {
    expect(resolveImport("a/b.lontar", "./c.lontar")).toEqual({ ok: true, path: "a/c.lontar" });
    expect(resolveImport("a/b.lontar", "../c.lontar")).toEqual({ ok: true, path: "c.lontar" });
    expect(resolveImport("b.lontar", "../c.lontar")).toEqual({ ok: false, reason: "outside" });
    expect(resolveImport("b.lontar", "/etc/passwd")).toEqual({ ok: false, reason: "outside" });
    expect(workspaceRelative("/ws", "/ws/./x/../y.lontar")).toBe("y.lontar");
    expect(workspaceRelative("/ws", "/other/y.lontar")).toBeUndefined();
  });

  it("follows imports through readFile", () => {
    const { loaded, diagnostics } = load({ "/ws/main.lontar": "./sub/a.lontar", "/ws/sub/a.lontar": "../b.lontar", "/ws/b.lontar": "" }, ["main.lontar"]);
    expect(diagnostics).toEqual([]);
    expect(loaded.files.map((f) => f.path)).toEqual(["main.lontar", "sub/a.lontar", "b.lontar"]);
  });

  // Found by a walk: under a root `C:\\x`, a file given as `C:\\x\\main.lontar` was read at `/C:/x/C:/x/…`, its imports missing.
  it("takes a root and files given with a Windows drive, in either slashes and either case of its letter", () => {
    for (const [root, path] of [["C:\\x", "C:\\x\\main.lontar"], ["C:/x", "C:/x/main.lontar"], ["C:\\x", "c:\\x\\main.lontar"], ["C:\\x\\", "main.lontar"]] as const) {
      expect(workspaceRelative(root, path)).toBe("main.lontar");
      const asked: string[] = [];
      const result = analyzeWorkspace({ root, files: [{ path, text: 'import "./lib.lontar"\n' }], readFile: (p) => (asked.push(p), p === "C:/x/lib.lontar" ? 'library p { tier village region "Aceh" }\n' : undefined) });
      expect(asked).toEqual(["C:/x/lib.lontar"]);
      expect(result.diagnostics.map((d) => [d.code, d.location.file])).toEqual([]);
      expect(result.files.map((f) => f.path)).toEqual(["main.lontar", "lib.lontar"]);
    }
    expect(workspaceRelative("C:\\x", "D:\\x\\main.lontar")).toBeUndefined();
    expect(workspaceRelative("C:\\x", "C:\\y\\main.lontar")).toBeUndefined();
  });

  // Found by a review: under a share's root `\\server\share`, an import was read at `/server/share/b.lontar`, a path on the current drive.
  it("reads an import under a Windows share's root at the share, and a relative file that leaves the root as one outside it", () => {
    const asked: string[] = [];
    const result = analyzeWorkspace({ root: "\\\\server\\share", files: [{ path: "\\\\server\\share\\main.lontar", text: 'import "./b.lontar"\n' }], readFile: (p) => (asked.push(p), p === "//server/share/b.lontar" ? "" : undefined) });
    expect(asked).toEqual(["//server/share/b.lontar"]);
    expect(result.files.map((f) => f.path)).toEqual(["main.lontar", "b.lontar"]);
    const outside = analyzeWorkspace({ root: "/ws", files: [{ path: "sub/../../main.lontar", text: 'import "./b.lontar"\n' }], readFile: () => "" });
    expect(outside.diagnostics.map((d) => d.text?.key)).toEqual(["LON2101.importerOutside"]);
  });

  // Found by a walk: `/etc/main.lontar` given under the root `/upload` had its import read at `/upload/etc/lib.lontar`, reported as `/etc/lib.lontar`.
  it("LON2101: every import of a file given from outside the root is refused, and nothing is read for it", () => {
    for (const path of ["/etc/main.lontar", "../main.lontar", "D:\\main.lontar"]) {
      const asked: string[] = [];
      const result = analyzeWorkspace({ root: "/upload", files: [{ path, text: 'import "./lib.lontar"\n' }], readFile: (p) => (asked.push(p), "") });
      expect(asked).toEqual([]);
      const [refused] = result.diagnostics;
      expect(result.diagnostics.map((d) => d.code)).toEqual(["LON2101"]);
      expect(refused?.text?.key).toBe("LON2101.importerOutside");
      expect(localizeDiagnostic(refused!, "id").message).toContain("berada di luar akar ruang kerja");
    }
  });

  it("LON2101: an import that leaves the root", () => {
    const { diagnostics } = load({ "/ws/main.lontar": "../secret.lontar" }, ["main.lontar"]);
    expect(diagnostics.map((d) => [d.code, d.location.file, d.location.range])).toEqual([["LON2101", "main.lontar", at(1, 8, 18)]]);
  });

  it("LON2102: a missing import", () => {
    const { diagnostics } = load({ "/ws/main.lontar": "\n./nope.lontar".slice(1) }, ["main.lontar"]);
    expect(diagnostics.map((d) => [d.code, d.location.range])).toEqual([["LON2102", at(1, 8, 15)]]);
  });

  // Found by a walk: `impor "mitra"` beside mitra.lontar was "cannot find `mitra`", and nothing more.
  it("LON2102: a missing import names the file it most likely meant, as the fix: `.lontar` left off, or other capitals than a given file's", () => {
    const meant = (files: Record<string, string>, given: string[]) => load(files, given).diagnostics.map((d) => [d.code, d.text?.key, d.message, d.suggestions.map((s) => [s.preferred, s.edits[0]?.text])]);
    expect(meant({ "/ws/main.lontar": "./mitra", "/ws/mitra.lontar": "" }, ["main.lontar"])).toEqual([
      ["LON2102", "LON2102.cannotFindMeant", "cannot find `./mitra`; did you mean `./mitra.lontar`?", [[true, '"./mitra.lontar"']]],
    ]);
    expect(meant({ "/ws/sub/main.lontar": "mitra", "/ws/sub/mitra.lontar": "" }, ["sub/main.lontar"])[0]?.[2]).toBe("cannot find `mitra`; did you mean `mitra.lontar`?");
    // Capitals: only among the files given (this reader does not list a folder), in the same folder.
    expect(meant({ "/ws/main.lontar": "./Mitra.lontar", "/ws/mitra.lontar": "" }, ["main.lontar", "mitra.lontar"])).toEqual([
      ["LON2102", "LON2102.cannotFindMeant", "cannot find `./Mitra.lontar`; did you mean `./mitra.lontar`?", [[true, '"./mitra.lontar"']]],
    ]);
    expect(meant({ "/ws/main.lontar": "./Mitra.lontar", "/ws/mitra.lontar": "" }, ["main.lontar"])[0]?.[1]).toBe("LON2102.cannotFindLookedFor");
    expect(meant({ "/ws/main.lontar": "./MITRA", "/ws/sub/mitra.lontar": "" }, ["main.lontar", "sub/mitra.lontar"])[0]?.[1]).toBe("LON2102.cannotFindLookedFor");
    expect(meant({ "/ws/main.lontar": "./nope", "/ws/mitra.lontar": "" }, ["main.lontar", "mitra.lontar"])[0]?.[1]).toBe("LON2102.cannotFindLookedFor");
    // A name within a typo of one file given beside it: that file; of two, none.
    expect(meant({ "/ws/main.lontar": "./programs.lontar", "/ws/program.lontar": "" }, ["main.lontar", "program.lontar"])).toEqual([
      ["LON2102", "LON2102.cannotFindMeant", "cannot find `./programs.lontar`; did you mean `./program.lontar`?", [[true, '"./program.lontar"']]],
    ]);
    expect(meant({ "/ws/main.lontar": "./program", "/ws/programs.lontar": "" }, ["main.lontar", "programs.lontar"])[0]?.[2]).toBe("cannot find `./program`; did you mean `./programs.lontar`?");
    expect(meant({ "/ws/main.lontar": "./mitra3.lontar", "/ws/mitra1.lontar": "", "/ws/mitra2.lontar": "" }, ["main.lontar", "mitra1.lontar", "mitra2.lontar"])[0]?.[1]).toBe("LON2102.cannotFindLookedFor");
    // A name with words added or left out (stop 43's walk: `./kesepakatan mou.lontar` beside kesepakatan.lontar): offered, not applied.
    expect(meant({ "/ws/main.lontar": "./kesepakatan mou.lontar", "/ws/kesepakatan.lontar": "" }, ["main.lontar", "kesepakatan.lontar"])).toEqual([
      ["LON2102", "LON2102.cannotFindMeant", "cannot find `./kesepakatan mou.lontar`; did you mean `./kesepakatan.lontar`?", [[undefined, '"./kesepakatan.lontar"']]],
    ]);
    expect(meant({ "/ws/main.lontar": "./mitra", "/ws/mitra_desa.lontar": "" }, ["main.lontar", "mitra_desa.lontar"])[0]?.[3]).toEqual([[undefined, '"./mitra_desa.lontar"']]);
    expect(meant({ "/ws/main.lontar": "./mitra", "/ws/mitra_desa.lontar": "", "/ws/mitra-kota.lontar": "" }, ["main.lontar", "mitra_desa.lontar", "mitra-kota.lontar"])[0]?.[1]).toBe("LON2102.cannotFindLookedFor");
  });

  // Stop 58: `lontar check utama.lontar` with `impor "./sumber_daya.lontar"` beside sumber-daya.lontar gave no "did you mean": only the importing file was given.
  it("LON2102: a missing import weighs the files the reader lists beside it (a refusal's `besides`), not only the files given", () => {
    const check = (written: string, besides: unknown) => {
      const result = analyzeWorkspace({ root: "/ws", files: [{ path: "sub/main.lontar", text: `impor "${written}"\n` }], readFile: (p) => (p === "/ws/sub/sumber-daya.lontar" ? "" : ({ refused: "missing", besides } as ReadRefusal)) });
      return result.diagnostics.map((d) => [d.text?.key, d.suggestions.map((s) => [s.preferred, s.edits[0]?.text])]);
    };
    expect(check("./sumber_daya.lontar", ["main.lontar", "sumber-daya.lontar"])).toEqual([["LON2102.cannotFindMeant", [[true, '"./sumber-daya.lontar"']]]]);
    expect(check("sumber-daya", ["sumber-daya.lontar"])).toEqual([["LON2102.cannotFindMeant", [[true, '"sumber-daya.lontar"']]]]);
    // A name listed that does not read is not offered.
    const unread = analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text: 'impor "./sumber_daya.lontar"\n' }], readFile: () => ({ refused: "missing", besides: ["sumber-daya.lontar"] }) as ReadRefusal });
    expect(unread.diagnostics.map((d) => d.text?.key)).toEqual(["LON2102.cannotFindLookedFor"]);
    // A listing that is no list of file names is not weighed.
    for (const besides of [5, "sumber-daya.lontar", [7, "", "../sumber-daya.lontar", "x/sumber-daya.lontar"], undefined]) {
      expect(check("./sumber_daya.lontar", besides)[0]?.[0]).toBe("LON2102.cannotFindLookedFor");
    }
  });

  // A Windows user's path: `data\mitra.lontar` is read (a `\` before another letter is kept), but `data\new.lontar` was "cannot find `data␊ew.lontar`", with no word of why.
  it("LON2102: a path whose `\\n`, `\\r` or `\\t` wrote a line break or a tab where a folder was meant names the file with `/`, as the fix", () => {
    const check = (written: string, files: Record<string, string>) => {
      const result = analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text: `impor "${written}"\n` }], readFile: (p) => files[p] });
      return result.diagnostics.map((d) => [d.text?.key, localizeDiagnostic(d, "id").message, d.suggestions.map((s) => [s.preferred, s.edits[0]?.text])]);
    };
    expect(check("data\\new.lontar", { "/ws/data/new.lontar": "" })).toEqual([
      [
        "LON2102.breakInPath",
        "`data\\new.lontar` tidak ditemukan: `\\` sebelum `n`, `r` atau `t` di dalam tanda kutip menulis baris baru atau tab, bukan folder; maksud Anda `data/new.lontar`? (tulis `/` di antara folder)",
        [[true, '"data/new.lontar"']],
      ],
    ]);
    expect(check(".\\rapat\\tahunan.lontar", { "/ws/rapat/tahunan.lontar": "" })[0]?.[2]).toEqual([[true, '"./rapat/tahunan.lontar"']]);
    // Written as escapes are meant (`\\`), or with a `\` before another letter, the path is read.
    expect(check("data\\\\new.lontar", { "/ws/data/new.lontar": "" })).toEqual([]);
    expect(check("data\\mitra.lontar", { "/ws/data/mitra.lontar": "" })).toEqual([]);
    // No such file either way: why, and the path with `/`, with no fix (helper-142: `data␉abel.lontar (looked for data␉abel.lontar)`).
    expect(check("data\\tabel.lontar", {})).toEqual([["LON2102.breakInPathMissing", "`data\\tabel.lontar` tidak ditemukan: `\\` sebelum `n`, `r` atau `t` di dalam tanda kutip menulis baris baru atau tab, bukan folder; tulis `/` di antara folder (`data/tabel.lontar`)", []]]);
    // `.lontar` left off too.
    expect(check("rapat\\tahunan", { "/ws/rapat/tahunan.lontar": "" })).toEqual([[expect.stringMatching(/^LON2102\.breakInPath$/), expect.any(String), [[true, '"rapat/tahunan.lontar"']]]]);
    // A typo's fix of the same path is no folder's: its own message (helper-142: `data_new.lontar` came with the words of a folder).
    const typo = check("data\\new.lontar", { "/ws/data_new.lontar": "" });
    expect(typo.map((d) => d[0])).not.toContain("LON2102.breakInPath");
  });

  it("LON2103: a cycle is reported once, with the cycle, and loading ends", () => {
    const { loaded, diagnostics } = load({ "/ws/a.lontar": "./b.lontar", "/ws/b.lontar": "./c.lontar", "/ws/c.lontar": "./a.lontar" }, ["a.lontar"]);
    expect(loaded.files).toHaveLength(3);
    expect(diagnostics.map((d) => [d.code, d.location.file, d.message])).toEqual([["LON2103", "c.lontar", "cyclic import: a.lontar → b.lontar → c.lontar → a.lontar"]]);
  });

  // An editor walk of stop 59: `impor "./utama.lontar"` added to mitra.lontar, which utama and program import, was warned at utama's and program's imports, nothing in mitra.
  it("LON2103: a cycle is reported at the import of the file the fewest files import, once for the cycles through it", () => {
    const { diagnostics } = load({ "/ws/utama.lontar": "./mitra.lontar\n./program.lontar", "/ws/program.lontar": "./mitra.lontar", "/ws/mitra.lontar": "./utama.lontar" }, ["mitra.lontar", "program.lontar", "utama.lontar"]);
    expect(diagnostics.map((d) => [d.code, d.location.file, d.message])).toEqual([["LON2103", "mitra.lontar", "cyclic import: utama.lontar → mitra.lontar → utama.lontar"]]);
  });

  // An editor walk of stop 59: a self-import had no quick fix.
  it("LON2103: a file importing itself is offered the import's deletion, applied on its own; a cycle of two files none", () => {
    const self = load({ "/ws/a.lontar": "./a.lontar" }, ["a.lontar"]).diagnostics;
    expect(self.map((d) => [d.code, d.suggestions.map((s) => [s.edits.map((e) => e.text), s.preferred])])).toEqual([["LON2103", [[[""], true]]]]);
    const two = load({ "/ws/a.lontar": "./b.lontar", "/ws/b.lontar": "./a.lontar" }, ["a.lontar"]).diagnostics;
    expect(two.map((d) => d.suggestions)).toEqual([[]]);
  });

  it("never hangs and loads each file once, whatever the import graph", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 4 }), { minLength: 1, maxLength: 8 }), (graph) => {
        const files: Record<string, string> = {};
        graph.forEach((targets, i) => (files[`/ws/f${i}.lontar`] = targets.map((t) => `./f${t}.lontar`).join("\n")));
        const { loaded, diagnostics } = load(files, ["f0.lontar"]);
        const paths = loaded.files.map((f) => f.path);
        expect(new Set(paths).size).toBe(paths.length);
        for (const d of diagnostics) expect(["LON2102", "LON2103"]).toContain(d.code);
      }),
    );
  });
});
