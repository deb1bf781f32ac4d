/**
 * What the browser-entry test loads, bundled for the browser (see worker-bundle.ts): the
 * server's worker entry, and a protocol client's browser transport for the page's side.
 */
export { startWorkerServer, type WorkerScope } from "../../src/browser.js";
export { SERVER_COMMANDS } from "../../src/server.js";
export {
  BrowserMessageReader,
  BrowserMessageWriter,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
} from "vscode-languageserver-protocol/browser";
