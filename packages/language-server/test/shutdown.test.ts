import { afterEach, describe, expect, it } from "vitest";
import {
  CompletionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  ErrorCodes,
  ExecuteCommandRequest,
  HoverRequest,
  InitializeRequest,
  SemanticTokensRequest,
  ShutdownRequest,
} from "vscode-languageserver-protocol";
import { SERVER_COMMANDS } from "../src/server.js";
import { say } from "../src/words.js";
import { exampleFolder } from "./support/client.js";
import { startInMemory, type InMemorySession } from "./support/in-memory.js";

const FILE = "programs.lontar";

let session: InMemorySession | undefined;
afterEach(() => {
  session?.close();
  session = undefined;
});

// LSP "Shutdown Request": once the client has asked the server to shut down, every further
// request is an error (InvalidRequest) and every notification but `exit` is ignored.
describe("after shutdown (in memory)", () => {
  it("answers every request with InvalidRequest, in the client's language", async () => {
    const s = (session = await startInMemory(exampleFolder("watualang"), "id"));
    await s.open(FILE);
    await s.diagnostics(FILE, 1);
    const doc = { textDocument: { uri: s.uri(FILE) } };
    const position = { line: 5, character: 10 };
    await expect(s.connection.sendRequest("lontar/noSuchMethod", {}), "before shutdown").rejects.toMatchObject({ code: ErrorCodes.MethodNotFound });
    await s.connection.sendRequest(ShutdownRequest.type);

    const refused = { code: ErrorCodes.InvalidRequest, message: say("shutDown", "id") };
    await expect(s.connection.sendRequest(HoverRequest.type, { ...doc, position })).rejects.toMatchObject(refused);
    await expect(s.connection.sendRequest(CompletionRequest.type, { ...doc, position })).rejects.toMatchObject(refused);
    await expect(s.connection.sendRequest(DocumentSymbolRequest.type, doc)).rejects.toMatchObject(refused);
    await expect(s.connection.sendRequest(DocumentFormattingRequest.type, { ...doc, options: { tabSize: 2, insertSpaces: true } })).rejects.toMatchObject(refused);
    await expect(s.connection.sendRequest(SemanticTokensRequest.type, doc)).rejects.toMatchObject(refused);
    await expect(s.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.checkWorkspace, arguments: [] })).rejects.toMatchObject(refused);
    await expect(s.connection.sendRequest("lontar/noSuchMethod", {}), "a method the server does not serve").rejects.toMatchObject(refused);
    await expect(s.connection.sendRequest(ShutdownRequest.type), "a second shutdown").rejects.toMatchObject(refused);
    await expect(s.connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} }), "initialize").rejects.toMatchObject(refused);
  });

  it("ignores an edit: nothing is published for it", async () => {
    const s = (session = await startInMemory(exampleFolder("watualang")));
    await s.open(FILE);
    await s.diagnostics(FILE, 1);
    await s.connection.sendRequest(ShutdownRequest.type);
    await s.change(FILE, 2, `${s.text(FILE)}\nprogram {\n`);
    // An edit's fast diagnostics go out within a few turns, its whole ones after a 150 ms pause.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(s.published.filter((p) => p.uri === s.uri(FILE)).map((p) => p.version)).not.toContain(2);
  });
});
