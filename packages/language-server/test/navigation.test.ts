import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DefinitionRequest,
  DocumentHighlightKind,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  WorkspaceSymbolRequest,
  type DocumentSymbol,
  type Location,
} from "vscode-languageserver-protocol";
import type { LspSession } from "./support/client.js";
import { EXAMPLES, openExample, positionOf } from "./support/examples.js";

describe.each(EXAMPLES)("navigation over stdio ($example, $lang)", (ex) => {
  let session: LspSession;
  let programs: string;
  beforeAll(async () => {
    session = await openExample(ex, [ex.programs, ex.resources]);
    programs = session.text(ex.programs);
  });
  afterAll(async () => {
    await session.close();
  });

  const at = (file: string, text: string, needle: string, shift = 1) => ({ textDocument: { uri: session.uri(file) }, position: positionOf(text, needle, shift) });

  it("goes from a reference to the declaration in another file", async () => {
    const location = (await session.connection.sendRequest(DefinitionRequest.type, at(ex.programs, programs, ex.room))) as Location;
    expect(location.uri).toBe(session.uri(ex.resources));
    const resources = session.text(ex.resources);
    expect(location.range.start).toEqual(positionOf(resources, `${ex.room} `));
  });

  // An editor walk (stop 50): definition on an import's path gave nothing.
  it("goes from an import's path to the file it loads", async () => {
    const main = ex.example === "langsa" ? "main.lontar" : "utama.lontar";
    session.open(main);
    const text = session.text(main);
    const target = `"./${ex.programs}"`;
    const location = (await session.connection.sendRequest(DefinitionRequest.type, at(main, text, target, 3))) as Location;
    expect(location.uri).toBe(session.uri(ex.programs));
    expect(location.range.start).toEqual({ line: 0, character: 0 });
    // Not on a keyword of the same line.
    expect(await session.connection.sendRequest(DefinitionRequest.type, at(main, text, target, -2))).toBeNull();
  });

  it("finds every reference across the workspace, with or without the declaration", async () => {
    const uses = programs.split(new RegExp(`\\b${ex.room}\\b`)).length - 1;
    const withDeclaration = await session.connection.sendRequest(ReferencesRequest.type, { ...at(ex.programs, programs, ex.room), context: { includeDeclaration: true } });
    const without = await session.connection.sendRequest(ReferencesRequest.type, { ...at(ex.programs, programs, ex.room), context: { includeDeclaration: false } });
    expect(without?.filter((l) => l.uri === session.uri(ex.programs)).length).toBe(uses);
    expect(withDeclaration?.length).toBe((without?.length ?? 0) + 1);
  });

  it("highlights the name in the document", async () => {
    const resources = session.text(ex.resources);
    const highlights = await session.connection.sendRequest(DocumentHighlightRequest.type, at(ex.resources, resources, `${ex.room} `));
    expect(highlights?.[0]?.kind).toBe(DocumentHighlightKind.Write);
  });

  it("prepares a rename on a name and refuses keywords and literals", async () => {
    const prepared = await session.connection.sendRequest(PrepareRenameRequest.type, at(ex.programs, programs, ex.room));
    expect(prepared).toMatchObject({ placeholder: ex.room });
    await expect(session.connection.sendRequest(PrepareRenameRequest.type, at(ex.programs, programs, `${ex.scheduleKw} `))).rejects.toThrow();
    await expect(session.connection.sendRequest(PrepareRenameRequest.type, at(ex.programs, programs, "Rp"))).rejects.toThrow();
  });

  it("renames workspace-wide, and validates the new name", async () => {
    const edit = await session.connection.sendRequest(RenameRequest.type, { ...at(ex.programs, programs, ex.room), newName: "ruang_baru" });
    const files = Object.keys(edit?.changes ?? {});
    expect(files).toEqual(expect.arrayContaining([session.uri(ex.programs), session.uri(ex.resources)]));
    expect(Object.values(edit?.changes ?? {}).flat().every((e) => e.newText === "ruang_baru")).toBe(true);
    await expect(session.connection.sendRequest(RenameRequest.type, { ...at(ex.programs, programs, ex.room), newName: "2nd" })).rejects.toThrow(/not a name|bukan nama/);
    await expect(session.connection.sendRequest(RenameRequest.type, { ...at(ex.programs, programs, ex.room), newName: ex.programKw })).rejects.toThrow(/keyword|kata kunci/);
    await expect(session.connection.sendRequest(RenameRequest.type, { ...at(ex.programs, programs, ex.room), newName: ex.program })).rejects.toThrow(/already declared|sudah/);
  });

  it("lists the document's declarations and the workspace's symbols", async () => {
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: session.uri(ex.programs) } })) as DocumentSymbol[];
    const declared = [...programs.matchAll(/^program ([a-z0-9_]+)/gm)].map((m) => m[1]);
    expect(symbols.map((s) => s.name)).toEqual(declared);
    expect(symbols[0]?.children?.length).toBeGreaterThan(0);
    // A declaration's kind in the reader's language (`program` in both; a room is `ruang` to an Indonesian reader).
    expect(symbols[0]?.detail).toBe("program");
    const resourceSymbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: session.uri(ex.resources) } })) as DocumentSymbol[];
    expect(resourceSymbols.find((s) => s.name === ex.room)?.detail).toBe(ex.lang === "id" ? "ruang" : "room");
    // Properties by their keywords as the file writes them, the keyword in the reader's language as the detail:
    // an Indonesian reader sees `jenjang`, `buka`, `kategori`, never the model's English key (`tier`, `open`, `category`).
    expect(symbols[0]?.children?.map((c) => c.name)).toContain(ex.categoryKw);
    expect(symbols[0]?.children?.find((c) => c.name === ex.categoryKw)?.detail).toBe(ex.locale === "id" ? "kategori" : "category");
    const libraries = resourceSymbols.filter((s) => s.detail === (ex.locale === "id" ? "perpustakaan" : "library"));
    const details = [...symbols, ...libraries].flatMap((s) => s.children ?? []).map((c) => c.detail);
    if (ex.locale === "id") expect(details).not.toEqual(expect.arrayContaining(["tier", "open", "category", "title"]));
    if (ex.locale === "id") expect(details).toEqual(expect.arrayContaining(["kategori", "judul"]));
    const found = await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: ex.room });
    expect(found?.map((s) => s.name)).toContain(ex.room);
    expect(found?.find((s) => s.name === ex.room)?.location.uri).toBe(session.uri(ex.resources));
  });
});
