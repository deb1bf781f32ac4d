/**
 * Completion on an empty line offers the keywords and snippets of the file's keyword language
 * only (docs/id/editors.md), and of the editor's locale while the file has no definite language
 * yet: an Indonesian file was offered 13 English snippets after its 13 Indonesian ones.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CompletionRequest, InsertTextFormat, type CompletionItem, type CompletionList } from "vscode-languageserver-protocol";
import { startInMemory, type InMemorySession } from "./support/in-memory.js";

const FILE = "perpustakaan.lontar";

const INDONESIAN = `perpustakaan perpus_sukamaju {
  nama "Perpustakaan Desa Sukamaju"
  jenjang desa
  wilayah "Jawa Tengah" / "Kabupaten Klaten"
}

`;

const ENGLISH = `library sukamaju {
  name "Perpustakaan Desa Sukamaju"
  tier village
  region "Jawa Tengah" / "Kabupaten Klaten"
}

`;

const items = (list: CompletionItem[] | CompletionList | null): CompletionItem[] => (list === null ? [] : Array.isArray(list) ? list : list.items);

let root: string;
let session: InMemorySession | undefined;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "lontar-completion-lang-"));
});
afterEach(() => {
  session?.close();
  session = undefined;
  rmSync(root, { recursive: true, force: true });
});

/** Completion at the end of `text` (an empty line), the workspace being that one file, the editor's locale `locale`. */
async function completeAtEnd(text: string, locale: string): Promise<CompletionItem[]> {
  writeFileSync(path.join(root, FILE), text);
  const s = (session = await startInMemory(root, locale));
  await s.open(FILE, text);
  const lines = text.split("\n");
  const position = { line: lines.length - 1, character: (lines[lines.length - 1] ?? "").length };
  return items(await s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: s.uri(FILE) }, position }));
}

const snippets = (list: readonly CompletionItem[]): string[] => list.filter((i) => i.insertTextFormat === InsertTextFormat.Snippet).map((i) => i.label);

describe("completion on an empty line, in the file's keyword language", () => {
  it("offers an Indonesian file Indonesian snippets only, even under locale en", async () => {
    for (const locale of ["id", "en"]) {
      const offered = snippets(await completeAtEnd(INDONESIAN, locale));
      expect(offered).toContain("perpustakaan { … }");
      expect(offered).toContain("kesepakatan { … }");
      expect(offered).not.toContain("library { … }");
      expect(offered).not.toContain("agreement { … }");
      session?.close();
    }
  });

  it("offers an English file English snippets only, even under locale id", async () => {
    const offered = snippets(await completeAtEnd(ENGLISH, "id"));
    expect(offered).toContain("library { … }");
    expect(offered).not.toContain("perpustakaan { … }");
  });

  it("offers an empty file the snippets of the editor's locale", async () => {
    const indonesian = snippets(await completeAtEnd("", "id"));
    expect(indonesian).toContain("perpustakaan { … }");
    expect(indonesian).not.toContain("library { … }");
    session?.close();
    const english = snippets(await completeAtEnd("", "en"));
    expect(english).toContain("library { … }");
    expect(english).not.toContain("perpustakaan { … }");
  });

  it("gives every declaration keyword its documentation from the language's table, in the reader's language", async () => {
    const keywords = (await completeAtEnd(INDONESIAN, "id")).filter((i) => i.insertTextFormat !== InsertTextFormat.Snippet);
    expect(keywords.length).toBeGreaterThan(0);
    for (const item of keywords) expect(item.documentation, item.label).toBeDefined();
    const library = keywords.find((i) => i.label === "perpustakaan");
    expect(JSON.stringify(library?.documentation)).toContain("Perpustakaan");
    expect(JSON.stringify(library?.documentation)).toContain("wajib");
  });
});
