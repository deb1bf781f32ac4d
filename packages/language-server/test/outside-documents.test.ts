/**
 * A document open outside the workspace folder (an `untitled:` buffer, a file elsewhere on disk) is a
 * workspace of its own: it never joins the folder's analysis, plan, symbols or imports.
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  CodeLensRequest,
  CompletionRequest,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  WorkspaceSymbolRequest,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol";
import { DOCUMENTS_ONLY_HOST } from "../src/analysis/host.js";
import { Scopes } from "../src/analysis/scopes.js";
import { isFolderPath, UriPaths } from "../src/analysis/uri-paths.js";
import { WorkspaceState } from "../src/analysis/workspace-state.js";
import { importItems } from "../src/features/import-completion.js";
import { SERVER_COMMANDS } from "../src/server.js";
import { exampleFolder } from "./support/client.js";
import { startInMemory, type InMemorySession } from "./support/in-memory.js";

// solok-rakor-2019 keeps its agreements as written; asking 40 sessions a month of a class held twice a month breaks one (LON5101).
const FILE = "kesepakatan.lontar";
const KEPT = "minimal 1 sesi pelatihan_lifeskill_ibu per bulan";
const BROKEN = "minimal 40 sesi pelatihan_lifeskill_ibu per bulan";

/** An untitled buffer with a syntax error (an unclosed program). */
const UNTITLED = "untitled:Untitled-3";
const UNTITLED_TEXT = "program catatan {\n  kategori mendongen\n";
/** A file outside the folder that declares the folder's names again (a room, a program) and plans a program into the folder's room. */
const OUTSIDE = pathToFileURL(path.join(tmpdir(), "lontar-outside", "penyusup.lontar")).href;
const OUTSIDE_TEXT =
  'impor "./sumber.lontar"\nruang aula di dispusip_solok {\n  kapasitas 5\n}\nprogram rakor_2019 {\n  kategori kelas\n  jadwal sekali 2019-07-23 pukul 09:00 selama 4 jam\n  butuh ruang aula\n}\nprogram penyusup {\n  kategori kelas\n  jadwal sekali 2019-07-23 pukul 09:00 selama 4 jam\n  butuh ruang ruang_pertemuan\n}\n';

/** A diagnostic's message as text (the server sends plain strings). */
const messageOf = (d: Diagnostic): string => (typeof d.message === "string" ? d.message : d.message.value);

const isPlanFinding = (d: Diagnostic): boolean => /^LON51\d\d$/.test(String(d.code));

describe("documents open outside the workspace folder", () => {
  let session: InMemorySession;
  afterEach(() => session.close());

  /** The last publication for each URI. */
  const latest = (): Map<string, PublishDiagnosticsParams> => new Map(session.published.map((p) => [p.uri, p]));
  /** The folder's files' diagnostics as last published, once Check workspace has published them all (final). */
  const folderDiagnostics = async (): Promise<{ counts: unknown; files: Record<string, Diagnostic[]> }> => {
    const counts = await session.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.checkWorkspace });
    const files = Object.fromEntries([...latest()].filter(([uri]) => uri !== UNTITLED && uri !== OUTSIDE).map(([uri, p]) => [uri, p.diagnostics]));
    return { counts, files };
  };
  const openOutside = async (uri: string, text: string): Promise<void> => {
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "lontar", version: 1, text } });
  };
  /** Waits for a publication of `uri` whose diagnostics satisfy `holds`. */
  const publishedWhere = (uri: string, holds: (ds: Diagnostic[]) => boolean): Promise<PublishDiagnosticsParams> =>
    vi.waitFor(
      () => {
        const found = session.published.find((p) => p.uri === uri && holds(p.diagnostics));
        if (found === undefined) throw new Error(`no publication of ${uri} as expected yet`);
        return found;
      },
      { timeout: 20_000, interval: 20 },
    );

  it("leaves the folder's diagnostics, plan findings, code lenses and symbols as they are, and is analyzed alone", async () => {
    session = await startInMemory(exampleFolder("solok-rakor-2019"), "id");
    await session.open(FILE, session.text(FILE).replace(KEPT, BROKEN));
    await session.open("program.lontar");
    await publishedWhere(session.uri(FILE), (ds) => ds.some(isPlanFinding));
    const before = await folderDiagnostics();
    const programs = session.uri("program.lontar");
    const lensesBefore = await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: programs } });
    expect(lensesBefore?.length).toBeGreaterThan(0);

    await openOutside(UNTITLED, UNTITLED_TEXT);
    await openOutside(OUTSIDE, OUTSIDE_TEXT);
    // Each analyzed alone: the untitled buffer's own syntax error; the file's names are its own (no LON2001), and it declares no library.
    const untitled = await publishedWhere(UNTITLED, (ds) => ds.some((d) => String(d.code).startsWith("LON1")));
    const outside = await publishedWhere(OUTSIDE, (ds) => ds.some((d) => d.code === "LON2102"));
    for (const d of [...untitled.diagnostics, ...outside.diagnostics]) expect(d.code).not.toBe("LON2001");
    // Alone, it has no library to run its programs.
    expect(outside.diagnostics.some((d) => d.code === "LON2004" && messageOf(d).includes("penyusup"))).toBe(true);
    // Its missing import is said as the user wrote it, never with the server's own names for paths.
    const missing = outside.diagnostics.find((d) => d.code === "LON2102");
    expect(missing === undefined ? "" : messageOf(missing)).toContain("sumber.lontar");

    // The folder as before: the same diagnostics and plan findings, the same code lenses (not "fix the workspace errors first").
    const after = await folderDiagnostics();
    expect(after).toEqual(before);
    expect(after.files[session.uri(FILE)]?.some(isPlanFinding)).toBe(true);
    expect(await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: programs } })).toEqual(lensesBefore);
    // Its names are not the workspace's.
    const symbols = (await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: "penyusup" })) ?? [];
    expect(symbols).toEqual([]);
    const rakor = (await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: "rakor_2019" })) ?? [];
    expect(rakor.map((s) => ("uri" in s.location ? s.location.uri : ""))).not.toContain(OUTSIDE);
    // Never an import target of the folder's files.
    await session.open("baru.lontar", 'impor "');
    const completion = (await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri("baru.lontar") }, position: { line: 0, character: 7 } })) as CompletionList | CompletionItem[] | null;
    const labels = (Array.isArray(completion) ? completion : (completion?.items ?? [])).map((i) => i.label);
    expect(labels).toContain('"./program.lontar"');
    expect(labels.filter((l) => /untitled|outside|penyusup|%3A/i.test(l))).toEqual([]);
    // No message says a path as the server holds it.
    expect(session.published.flatMap((p) => p.diagnostics.map(messageOf)).filter((m) => m.includes(":outside"))).toEqual([]);

    // Closed: its diagnostics are cleared, and the folder is still as it was.
    await session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: UNTITLED } });
    await session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: OUTSIDE } });
    await publishedWhere(UNTITLED, (ds) => ds.length === 0);
    await publishedWhere(OUTSIDE, (ds) => ds.length === 0);
  }, 60_000);

  it("goes into a workspace of its own only when there is a folder and it is outside it", () => {
    const scopes = new Scopes(DOCUMENTS_ONLY_HOST, "file:///work/ws");
    expect(scopes.opening("file:///work/ws/a.lontar")).toBe(scopes.folder);
    const alone = scopes.opening("untitled:Untitled-1");
    expect(alone).not.toBe(scopes.folder);
    expect(scopes.of("untitled:Untitled-1")).toBe(alone);
    // A file elsewhere: its path is its name, in a folder of its own.
    const elsewhere = scopes.opening("file:///work/ws-other/b%20c.lontar");
    expect(elsewhere.state.paths.path("file:///work/ws-other/b%20c.lontar")).toBe("b c.lontar");
    expect(scopes.all()).toEqual([scopes.folder, alone, elsewhere]);
    expect(scopes.closeAlone("untitled:Untitled-1")).toBe(true);
    expect(scopes.of("untitled:Untitled-1")).toBe(scopes.folder);
    expect(scopes.closeAlone("file:///work/ws/a.lontar")).toBe(false);
    // Without a folder, every document is the one workspace.
    const none = new Scopes(DOCUMENTS_ONLY_HOST, "");
    expect(none.opening("untitled:Untitled-1")).toBe(none.folder);
  });

  it("is never offered as an import without a folder either, and no message shows the server's name for its path", () => {
    const state = new WorkspaceState(DOCUMENTS_ONLY_HOST, "");
    for (const uri of ["untitled:Untitled-1", "file:///tmp/a.lontar", "file:///tmp/b.lontar"]) state.update({ uri, version: 1, text: "" });
    const from = state.paths.path("file:///tmp/a.lontar");
    expect(importItems(state.snapshot(), from, { line: 0, character: 6 }, undefined)).toEqual([]);
    expect([...state.snapshot().files.keys()].filter(isFolderPath)).toEqual([]);
    const paths = new UriPaths("");
    const held = paths.path("file:///tmp/a.lontar");
    expect(paths.shown(`\`${held}\` and \`:outside/sumber.lontar\``)).toBe("`file:///tmp/a.lontar` and `sumber.lontar`");
  });
});
