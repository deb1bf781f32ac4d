import { afterEach, describe, expect, it } from "vitest";
import { DocumentSymbolRequest, type DocumentSymbol } from "vscode-languageserver-protocol";
import { exampleFolder } from "./support/client.js";
import { startInMemory, type InMemorySession } from "./support/in-memory.js";

const FILE = "libraries.lontar";

let session: InMemorySession | undefined;
afterEach(() => {
  session?.close();
  session = undefined;
});

/** The outline's property rows of the first declaration, as `name detail`. */
async function propertyRows(locale: string): Promise<string[]> {
  const s = (session = await startInMemory(exampleFolder("watualang"), locale));
  await s.open(FILE);
  const symbols = (await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: s.uri(FILE) } })) as DocumentSymbol[];
  return (symbols[0]?.children ?? []).map((c) => `${c.name} ${c.detail ?? ""}`);
}

// An English file (watualang) in the outline: each property as the file writes it, its keyword in the reader's language beside it.
describe("the outline's property details in the reader's language", () => {
  it("under locale id, an English file's `tier` and `open` read `jenjang` and `buka`", async () => {
    const rows = await propertyRows("id");
    expect(rows).toEqual(expect.arrayContaining(["tier jenjang", "open buka"]));
  });

  it("under locale en, they read `tier` and `open`", async () => {
    const rows = await propertyRows("en");
    expect(rows).toEqual(expect.arrayContaining(["tier tier", "open open"]));
  });
});
