/**
 * The browser entry (`startWorkerServer`, what the playground's web worker runs) without a
 * browser: the entry bundled for the browser as a page bundles it (support/worker-bundle.ts)
 * and loaded into Node; the worker's global scope is a stand-in with the same message surface
 * (`onmessage`, `postMessage`, error listeners; messages structured-cloned and delivered
 * later, as between a page and its worker), and a protocol client over the page's side.
 * The workspace is the documents the client opens: their diagnostics must be those of a
 * direct analysis of the same texts, in the client's language.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeWorkspace } from "@lontar/dsl";
import { beforeAll, afterEach, describe, expect, it } from "vitest";
import type { ProtocolConnection, PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { EXAMPLES, positionOf } from "./support/examples.js";
import { loadWorkerBundle, type WorkerBundle } from "./support/worker-bundle.js";
import type { WorkerScope } from "./support/worker-entry.js";

type Listener = (event: { readonly data: unknown }) => void;

/** One side of a page ↔ worker message channel, as the browser reader and writer use it. */
class MessageEnd {
  onmessage: Listener | null = null;
  other: MessageEnd | undefined;
  private closed = false;

  postMessage(message: unknown): void {
    // A copy, delivered on a later turn: what crosses a worker boundary.
    const data = structuredClone(message);
    setTimeout(() => {
      if (!this.closed) this.other?.onmessage?.({ data });
    }, 0);
  }

  addEventListener(): void {
    // Errors of the channel itself: a stand-in raises none.
  }

  close(): void {
    this.closed = true;
  }
}

function channel(): { page: MessageEnd; worker: MessageEnd } {
  const page = new MessageEnd();
  const worker = new MessageEnd();
  page.other = worker;
  worker.other = page;
  return { page, worker };
}

const ROOT_URI = "file:///playground";
const uriOf = (file: string): string => `${ROOT_URI}/${file}`;
// The examples' folder, not through support/client.ts: that one loads the Node transport.
const exampleFolder = (name: string): string => path.resolve(import.meta.dirname, "../../../examples", name);
const filesOf = (example: string): string[] => readdirSync(exampleFolder(example)).filter((f) => f.endsWith(".lontar")).sort();

let lsp: WorkerBundle;
beforeAll(async () => {
  lsp = await loadWorkerBundle();
});

let ends: { page: MessageEnd; worker: MessageEnd } | undefined;
let client: ProtocolConnection | undefined;
afterEach(() => {
  client?.dispose();
  ends?.page.close();
  ends?.worker.close();
});

/** Starts the worker's server on a fresh channel and initializes it in the example's locale; every publication lands in `published`. */
async function startWorker(ex: { readonly locale: string; readonly today: string }): Promise<{ connection: ProtocolConnection; published: PublishDiagnosticsParams[] }> {
  ends = channel();
  const { BrowserMessageReader, BrowserMessageWriter, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification } = lsp;
  lsp.startWorkerServer(ends.worker as unknown as WorkerScope);
  const connection: ProtocolConnection = lsp.createProtocolConnection(new BrowserMessageReader(ends.page as unknown as WorkerScope), new BrowserMessageWriter(ends.page as unknown as WorkerScope));
  client = connection;
  const published: PublishDiagnosticsParams[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => void published.push(params));
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: ROOT_URI, capabilities: {}, locale: ex.locale, initializationOptions: { today: ex.today } });
  await connection.sendNotification(InitializedNotification.type, {});
  return { connection, published };
}

/** Resolves with the first publication that `matches`, once it has arrived. */
function publication(published: readonly PublishDiagnosticsParams[], matches: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve) => {
    const look = (): void => {
      const found = published.find(matches);
      if (found === undefined) setTimeout(look, 5);
      else resolve(found);
    };
    look();
  });
}

describe.each(EXAMPLES)("the language server's web-worker entry ($example, locale $locale)", (ex) => {
  it("publishes the diagnostics of a direct analysis of the open documents, then an edit's, and answers hovers", async () => {
    const { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExecuteCommandRequest, HoverRequest } = lsp;
    const { connection, published } = await startWorker(ex);

    const files = filesOf(ex.example);
    const texts = new Map(files.map((f) => [f, readFileSync(path.join(exampleFolder(ex.example), f), "utf8")]));
    for (const f of files) await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(f), languageId: "lontar", version: 1, text: texts.get(f) ?? "" } });
    // The check command publishes every file's whole diagnostics and answers after them.
    const counts = (await connection.sendRequest(ExecuteCommandRequest.type, { command: lsp.SERVER_COMMANDS.checkWorkspace, arguments: [] })) as { files: number; errors: number };
    const direct = analyzeWorkspace({ root: "", files: files.map((f) => ({ path: f, text: texts.get(f) ?? "" })), readFile: () => undefined });
    expect(counts.files).toBe(files.length);
    expect(counts.errors).toBe(direct.diagnostics.filter((d) => d.severity === "error").length);
    for (const f of files) {
      const last = published.filter((p) => p.uri === uriOf(f)).at(-1)?.diagnostics ?? [];
      const expected = direct.diagnostics.filter((d) => d.location.file === f).map((d) => `${d.code}@${d.location.range.start.line - 1}:${d.location.range.start.column - 1}`);
      expect(last.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`)).toEqual(expected);
    }

    const text = texts.get(ex.programs) ?? "";
    const broken = text.replace(` ${ex.room}`, ` ${ex.room}x`);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uriOf(ex.programs), version: 2 }, contentChanges: [{ text: broken }] });
    const edited = await publication(published, (p) => p.uri === uriOf(ex.programs) && p.version === 2);
    const undefinedName = edited.diagnostics.find((d) => d.code === "LON2002");
    expect(undefinedName?.message).toContain(`${ex.room}x`);
    expect(undefinedName?.codeDescription?.href.includes("/id/")).toBe(ex.locale === "id");
    expect(broken.split("\n")[undefinedName?.range.start.line ?? -1]).toContain(`${ex.room}x`);

    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(ex.programs) }, position: positionOf(broken, `${ex.programKw} ${ex.program}`, ex.programKw.length + 2) });
    const shown = JSON.stringify(hover?.contents ?? "");
    expect(shown).toContain(ex.program);
    expect(shown).toContain(ex.programs);
  });

  it("the check command replaces what a document's fast diagnostics said before the files it names were open", async () => {
    const { DidOpenTextDocumentNotification, ExecuteCommandRequest } = lsp;
    const { connection, published } = await startWorker(ex);
    const files = filesOf(ex.example);
    const texts = new Map(files.map((f) => [f, readFileSync(path.join(exampleFolder(ex.example), f), "utf8")]));
    const open = (f: string): Promise<void> => connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(f), languageId: "lontar", version: 1, text: texts.get(f) ?? "" } });

    // The programs alone: the rooms, staff and libraries they name are not declared yet.
    await open(ex.programs);
    const alone = await publication(published, (p) => p.uri === uriOf(ex.programs));
    expect(alone.diagnostics.map((d) => d.code)).toContain("LON2002");

    for (const f of files.filter((f) => f !== ex.programs)) await open(f);
    await connection.sendRequest(ExecuteCommandRequest.type, { command: lsp.SERVER_COMMANDS.checkWorkspace, arguments: [] });
    const direct = analyzeWorkspace({ root: "", files: files.map((f) => ({ path: f, text: texts.get(f) ?? "" })), readFile: () => undefined });
    const last = published.filter((p) => p.uri === uriOf(ex.programs)).at(-1)?.diagnostics ?? [];
    const expected = direct.diagnostics.filter((d) => d.location.file === ex.programs).map((d) => `${d.code}@${d.location.range.start.line - 1}:${d.location.range.start.column - 1}`);
    expect(last.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`)).toEqual(expected);
  });
});
