// The playground's plan worker: the language's check and the planner, on the text the page
// sends (debounced); the language server has a worker of its own (web/lsp/worker.ts).
import { handleRequest } from "../src/worker-handler.js";
import type { WorkerRequest, WorkerResponse } from "../src/protocol.js";

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => {
  handleRequest(event.data, (response) => scope.postMessage(response), () => performance.now());
};
