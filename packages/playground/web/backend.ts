import type { PlaygroundBackend, WorkerResponse } from "../src/protocol.js";

/** The plan worker (web/worker.ts) behind the playground's backend interface. */
export function createWorkerBackend(): PlaygroundBackend {
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "lontar-planner" });
  let listener: (response: WorkerResponse) => void = () => undefined;
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => listener(event.data);
  return {
    post: (request) => worker.postMessage(request),
    onResponse: (next) => {
      listener = next;
    },
    dispose: () => worker.terminate(),
  };
}
