import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  CancellationTokenSource,
  CodeLensRequest,
  CompletionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  HoverRequest,
  LSPErrorCodes,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type CancellationToken,
} from "vscode-languageserver-protocol";
import { generateWorkspace } from "../../dsl/bench/generate.js";
import { SERVER_COMMANDS } from "../src/server.js";
import { say } from "../src/words.js";
import { exampleFolder } from "./support/client.js";
import { EXAMPLES, positionOf } from "./support/examples.js";
import { startInMemory, type InMemorySession } from "./support/in-memory.js";

const EX = EXAMPLES[1];
const FILE = EX.programs;

let session: InMemorySession | undefined;
afterEach(() => {
  session?.close();
  session = undefined;
});

/** The server on the English example, its programs open and their first diagnostics out. */
async function started(): Promise<InMemorySession> {
  const s = (session = await startInMemory(exampleFolder(EX.example)));
  await s.open(FILE);
  await s.diagnostics(FILE, 1);
  return s;
}

/** The requests an editor cancels most (long on a big file), each sent with a cancellation token. */
const REQUESTS: readonly { readonly name: string; readonly send: (s: InMemorySession, token: CancellationToken) => Promise<unknown> }[] = [
  { name: "document symbols", send: (s, token) => s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: s.uri(FILE) } }, token) },
  { name: "formatting", send: (s, token) => s.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: s.uri(FILE) }, options: { tabSize: 2, insertSpaces: true } }, token) },
  { name: "completion", send: (s, token) => s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: s.uri(FILE) }, position: positionOf(s.text(FILE), EX.needsRoom, EX.needsRoom.length) }, token) },
  { name: "hover", send: (s, token) => s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri(FILE) }, position: positionOf(s.text(FILE), EX.program, 2) }, token) },
  { name: "semantic tokens", send: (s, token) => s.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: s.uri(FILE) } }, token) },
  { name: "code lenses", send: (s, token) => s.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: s.uri(FILE) } }, token) },
  { name: "workspace symbols", send: (s, token) => s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: "a" }, token) },
  { name: "the check command", send: (s, token) => s.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.checkWorkspace, arguments: [] }, token) },
];

// LSP "Cancellation Support": a request the client cancels is still answered, with
// RequestCancelled when not with a result. The client writes `$/cancelRequest` right after the
// request; the in-memory connection hands both to the server in one batch, as a stream's chunk
// would, so the request is cancelled before the server handles it.
describe("$/cancelRequest (in memory)", () => {
  it.each(REQUESTS)("answers $name cancelled before it is handled with RequestCancelled, not its result", async ({ send }) => {
    const s = await started();
    expect(await send(s, new CancellationTokenSource().token), "not cancelled").not.toBeNull();
    const source = new CancellationTokenSource();
    const answer = send(s, source.token);
    source.cancel();
    await expect(answer).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled, message: say("requestCancelled", "en") });
  });

  it("answers a hover cancelled while it waits for the whole analysis with RequestCancelled", async () => {
    // A workspace whose first whole analysis takes many slices (generated, as the benchmark's).
    const root = mkdtempSync(path.join(tmpdir(), "lontar-cancel-"));
    try {
      const files = generateWorkspace(5, 17);
      for (const f of files) writeFileSync(path.join(root, f.path), f.text);
      const s = (session = await startInMemory(root));
      const file = files[1]?.path ?? "";
      const text = files[1]?.text ?? "";
      const source = new CancellationTokenSource();
      // Opened and hovered at once: the hover starts the whole analysis and waits for it, after publishing the fast diagnostics.
      await s.open(file, text);
      const answer = s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri(file) }, position: positionOf(text, "program ", 9) }, source.token);
      await s.diagnostics(file, 1);
      source.cancel();
      await expect(answer).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
