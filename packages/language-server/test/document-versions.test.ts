import { afterEach, describe, expect, it } from "vitest";
import { DocumentSymbolRequest } from "vscode-languageserver-protocol";
import { exampleFolder } from "./support/client.js";
import { startInMemory, type InMemorySession } from "./support/in-memory.js";

const FILE = "programs.lontar";

let session: InMemorySession | undefined;
afterEach(() => {
  session?.close();
  session = undefined;
});

// The LSP's versions strictly increase: a change that is not newer than the document the
// server holds arrived out of order, and must not overwrite the newer text.
describe("document versions (in memory)", () => {
  it("ignores a change whose version is lower than or equal to the one held, and keeps the newer text", async () => {
    const s = (session = await startInMemory(exampleFolder("watualang")));
    await s.open(FILE);
    const text = s.text(FILE);
    const newer = `${text}\nprogram pameran_baru at cemerlang_watualang {\n  title "Pameran"\n}\n`;
    const names = async (): Promise<string[]> => (await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: s.uri(FILE) } }))?.map((symbol) => symbol.name) ?? [];
    await s.change(FILE, 3, newer);
    await s.change(FILE, 2, text);
    expect(await names(), "a lower version").toContain("pameran_baru");
    await s.change(FILE, 3, text);
    expect(await names(), "the same version").toContain("pameran_baru");
    await s.diagnostics(FILE, 3);
    expect(s.published.filter((p) => p.uri === s.uri(FILE)).map((p) => p.version)).not.toContain(2);
  });
});
