import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeWorkspace, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";
import { containedFileReader, readContainedFile, readTextFile } from "@lontar/dsl/node";
import { makeDiagnostic } from "../../src/semantics/report.js";
import { loadWorkspace, type ParseFunction } from "../../src/workspace/load.js";

// A marker that must never reach any output: it is only in files outside the root.
const MARKER = "RAHASIA_7f3a_OUTSIDE";
// Reads that hang would block until vitest's timeout; the answers come well before it.
const HANG_GUARD_MS = 20_000;

/** A temporary workspace folder `ws` beside an `outside` folder holding a secret file. */
function workspaceWithOutside(): { root: string; outside: string } {
  const base = mkdtempSync(path.join(tmpdir(), "lontar-contained-"));
  const root = path.join(base, "ws");
  const outside = path.join(base, "outside");
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(path.join(outside, "secret.lontar"), `room ${MARKER} {}\n${MARKER} ${MARKER}\n`);
  return { root, outside };
}

function analyzeImport(root: string, spec: string) {
  const text = `import "${spec}"\n`;
  return analyzeWorkspace({ root, files: [{ path: "main.lontar", text }], readFile: containedFileReader(root) });
}

function codesOf(result: ReturnType<typeof analyzeImport>): string[] {
  return result.diagnostics.map((diagnostic) => diagnostic.code);
}

describe("contained file access", () => {
  it("reads a file saved with a UTF-8 byte order mark as its text alone, so line 1's columns are the editor's", () => {
    const { root } = workspaceWithOutside();
    writeFileSync(path.join(root, "bom.lontar"), "\uFEFFroom aula { capasity 5 }\n");
    expect(containedFileReader(root)("bom.lontar")).toBe("room aula { capasity 5 }\n");
    const result = analyzeWorkspace({ root, files: [{ path: "main.lontar", text: 'import "bom.lontar"\n' }], readFile: containedFileReader(root) });
    const typo = result.diagnostics.find((diagnostic) => diagnostic.location.file.endsWith("bom.lontar"));
    expect(typo?.location.range.start).toMatchObject({ line: 1, column: 13 });
  });
  it("reads a file saved as UTF-16 with a byte order mark (Notepad's \"Unicode\", Excel's \"Unicode text\"), little- or big-endian, as its text", () => {
    const { root } = workspaceWithOutside();
    const text = 'mitra pkk {\r\n  nama "TP PKK \u201cSukamaju\u201d"\r\n  jenis pkk\r\n}\r\n';
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const big = Buffer.from(little).swap16();
    writeFileSync(path.join(root, "le.lontar"), little);
    writeFileSync(path.join(root, "be.lontar"), big);
    // A file cut in the middle of a character keeps what it has, and the cut shows as U+FFFD.
    writeFileSync(path.join(root, "cut.lontar"), little.subarray(0, little.length - 1));
    const read = containedFileReader(root);
    expect(read("le.lontar")).toBe(text);
    expect(read("be.lontar")).toBe(text);
    expect(read("cut.lontar")).toBe(`${text.slice(0, -1)}\ufffd`);
    expect(readTextFile(path.join(root, "le.lontar"))).toBe(text);
    const result = analyzeWorkspace({ root, files: [{ path: "main.lontar", text: 'import "le.lontar"\nimport "be.lontar"\n' }], readFile: read });
    // Both files read whole: the one error is `pkk` declared in each.
    expect(codesOf(result)).toEqual(["LON2001"]);
  });

  it("reads a regular file inside the root, also through a link that stays inside", () => {
    const { root } = workspaceWithOutside();
    writeFileSync(path.join(root, "rooms.lontar"), "room aula {}\n");
    symlinkSync("rooms.lontar", path.join(root, "alias.lontar"));
    expect(readContainedFile(root, "alias.lontar")).toBe("room aula {}\n");
    const result = analyzeImport(root, "./alias.lontar");
    expect(result.files.map((file) => file.path)).toEqual(["main.lontar", "alias.lontar"]);
  });

  it("reads imports under a root given relative to the current folder (`ws`, `./ws`, `ws/`), as under its absolute path; a link leading out is LON2104 there too", () => {
    const { root, outside } = workspaceWithOutside();
    writeFileSync(path.join(root, "rooms.lontar"), "room aula {}\n");
    symlinkSync(path.join(outside, "secret.lontar"), path.join(root, "secret.lontar"));
    const relative = path.relative(process.cwd(), root);
    for (const given of [relative, `./${relative}`, `${relative}/`]) {
      expect(codesOf(analyzeImport(given, "./rooms.lontar")), given).toEqual(codesOf(analyzeImport(root, "./rooms.lontar")));
      expect(analyzeImport(given, "./rooms.lontar").files.map((file) => file.path)).toEqual(["main.lontar", "rooms.lontar"]);
      expect(codesOf(analyzeImport(given, "./secret.lontar")), given).toEqual(["LON2104"]);
    }
    // A path relative to the root, as readContainedFile's callers give it, still reads from the root.
    expect(containedFileReader(relative)("rooms.lontar")).toBe("room aula {}\n");
  });

  // Stop 58: `lontar check utama.lontar` gives the loader one file; a misspelt import had no "did you mean".
  it("LON2102: a missing import names the file beside it that it most likely meant, which the reader lists; a folder outside the root is not listed", () => {
    const { root, outside } = workspaceWithOutside();
    writeFileSync(path.join(root, "sumber-daya.lontar"), "room aula {}\n");
    writeFileSync(path.join(root, "catatan.txt"), "");
    expect(readContainedFile(root, "sumber_daya.lontar")).toEqual({ refused: "missing", besides: ["sumber-daya.lontar"] });
    const result = analyzeImport(root, "./sumber_daya.lontar");
    expect(result.diagnostics.map((d) => [d.text?.key, d.suggestions[0]?.edits[0]?.text])).toEqual([["LON2102.cannotFindMeant", '"./sumber-daya.lontar"']]);
    // The file both given (`lontar check .` gives the folder's files) and listed is one candidate, not two (a fresh clone's walk of stop 58).
    const given = analyzeWorkspace({ root, files: [{ path: "main.lontar", text: 'import "./sumber_daya.lontar"\n' }, { path: "sumber-daya.lontar", text: "room aula {}\n" }], readFile: containedFileReader(root) });
    expect(given.diagnostics.filter((d) => d.code === "LON2102").map((d) => [d.text?.key, d.suggestions[0]?.edits[0]?.text])).toEqual([["LON2102.cannotFindMeant", '"./sumber-daya.lontar"']]);
    // A folder linked out of the root: its files are neither read nor listed.
    writeFileSync(path.join(outside, "secrets.lontar"), "");
    symlinkSync(outside, path.join(root, "linked"));
    expect(readContainedFile(root, "linked/secret2.lontar")).toEqual({ refused: "missing" });
    const linked = analyzeImport(root, "./linked/secret2.lontar");
    expect(JSON.stringify(linked)).not.toContain("secrets.lontar");
    expect(JSON.stringify(linked)).not.toContain(outside);
    // A folder that is not there lists nothing.
    expect(readContainedFile(root, "nope/sumber.lontar")).toEqual({ refused: "missing" });
    // Links to a file outside the root, to nothing or to a folder are not listed, and no import is "fixed" to one (a review of stop 58).
    mkdirSync(path.join(root, "b2"));
    mkdirSync(path.join(root, "b2", "realdir"));
    symlinkSync(path.join(outside, "secret.lontar"), path.join(root, "b2", "rahasia.lontar"));
    symlinkSync("nowhere.lontar", path.join(root, "b2", "jadwal-kegiatan.lontar"));
    symlinkSync("realdir", path.join(root, "b2", "mitra-desa.lontar"));
    writeFileSync(path.join(root, "b2", "program.lontar"), "");
    symlinkSync("program.lontar", path.join(root, "b2", "acara.lontar"));
    expect(readContainedFile(root, "b2/x.lontar")).toEqual({ refused: "missing", besides: ["acara.lontar", "program.lontar"] });
    for (const written of ["./b2/rahasiaa.lontar", "./b2/jadwal_kegiatan.lontar", "./b2/mitra_desa.lontar"]) {
      expect(analyzeImport(root, written).diagnostics.map((d) => d.text?.key), written).toEqual(["LON2102.cannotFindLookedFor"]);
    }
    expect(analyzeImport(root, "./b2/acaraa.lontar").diagnostics[0]?.suggestions[0]?.edits[0]?.text).toBe('"./b2/acara.lontar"');
  });

  it("LON2104: a linked file pointing outside the root is refused, and nothing of it is read", () => {
    const { root, outside } = workspaceWithOutside();
    symlinkSync(path.join(outside, "secret.lontar"), path.join(root, "secret.lontar"));
    const result = analyzeImport(root, "./secret.lontar");
    expect(codesOf(result)).toEqual(["LON2104"]);
    expect(result.diagnostics[0]?.location).toMatchObject({ file: "main.lontar", range: { start: { line: 1, column: 8 } } });
    expect(result.files.map((file) => file.path)).toEqual(["main.lontar"]);
    expect(JSON.stringify(result)).not.toContain(MARKER);
    expect(JSON.stringify(result)).not.toContain(outside);
  });

  it("LON2104: a file inside a linked folder pointing outside the root is refused", () => {
    const { root, outside } = workspaceWithOutside();
    symlinkSync(outside, path.join(root, "shared"));
    const result = analyzeImport(root, "./shared/secret.lontar");
    expect(codesOf(result)).toEqual(["LON2104"]);
    expect(JSON.stringify(result)).not.toContain(MARKER);
  });

  it("LON2104: the root's own real path counts, so a root reached through a link still reads its files", () => {
    const { root } = workspaceWithOutside();
    writeFileSync(path.join(root, "rooms.lontar"), "room aula {}\n");
    const linkedRoot = `${root}-link`;
    symlinkSync(root, linkedRoot);
    expect(readContainedFile(linkedRoot, "rooms.lontar")).toBe("room aula {}\n");
  });

  it(
    "LON2105: a link to /dev/zero is refused without reading it",
    () => {
      const { root } = workspaceWithOutside();
      symlinkSync("/dev/zero", path.join(root, "zero.lontar"));
      // /dev/zero is outside the root: refused before its kind is even looked at.
      expect(codesOf(analyzeImport(root, "./zero.lontar"))).toEqual(["LON2104"]);
      // Seen from a root that contains it, it is still not a regular file.
      expect(readContainedFile("/dev", "zero")).toEqual({ refused: "special", kind: "device" });
    },
    HANG_GUARD_MS,
  );

  it(
    "LON2105: a FIFO is refused without blocking",
    async () => {
      const { root } = workspaceWithOutside();
      // An async spawn: a synchronous one blocks vitest's worker RPC on a busy machine.
      await promisify(execFile)("mkfifo", [path.join(root, "pipe.lontar")]);
      const result = analyzeImport(root, "./pipe.lontar");
      expect(codesOf(result)).toEqual(["LON2105"]);
      expect(result.diagnostics[0]?.message).toContain("named pipe");
    },
    HANG_GUARD_MS,
  );

  it("LON2105: a folder is not a file", () => {
    const { root } = workspaceWithOutside();
    mkdirSync(path.join(root, "folder.lontar"));
    expect(codesOf(analyzeImport(root, "./folder.lontar"))).toEqual(["LON2105"]);
  });

  it("LON2106: a file past the size cap is refused, naming the cap", () => {
    const { root } = workspaceWithOutside();
    writeFileSync(path.join(root, "big.lontar"), "x".repeat(2 * 1024 * 1024 + 1));
    const result = analyzeWorkspace({ root, files: [{ path: "main.lontar", text: 'import "./big.lontar"\n' }], readFile: containedFileReader(root, 2 * 1024 * 1024) });
    expect(codesOf(result)).toEqual(["LON2106"]);
    expect(result.diagnostics[0]?.message).toContain("2 MB");
  });

  it("LON2102: a missing import is a diagnostic, also when the reader throws ENOENT", () => {
    const { root } = workspaceWithOutside();
    expect(codesOf(analyzeImport(root, "./nope.lontar"))).toEqual(["LON2102"]);
    const throwing = (file: string): string => {
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), { code: "ENOENT" });
    };
    const result = analyzeWorkspace({ root, files: [{ path: "main.lontar", text: 'import "./nope.lontar"\n' }], readFile: throwing });
    expect(codesOf(result)).toEqual(["LON2102"]);
  });

  it("LON2107: any other error of a reader is a diagnostic with its code, never a throw", () => {
    const denied = (): string => {
      throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    };
    const result = analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text: 'import "./x.lontar"\n' }], readFile: denied });
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([["LON2107", "cannot read `./x.lontar`: permission denied (EACCES)"]]);
    // In Indonesian, the reason too: it read `(EACCES)` alone.
    expect(result.diagnostics.map((d) => localizeDiagnostic(d, "id").message)).toEqual(["tidak dapat membaca `./x.lontar`: akses ditolak (EACCES)"]);
  });
});

describe("pathological files", () => {
  it("a file with half a million syntax diagnostics (1 MB of `/*`) loads without overflowing the stack", () => {
    // A stand-in parser with the shape of the real one's answer to 1 MB of `/*`: the
    // loader must take any number of diagnostics (the real parse takes seconds).
    const point = { line: 1, column: 1, offset: 0 };
    const range = { start: point, end: point };
    const parse: ParseFunction = (_text, path) => ({
      file: { kind: "File", path, range, items: [], trailingComments: [] },
      diagnostics: Array.from({ length: 500_000 }, () => makeDiagnostic("LON1001.unexpected", { found: "*" }, path, range)),
    });
    const diagnostics: Diagnostic[] = [];
    loadWorkspace("/ws", [{ path: "main.lontar", text: "/*".repeat(500_000) }], undefined, parse, diagnostics);
    expect(diagnostics).toHaveLength(500_000);
  });

  it("1 MB of `@` is answered with diagnostics", () => {
    const result = analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text: "@".repeat(1_000_000) }] });
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["LON1001"]);
  });
});
