import { checkFiles, icsOf, planOf } from "./run-analysis.js";
import type { WorkerRequest, WorkerResponse } from "./protocol.js";

/**
 * Answers one request of the plan worker (see the protocol): for `plan`, the plan of the
 * files; for `export-ics`, their calendar. `now` measures the work (performance.now in a
 * worker). The worker's glue calls this; a test calls it directly.
 */
export function handleRequest(request: WorkerRequest, reply: (response: WorkerResponse) => void, now: () => number): void {
  const started = now();
  const result = checkFiles(request.files);
  if (request.kind === "export-ics") {
    const { text, reason } = icsOf(result, request.lang);
    reply({ kind: "ics", id: request.id, text, reason });
    return;
  }
  const plan = planOf(result, request.lang);
  reply({ kind: "plan", id: request.id, plan, elapsedMs: now() - started });
}
