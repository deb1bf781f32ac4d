import { partOptions, preparePart, solvePart, type PartResult, type PreparedPart } from "../partition/plan-part.js";
import { partSize } from "../partition/part-budgets.js";
import type { FromWorker, ToWorker, WorkerSetup } from "./protocol.js";

/** Where a worker's messages go: `parentPort` on a worker thread, a function in tests. */
export interface WorkerPort {
  /** Sends a message to the main thread. */
  postMessage(message: FromWorker): void;
}

/** Results are sent in batches of about this many occurrences, so neither heap holds two copies of everything. */
const BATCH_OCCURRENCES = 50_000;

/**
 * The planning worker's side of the protocol: prepares the parts it is given (keeping
 * them), then solves them with the budgets it receives, sending progress and results
 * in batches. One expansion memo per worker.
 */
export function workerLoop(setup: WorkerSetup, port: WorkerPort): (message: ToWorker) => void {
  const options = partOptions(setup.horizon, setup.pinned, setup.maxOccurrences);
  const prepared = new Map<number, PreparedPart>();
  return (message) => {
    if (message.type === "prepare") {
      const sizes = message.parts.map(({ index, part }) => {
        const p = preparePart(part, options);
        prepared.set(index, p);
        return { index, size: partSize(p) };
      });
      port.postMessage({ type: "prepared", sizes });
      return;
    }
    let batch: { index: number; result: PartResult }[] = [];
    let size = 0;
    let unreported = 0;
    for (const { index, budget } of message.budgets) {
      const part = prepared.get(index);
      if (part === undefined) continue;
      prepared.delete(index);
      let seen = 0;
      const result = solvePart(part, {
        ...budget,
        onProgress: (done) => {
          unreported += done - seen;
          seen = done;
          if (unreported >= 10_000) {
            port.postMessage({ type: "progress", steps: unreported });
            unreported = 0;
          }
        },
      });
      batch.push({ index, result });
      size += result.planned.length + result.cancelled.length;
      if (size >= BATCH_OCCURRENCES) {
        port.postMessage({ type: "solved", results: batch });
        batch = [];
        size = 0;
      }
    }
    if (unreported > 0) port.postMessage({ type: "progress", steps: unreported });
    if (batch.length > 0) port.postMessage({ type: "solved", results: batch });
    port.postMessage({ type: "done" });
  };
}
