/**
 * Formatting a file with a syntax error returns no edit, as before, and tells the user why once,
 * in their language (`window/showMessage`): "Format Document" seemed to do nothing, and so did
 * "Format Selection". Not again for each format of the same broken file (whole or a range), and
 * again once the file was formatted in between.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DocumentFormattingRequest, DocumentRangeFormattingRequest, MessageType, ShowMessageNotification, type ShowMessageParams } from "vscode-languageserver-protocol";
import { startInMemory, type InMemorySession } from "./support/in-memory.js";

const FILE = "perpustakaan.lontar";

const GOOD = `perpustakaan perpus_sukamaju {
  nama "Perpustakaan Desa Sukamaju"
  jenjang desa
  wilayah "Jawa Tengah" / "Kabupaten Klaten"
}
`;

/** The library with a syntax error: its block never closed, a value missing. */
const BROKEN = `perpustakaan perpus_sukamaju {\n  nama\n  jenjang desa {\n`;

let root: string;
let session: InMemorySession | undefined;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "lontar-format-refused-"));
  writeFileSync(path.join(root, FILE), BROKEN);
});
afterEach(() => {
  session?.close();
  session = undefined;
  rmSync(root, { recursive: true, force: true });
});

/** A session under `locale` with the broken file open, the messages it shows, and a way to format the file. */
async function start(locale: string): Promise<{ s: InMemorySession; shown: ShowMessageParams[]; format: () => Promise<unknown>; formatRange: () => Promise<unknown> }> {
  const s = (session = await startInMemory(root, locale));
  const shown: ShowMessageParams[] = [];
  s.connection.onNotification(ShowMessageNotification.method, (params: ShowMessageParams) => {
    shown.push(params);
  });
  await s.open(FILE, BROKEN);
  const format = () => s.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: s.uri(FILE) }, options: { tabSize: 2, insertSpaces: true } });
  const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
  const formatRange = () => s.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument: { uri: s.uri(FILE) }, range, options: { tabSize: 2, insertSpaces: true } });
  return { s, shown, format, formatRange };
}

describe("formatting a file with syntax errors", () => {
  it("returns no edit and says why once, in Bahasa Indonesia", async () => {
    const { shown, format } = await start("id");
    expect(await format()).toEqual([]);
    expect(await format()).toEqual([]);
    expect(shown).toEqual([{ type: MessageType.Warning, message: "Berkas tidak diformat karena ada galat sintaks." }]);
  });

  it("says it in English under locale en, and again once the file was formatted in between", async () => {
    const { s, shown, format } = await start("en");
    expect(await format()).toEqual([]);
    await s.change(FILE, 2, GOOD);
    expect(await format()).toEqual([]);
    await s.change(FILE, 3, BROKEN);
    expect(await format()).toEqual([]);
    expect(shown.map((m) => m.message)).toEqual(["The file was not formatted: it has syntax errors.", "The file was not formatted: it has syntax errors."]);
  });

  it("says why a range was not formatted (Format Selection) as it does for the whole document, once for both", async () => {
    const { s, shown, format, formatRange } = await start("id");
    expect(await formatRange()).toEqual([]);
    expect(await formatRange()).toEqual([]);
    expect(await format()).toEqual([]);
    expect(shown).toEqual([{ type: MessageType.Warning, message: "Berkas tidak diformat karena ada galat sintaks." }]);
    // Formatted in between (a range of a file without syntax errors goes through): told again.
    await s.change(FILE, 2, GOOD);
    await formatRange();
    await s.change(FILE, 3, BROKEN);
    expect(await formatRange()).toEqual([]);
    expect(shown).toHaveLength(2);
  });
});
