/**
 * Keywords' documentation is written when the editor resolves an item (`completionItem/resolve`),
 * not for every keyword of every completion (milliseconds a request), for an editor that says it
 * resolves documentation lazily (VS Code's client: resolveSupport). An editor that does not say so
 * (the playground's @codemirror/lsp-client, which never resolves) is given it with each item, as
 * before: both show the same documentation.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { explainKeyword } from "@lontar/dsl";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CompletionRequest, CompletionResolveRequest, type ClientCapabilities, type CompletionItem, type CompletionList, type MarkupContent } from "vscode-languageserver-protocol";
import { startInMemory, type InMemorySession } from "./support/in-memory.js";

const FILE = "program.lontar";

/** A program, the cursor after its schedule's keyword; an agreement, the cursor after `at`. */
const TEXT = `program kelas at perpus {
  schedule 
}

agreement mou {
  at 
}
`;
const AFTER_SCHEDULE = { line: 1, character: 11 };
const AFTER_AT = { line: 5, character: 5 };

/** What VS Code's client says of completion items (vscode-languageclient 11). */
const VSCODE: ClientCapabilities = { textDocument: { completion: { completionItem: { snippetSupport: true, resolveSupport: { properties: ["documentation", "detail", "additionalTextEdits"] } } } } };

/** What the playground's client says (@codemirror/lsp-client 6.3): no resolveSupport. */
const CODEMIRROR: ClientCapabilities = { textDocument: { completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"], insertReplaceSupport: false }, contextSupport: true } } };

const items = (list: CompletionItem[] | CompletionList | null): CompletionItem[] => (list === null ? [] : Array.isArray(list) ? list : list.items);
const docOf = (item: CompletionItem | undefined): string | undefined => (item?.documentation as MarkupContent | undefined)?.value;

let root: string;
let session: InMemorySession | undefined;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "lontar-completion-resolve-"));
  writeFileSync(path.join(root, FILE), TEXT);
});
afterEach(() => {
  session?.close();
  session = undefined;
  rmSync(root, { recursive: true, force: true });
});

async function start(capabilities: ClientCapabilities, locale = "id"): Promise<InMemorySession> {
  const s = (session = await startInMemory(root, locale, capabilities));
  await s.open(FILE, TEXT);
  return s;
}

const complete = async (s: InMemorySession, position: { line: number; character: number }): Promise<CompletionItem[]> =>
  items(await s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: s.uri(FILE) }, position }));

describe("keyword documentation through completionItem/resolve", () => {
  it("says it resolves completion items", async () => {
    const s = await start(VSCODE);
    expect(s.initialized.capabilities.completionProvider?.resolveProvider).toBe(true);
  });

  it("leaves a keyword's documentation to resolve for an editor that resolves it lazily, then gives it in the reader's language", async () => {
    const s = await start(VSCODE, "id");
    const offered = await complete(s, AFTER_SCHEDULE);
    const every = offered.find((i) => i.label === "every");
    expect(every?.documentation).toBeUndefined();
    expect(every?.data).toEqual({ explain: "every", lang: "id" });
    const resolved = every === undefined ? undefined : await s.connection.sendRequest(CompletionResolveRequest.type, every);
    expect(docOf(resolved)).toBe(explainKeyword("every", "id"));
    // Several words (`at least`): documented as the last one, as before.
    const least = (await complete(s, AFTER_AT)).find((i) => i.label === "least");
    const resolvedLeast = least === undefined ? undefined : await s.connection.sendRequest(CompletionResolveRequest.type, least);
    expect(docOf(resolvedLeast)).toBe(explainKeyword("least", "id"));
  });

  it("gives each keyword its documentation at once to an editor that never resolves (the playground), as resolve would", async () => {
    const s = await start(CODEMIRROR, "en");
    const offered = await complete(s, AFTER_SCHEDULE);
    const every = offered.find((i) => i.label === "every");
    expect(docOf(every)).toBe(explainKeyword("every", "en"));
    expect(every?.data).toBeUndefined();
    expect(docOf((await complete(s, AFTER_AT)).find((i) => i.label === "least"))).toBe(explainKeyword("least", "en"));
  });

  it("answers an item it did not offer, or one whose data is not its own, as it was sent", async () => {
    const s = await start(VSCODE);
    const foreign: CompletionItem = { label: "x", data: { explain: 3 } };
    expect(await s.connection.sendRequest(CompletionResolveRequest.type, foreign)).toEqual(foreign);
    const value: CompletionItem = { label: "2019-01-01", kind: 12 };
    expect(await s.connection.sendRequest(CompletionResolveRequest.type, value)).toEqual(value);
  });
});
