import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { bundledBin } from "../../../cli/test/support/bundled-bin.js";
import { listenForDiagnostics } from "./published.js";

/** The repository root. */
export const REPO_ROOT = path.resolve(import.meta.dirname, "../../../..");

/** An example workspace folder. */
export const exampleFolder = (name: string): string => path.join(REPO_ROOT, "examples", name);

/** A running server and a protocol client talking to it over stdio. */
export interface LspSession {
  /** The server process's id. */
  readonly pid: number;
  /** The client side of the connection. */
  readonly connection: ProtocolConnection;
  /** Every diagnostics notification so far, in arrival order. */
  readonly published: PublishDiagnosticsParams[];
  /** The URI of a file of the workspace. */
  uri(file: string): string;
  /** The text of a file on disk. */
  text(file: string): string;
  /** Opens a file of the workspace (its text on disk unless given), version 1. */
  open(file: string, text?: string): string;
  /** Replaces a document's text. */
  change(file: string, version: number, text: string): void;
  /** Resolves with the diagnostics of a document's version once they arrive. */
  diagnostics(file: string, version: number): Promise<PublishDiagnosticsParams>;
  /** Shuts the server down and waits for the process to end. */
  close(): Promise<void>;
}

/** Options of {@link startSession}. */
export interface SessionOptions {
  /** The client's locale (`id` for Bahasa Indonesia). */
  readonly locale?: string;
  /** initializationOptions. */
  readonly options?: Record<string, unknown>;
  /** The `lontar` command to start (a bin.js), instead of the one bundled from the current sources (benchmarks compare builds with it). */
  readonly bin?: string;  /** More arguments after `lsp --stdio` (`--lang id`). */
  readonly args?: readonly string[];
  /** The server's locale variables (LC_ALL, LC_MESSAGES, LANG); unset unless given, so the host's own never leak into a test. */
  readonly localeEnv?: Readonly<Record<string, string>>;
  /** The client's capabilities (none unless given). */
  readonly capabilities?: ClientCapabilities;
}

/**
 * Starts `lontar lsp --stdio` (the command bundled from the sources, built once and shared by
 * the test files: packages/cli/test/support/bundled-bin.ts) as an async child process with `root` as the
 * workspace folder, and initializes it.
 */
export async function startSession(root: string, options: SessionOptions = {}): Promise<LspSession> {
  const env = { ...process.env };
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) delete env[name];
  const args = [options.bin ?? (await bundledBin()), "lsp", "--stdio", ...(options.args ?? [])];
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: "pipe", env: { ...env, ...options.localeEnv } });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const ended = new Promise<void>((resolve) => child.on("close", () => resolve()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const { published, waitFor } = listenForDiagnostics(connection);
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(root) }],
    capabilities: options.capabilities ?? {},
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    initializationOptions: { today: "2019-01-01", ...options.options },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = (file: string): string => pathToFileURL(path.join(root, file)).href;
  const text = (file: string): string => readFileSync(path.join(root, file), "utf8");
  return {
    pid: child.pid ?? 0,
    connection,
    published,
    uri,
    text,
    open(file, given) {
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(file), languageId: "lontar", version: 1, text: given ?? text(file) } });
      return uri(file);
    },
    change(file, version, newText) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(file), version }, contentChanges: [{ text: newText }] });
    },
    diagnostics: (file, version) => waitFor(uri(file), version, () => (child.exitCode !== null ? new Error(`server ended: ${stderr}`) : undefined)),
    async close() {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      await ended;
      connection.dispose();
    },
  };
}
