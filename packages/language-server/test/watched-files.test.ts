import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyzeFolder } from "@lontar/dsl/node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  WorkspaceSymbolRequest,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol";
import { WATCHED_FILES } from "../src/server.js";
import { exampleFolder } from "./support/client.js";
import { positionOf } from "./support/examples.js";
import { startInMemory, type InMemorySession } from "./support/in-memory.js";

// Files changed on disk while the server runs (a delete, a git checkout, a file created for
// an import): the editor says so with workspace/didChangeWatchedFiles, the server reads them
// again through the same reader as at the start. Each test works on its own copy of an example.

let temp: string;
let root: string;
let session: InMemorySession | undefined;

beforeEach(() => {
  temp = mkdtempSync(path.join(tmpdir(), "lontar-watch-"));
  root = path.join(temp, "ws");
  cpSync(exampleFolder("solok-interaksi"), root, { recursive: true });
});
afterEach(() => {
  session?.close();
  session = undefined;
  rmSync(temp, { recursive: true, force: true });
});

const start = async (): Promise<InMemorySession> => (session = await startInMemory(root, "id"));

const watched = (s: InMemorySession, changes: readonly { readonly file: string; readonly type: FileChangeType }[]): Promise<void> =>
  s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: changes.map(({ file, type }) => ({ uri: s.uri(file), type })) });

const checkWorkspace = async (s: InMemorySession): Promise<{ files: number; errors: number; warnings: number }> =>
  (await s.connection.sendRequest(ExecuteCommandRequest.type, { command: "lontar.checkWorkspace", arguments: [] })) as { files: number; errors: number; warnings: number };

/** The errors `lontar check` finds in the copy as it is on disk now. */
const cliErrors = (): number => analyzeFolder(root).diagnostics.filter((d) => d.severity === "error").length;

const lastFor = (s: InMemorySession, file: string): PublishDiagnosticsParams | undefined => s.published.filter((p) => p.uri === s.uri(file)).at(-1);

const symbolFiles = async (s: InMemorySession, query: string): Promise<string[]> =>
  ((await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []).map((symbol) => ("location" in symbol ? symbol.location.uri : ""));

const hoverText = async (s: InMemorySession, file: string, needle: string): Promise<string> => {
  const found = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri(file) }, position: positionOf(s.text(file), needle, 1) });
  return JSON.stringify(found?.contents ?? "");
};

describe("files changed on disk (in memory)", () => {
  it("drops a deleted file once the editor closes it: its names are undeclared, its symbols and hover gone", async () => {
    const s = await start();
    await s.open("mitra.lontar");
    await s.open("program-anak.lontar");
    await s.diagnostics("program-anak.lontar", 1);
    expect((await checkWorkspace(s)).errors).toBe(0);
    expect(await hoverText(s, "program-anak.lontar", "sekolah_solok")).toContain("mitra.lontar");

    rmSync(path.join(root, "mitra.lontar"));
    await watched(s, [{ file: "mitra.lontar", type: FileChangeType.Deleted }]);
    await s.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: s.uri("mitra.lontar") } });

    // As `lontar check` sees the folder now: utama.lontar's import of it is missing (and the
    // partners' uses are not reported again on top of that, there as here).
    expect((await checkWorkspace(s)).errors).toBe(cliErrors());
    expect(cliErrors()).toBeGreaterThan(0);
    expect(lastFor(s, "program-anak.lontar")?.version).toBe(1);
    expect(await hoverText(s, "program-anak.lontar", "sekolah_solok")).not.toContain("mitra.lontar");
    expect(await symbolFiles(s, "sekolah_solok")).toEqual([]);
    // utama.lontar (not open) imports it: its problem is published without a version.
    expect(lastFor(s, "utama.lontar")?.diagnostics.map((d) => d.code)).toContain("LON2102");
  });

  it("drops a deleted file that is not open, and publishes what that breaks", async () => {
    const s = await start();
    await s.open("program-anak.lontar");
    await s.diagnostics("program-anak.lontar", 1);
    rmSync(path.join(root, "mitra.lontar"));
    await watched(s, [{ file: "mitra.lontar", type: FileChangeType.Deleted }]);
    expect((await checkWorkspace(s)).errors).toBe(cliErrors());
    expect(lastFor(s, "utama.lontar")?.diagnostics.map((d) => d.code)).toEqual(["LON2102"]);
    expect(await symbolFiles(s, "pemko_solok")).toEqual([]);
  });

  it("reads a closed file edited on disk again: as many errors as `lontar check`, published for the files not open", async () => {
    const s = await start();
    expect((await checkWorkspace(s)).errors).toBe(0);
    const file = path.join(root, "sumber-daya.lontar");
    writeFileSync(file, s.text("sumber-daya.lontar").replace("ruang aula ", "ruang aula_besar "));
    await watched(s, [{ file: "sumber-daya.lontar", type: FileChangeType.Changed }]);
    const cli = cliErrors();
    expect(cli).toBeGreaterThan(0);
    expect((await checkWorkspace(s)).errors).toBe(cli);
    expect(lastFor(s, "program-masyarakat.lontar")?.diagnostics.some((d) => d.code === "LON2002" && JSON.stringify(d.message).includes("aula"))).toBe(true);
    expect(lastFor(s, "program-masyarakat.lontar")?.version).toBeUndefined();

    // And back: the closed files' problems are cleared.
    writeFileSync(file, s.text("sumber-daya.lontar").replace("ruang aula_besar ", "ruang aula "));
    await watched(s, [{ file: "sumber-daya.lontar", type: FileChangeType.Changed }]);
    expect((await checkWorkspace(s)).errors).toBe(0);
    expect(lastFor(s, "program-masyarakat.lontar")?.diagnostics).toEqual([]);
  });

  it("finds an imported file created after the import was written", async () => {
    const s = await start();
    const importer = `${s.text("utama.lontar")}\nimpor "./belum-ada.lontar"\n`;
    await s.open("utama.lontar", importer);
    expect((await s.diagnostics("utama.lontar", 1)).diagnostics.map((d) => d.code)).toContain("LON2102");
    writeFileSync(path.join(root, "belum-ada.lontar"), 'mitra mitra_baru {\n  nama "Mitra Baru"\n  jenis komunitas\n}\n');
    await watched(s, [{ file: "belum-ada.lontar", type: FileChangeType.Created }]);
    await s.change("utama.lontar", 2, `${importer}// disunting\n`);
    expect((await s.diagnostics("utama.lontar", 2)).diagnostics.map((d) => d.code)).not.toContain("LON2102");
    await checkWorkspace(s);
    expect(lastFor(s, "utama.lontar")?.diagnostics.map((d) => d.code)).not.toContain("LON2102");
    expect(await symbolFiles(s, "mitra_baru")).toEqual([s.uri("belum-ada.lontar")]);
  });

  it("refuses a link out of the root created after the start, file or folder: no byte of its target is read", async () => {
    const outside = path.join(temp, "luar");
    mkdirSync(outside);
    writeFileSync(path.join(outside, "rahasia.lontar"), 'mitra rahasia_bocor {\n  nama "RAHASIA"\n  jenis komunitas\n}\n');
    const s = await start();
    symlinkSync(path.join(outside, "rahasia.lontar"), path.join(root, "bocor.lontar"));
    symlinkSync(outside, path.join(root, "folder-luar"));
    await watched(s, [
      { file: "bocor.lontar", type: FileChangeType.Created },
      { file: "folder-luar", type: FileChangeType.Created },
      { file: "folder-luar/rahasia.lontar", type: FileChangeType.Created },
    ]);
    const result = await checkWorkspace(s);
    expect(result.errors).toBe(0);
    expect(await symbolFiles(s, "rahasia")).toEqual([]);
    expect(JSON.stringify(s.published)).not.toMatch(/rahasia_bocor|RAHASIA/);
  });

  it("ignores a change on disk to a document the editor has open (its text wins), and reads the disk once it is closed", async () => {
    const s = await start();
    const file = "program-anak.lontar";
    await s.open(file);
    await s.diagnostics(file, 1);
    writeFileSync(path.join(root, file), s.text(file).replace("mitra sekolah_solok", "mitra sekolah_tidak_ada"));
    await watched(s, [{ file, type: FileChangeType.Changed }]);
    expect((await checkWorkspace(s)).errors).toBe(0);
    expect(lastFor(s, file)?.diagnostics.filter((d) => d.code === "LON2002")).toEqual([]);
    const names = (await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: s.uri(file) } }))?.map((symbol) => symbol.name);
    expect(names).toContain("storytelling_anak");

    await s.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: s.uri(file) } });
    expect((await checkWorkspace(s)).errors).toBe(cliErrors());
    expect(lastFor(s, file)?.version).toBeUndefined();
    expect(lastFor(s, file)?.diagnostics.some((d) => JSON.stringify(d.message).includes("sekolah_tidak_ada"))).toBe(true);
  });

  it("finds the files of a folder created or moved in, and drops those of a folder deleted", async () => {
    const s = await start();
    mkdirSync(path.join(root, "arsip"));
    renameSync(path.join(root, "mitra.lontar"), path.join(root, "arsip", "mitra.lontar"));
    await watched(s, [
      { file: "mitra.lontar", type: FileChangeType.Deleted },
      { file: "arsip", type: FileChangeType.Created },
    ]);
    expect(await symbolFiles(s, "pemko_solok")).toEqual([s.uri("arsip/mitra.lontar")]);
    rmSync(path.join(root, "arsip"), { recursive: true });
    await watched(s, [{ file: "arsip", type: FileChangeType.Deleted }]);
    expect(await symbolFiles(s, "pemko_solok")).toEqual([]);
    expect((await checkWorkspace(s)).errors).toBe(cliErrors());
  });
});

describe("watched-file registration (in memory)", () => {
  it("registers its watchers when the editor lets it, and not otherwise", async () => {
    const s = (session = await startInMemory(root, "en", { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }));
    // Sent while `initialized` is handled, before the answer to any later request.
    await symbolFiles(s, "x");
    expect(s.registrations.map((r) => r.method)).toEqual([DidChangeWatchedFilesNotification.method]);
    expect(s.registrations[0]?.registerOptions).toEqual({ watchers: WATCHED_FILES });
    s.close();
    const plain = (session = await startInMemory(root, "en"));
    await symbolFiles(plain, "x");
    expect(plain.registrations).toEqual([]);
  });
});

