/**
 * Entry point of a planning worker thread (started by `planWorkspaceInParallel`): it
 * answers the main thread's prepare and solve messages. Not part of the public API.
 *
 * @packageDocumentation
 */
import { parentPort, workerData } from "node:worker_threads";
import { workerLoop } from "./parallel/worker-loop.js";
import type { ToWorker, WorkerSetup } from "./parallel/protocol.js";

const port = parentPort;
if (port !== null) {
  const handle = workerLoop(workerData as WorkerSetup, { postMessage: (message) => port.postMessage(message) });
  port.on("message", (message: ToWorker) => handle(message));
}
