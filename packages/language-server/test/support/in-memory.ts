import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createConnection } from "vscode-languageserver/node";
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  RegistrationRequest,
  type ClientCapabilities,
  type DataCallback,
  type InitializeResult,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
} from "vscode-languageserver-protocol/node";
import { nodeHost } from "../../src/node.js";
import { startLontarServer } from "../../src/server.js";
import { listenForDiagnostics } from "./published.js";

/** The reading end of one direction of an in-memory connection. */
class InMemoryReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }

  /** Hands messages to the connection reading this end, one after the other in this turn. */
  deliver(messages: readonly Message[]): void {
    for (const message of messages) this.callback?.(message);
  }
}

/**
 * The writing end of one direction: what is written in one turn reaches the reader together,
 * on the next turn of the event loop (as a stream's chunk brings every message written before
 * it is read; a turn, not a timer, so that how far the other end got meanwhile does not depend
 * on the clock), copied through JSON as on the wire. Nothing goes through once the connection
 * is closed.
 */
class InMemoryWriter extends AbstractMessageWriter implements MessageWriter {
  private pending: Message[] = [];
  closed = false;

  constructor(private readonly reader: InMemoryReader) {
    super();
  }

  write(message: Message): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.pending.push(JSON.parse(JSON.stringify(message)) as Message);
    if (this.pending.length === 1) setImmediate(() => this.reader.deliver(this.pending.splice(0)));
    return Promise.resolve();
  }

  end(): void {
    this.closed = true;
  }
}

/** One direction of the connection. */
function direction(): { reader: InMemoryReader; writer: InMemoryWriter } {
  const reader = new InMemoryReader();
  return { reader, writer: new InMemoryWriter(reader) };
}

/** A server running in this process and a protocol client talking to it in memory. */
export interface InMemorySession {
  /** The client side of the connection. */
  readonly connection: ProtocolConnection;
  /** Every diagnostics notification so far, in arrival order. */
  readonly published: PublishDiagnosticsParams[];
  /** What the server registered with the client (`client/registerCapability`), in order. */
  readonly registrations: Registration[];
  /** The server's answer to `initialize` (its capabilities). */
  readonly initialized: InitializeResult;
  /** The URI of a file of the workspace. */
  uri(file: string): string;
  /** The text of a file on disk. */
  text(file: string): string;
  /** Opens a file of the workspace (its text on disk unless given), version 1. */
  open(file: string, text?: string): Promise<void>;
  /** Replaces a document's text, as its `version`. */
  change(file: string, version: number, text: string): Promise<void>;
  /** Resolves with the first diagnostics of a document's version once they arrive. */
  diagnostics(file: string, version: number): Promise<PublishDiagnosticsParams>;
  /** Stops both ends: nothing more is delivered either way. */
  close(): void;
}

/**
 * Starts the server in this process (`startLontarServer` with the Node host, as `lontar lsp
 * --stdio` does) on an in-memory connection with `root` as the workspace folder, and
 * initializes it. For what a child process's pipes cannot time: messages the client sends in
 * one turn reach the server in one batch, so that a request and its `$/cancelRequest` arrive
 * before the request is handled. `initializationOptions` go with today's date (2024-01-01). Never send `exit`: vscode-languageserver's Node connection
 * would end this process.
 */
export async function startInMemory(root: string, locale = "en", capabilities: ClientCapabilities = {}, initializationOptions: Readonly<Record<string, unknown>> = {}): Promise<InMemorySession> {
  const toServer = direction();
  const toClient = direction();
  startLontarServer(createConnection(toServer.reader, toClient.writer), nodeHost());
  const connection = createProtocolConnection(toClient.reader, toServer.writer);
  const { published, waitFor } = listenForDiagnostics(connection);
  const registrations: Registration[] = [];
  connection.onRequest(RegistrationRequest.type, (params) => {
    registrations.push(...params.registrations);
  });
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  // No processId: vscode-languageserver's Node connection would watch that process and end this one with it.
  const initialized = await connection.sendRequest(InitializeRequest.type, { processId: null, rootUri, workspaceFolders: [{ uri: rootUri, name: path.basename(root) }], capabilities, locale, initializationOptions: { today: "2024-01-01", ...initializationOptions } });
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = (file: string): string => pathToFileURL(path.join(root, file)).href;
  const text = (file: string): string => readFileSync(path.join(root, file), "utf8");
  return {
    connection,
    published,
    registrations,
    initialized,
    uri,
    text,
    open: (file, given) => connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(file), languageId: "lontar", version: 1, text: given ?? text(file) } }),
    change: (file, version, newText) => connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(file), version }, contentChanges: [{ text: newText }] }),
    diagnostics: (file, version) => waitFor(uri(file), version),
    close() {
      toServer.writer.end();
      toClient.writer.end();
      connection.dispose();
    },
  };
}

/** A served workspace of one file, for a suite: its session once started, and the end of it. */
export interface OneFileWorkspace {
  /** The session, once `start` has run. */
  readonly session: () => InMemorySession;
  /** Writes `text` as `file` in a new temporary folder, serves it with `locale` and opens the file (a suite's `beforeAll`). */
  readonly start: () => Promise<void>;
  /** Ends the session and removes the folder (a suite's `afterAll`). */
  readonly stop: () => void;
}

/**
 * A temporary workspace folder holding `file` with `text`, served in memory with `locale` and
 * the file opened: what the completion suites start with, in their `beforeAll` and `afterAll`.
 *
 * @example const ws = oneFileWorkspace("lontar-sites-", "workspace.lontar", TEXT, "id"); beforeAll(ws.start); afterAll(ws.stop);
 */
export function oneFileWorkspace(prefix: string, file: string, text: string, locale = "en"): OneFileWorkspace {
  let root: string | undefined;
  let session: InMemorySession | undefined;
  return {
    session: () => {
      if (session === undefined) throw new Error("the workspace is not started");
      return session;
    },
    start: async () => {
      root = mkdtempSync(path.join(tmpdir(), prefix));
      writeFileSync(path.join(root, file), text);
      session = await startInMemory(root, locale);
      await session.open(file, text);
    },
    stop: () => {
      session?.close();
      if (root !== undefined) rmSync(root, { recursive: true, force: true });
    },
  };
}
