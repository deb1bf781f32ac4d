/**
 * @lontar/language-server/browser — the same server in a web worker, over the worker's
 * messages (the docs playground). The workspace is the documents the editor opens.
 *
 * @packageDocumentation
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from "vscode-languageserver/browser";
import { DOCUMENTS_ONLY_HOST } from "./analysis/host.js";
import { startLontarServer } from "./server.js";

/** The worker's global scope, as far as the server uses it. */
export type WorkerScope = ConstructorParameters<typeof BrowserMessageReader>[0];

/**
 * Starts the server in a web worker. In the worker's script:
 * `startWorkerServer(self)`; on the page, connect a language client to the worker.
 */
export function startWorkerServer(scope: WorkerScope): void {
  const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
  startLontarServer(connection, DOCUMENTS_ONLY_HOST);
}
