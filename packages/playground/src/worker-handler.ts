import { checkFiles, icsOf, planOf, type CalendarRenderer } from "./run-analysis.js";
import type { WorkerRequest, WorkerResponse } from "./protocol.js";

/**
 * Answers one request (see the protocol): for `analyze`, the diagnostics first, then the
 * plan; for `export-ics`, the calendar. `now` measures each step (performance.now in a worker).
 * The worker's glue calls this (with the calendar renderer, when there is one); a test calls it directly.
 */
export function handleRequest(request: WorkerRequest, reply: (response: WorkerResponse) => void, now: () => number, renderCalendar?: CalendarRenderer): void {
  const started = now();
  const result = checkFiles(request.files);
  if (request.kind === "export-ics") {
    const { text, reason } = icsOf(result, request.lang);
    reply({ kind: "ics", id: request.id, text, reason });
    return;
  }
  reply({ kind: "diagnostics", id: request.id, diagnostics: result.diagnostics, elapsedMs: now() - started });
  const planning = now();
  reply({ kind: "plan", id: request.id, plan: planOf(result, request.lang, renderCalendar), elapsedMs: now() - planning });
}
