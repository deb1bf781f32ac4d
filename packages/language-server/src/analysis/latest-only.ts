/** Runs a callback later, on the event loop. */
export type Defer = (run: () => void) => void;

/**
 * Runs only the latest of several requested jobs: each request aborts the one still
 * waiting, so a burst of edits is analyzed once, for its last version. The signal of the
 * running job is handed to it, for work that can stop midway.
 */
export class LatestOnly {
  private pending: AbortController | undefined;

  /** Jobs run through `defer` (a zero timeout by default). */
  constructor(private readonly defer: Defer = (run) => setTimeout(run, 0)) {}

  /** Requests `job`; an earlier request that has not run yet is aborted and never runs. */
  request(job: (signal: AbortSignal) => void): void {
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    this.defer(() => {
      if (!controller.signal.aborted) job(controller.signal);
    });
  }
}
