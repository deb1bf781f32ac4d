import { checkFiles, icsOf, planWithProblems, xlsxOf } from "./run-analysis.js";
import type { WorkerRequest, WorkerResponse } from "./protocol.js";

/**
 * Answers one request of the plan worker (see the protocol): for `plan`, the plan of the
 * files and what it finds; for `export-ics`, their calendar; for `export-xlsx`, their workbook (answered
 * when it is written, after any plan answered meanwhile). `now` measures the work
 * (performance.now in a worker). The worker's glue calls this; a test calls it directly.
 */
export function handleRequest(request: WorkerRequest, reply: (response: WorkerResponse) => void, now: () => number): void {
  const started = now();
  const result = checkFiles(request.files);
  if (request.kind === "export-ics") {
    const { text, reason } = icsOf(result, request.lang);
    reply({ kind: "ics", id: request.id, text, reason });
    return;
  }
  if (request.kind === "export-xlsx") {
    void xlsxOf(result, request.lang).then(
      ({ bytes, reason }) => reply({ kind: "xlsx", id: request.id, bytes, reason }),
      () => reply({ kind: "xlsx", id: request.id, bytes: undefined, reason: "failed" }),
    );
    return;
  }
  const { view, problems } = planWithProblems(result, request.lang);
  reply({ kind: "plan", id: request.id, plan: view, problems, elapsedMs: now() - started });
}
