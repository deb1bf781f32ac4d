// The language server's web worker: @lontar/language-server's browser entry, over this
// worker's messages. The page's @codemirror/lsp-client talks to it (web/lsp/transport.ts).
import { startWorkerServer, type WorkerScope } from "@lontar/language-server/browser";

startWorkerServer(globalThis as unknown as WorkerScope);
