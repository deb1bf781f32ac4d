/**
 * A property's completion item is documented as its hover is: what it means (the language
 * table's documentation), what it expects, its allowed values and whether it is required, in
 * the reader's language, whatever the language of the file's keywords. Its items had a title
 * and the value it expects, not what the property is for.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { propertySpec } from "@lontar/dsl";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CompletionRequest, type CompletionItem, type CompletionList, type MarkupContent } from "vscode-languageserver-protocol";
import { startInMemory, type InMemorySession } from "./support/in-memory.js";

const FILE = "library.lontar";

/** An English library, the cursor on the empty line of its block. */
const ENGLISH = `library sukamaju {
  name "Perpustakaan Desa Sukamaju"

}
`;

/** The same in Bahasa Indonesia. */
const INDONESIAN = ENGLISH.replace("library", "perpustakaan").replace("name", "nama");

const items = (list: CompletionItem[] | CompletionList | null): CompletionItem[] => (list === null ? [] : Array.isArray(list) ? list : list.items);
const docOf = (item: CompletionItem | undefined): string => (item?.documentation as MarkupContent | undefined)?.value ?? "";

let root: string;
let session: InMemorySession | undefined;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "lontar-property-docs-"));
});
afterEach(() => {
  session?.close();
  session = undefined;
  rmSync(root, { recursive: true, force: true });
});

/** The property items inside the library's block, `text` written under `locale`. */
async function properties(text: string, locale: string): Promise<CompletionItem[]> {
  writeFileSync(path.join(root, FILE), text);
  session = await startInMemory(root, locale);
  await session.open(FILE, text);
  return items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(FILE) }, position: { line: 2, character: 2 } }));
}

describe("property completion items' documentation", () => {
  it("gives each property what it means from the language table, in the reader's language (Bahasa Indonesia over English keywords)", async () => {
    const list = await properties(ENGLISH, "id");
    expect(list.length).toBeGreaterThan(3);
    // English keywords: each label is its property's key.
    for (const item of list) expect(docOf(item), item.label).toContain(propertySpec("library", item.label)?.doc.id ?? "(no property)");
    const tier = docOf(list.find((i) => i.label === "tier"));
    expect(tier).toContain("Jenjang perpustakaan (UU 43/2007)");
    // The allowed values as the file writes them, labelled in the reader's language; required.
    expect(tier).toContain("`village`");
    expect(tier).toContain("*wajib*");
  });

  it("says it in English under an English locale over Indonesian keywords, the values as the file writes them", async () => {
    const list = await properties(INDONESIAN, "en");
    const tier = docOf(list.find((i) => i.label === "jenjang"));
    expect(tier).toContain("The library's tier (UU 43/2007)");
    expect(tier).toContain("`desa`");
    expect(tier).toContain("*required*");
    expect(docOf(list.find((i) => i.label === "buka"))).toContain("Opening hours as weekly windows");
  });
});
