import { nextTurn } from "@lontar/dsl";

/** Runs a callback later, on the event loop. */
export type Defer = (run: () => void) => void;

/**
 * Two turns of the event loop: a message read in this turn is handled (vscode-jsonrpc
 * handles one message per turn) before the callback runs, without a timer's sleep.
 */
export const afterPendingMessages: Defer = (run) => {
  void nextTurn()
    .then(nextTurn)
    .then(run);
};

/** What a job does when it fails for another reason than being aborted. */
export type OnJobError = (error: unknown) => void;

/**
 * Runs only the latest of several requested jobs: each request aborts the one still
 * waiting, or still running, so a burst of edits is analyzed once, for its last version,
 * and a new edit stops the analysis of the previous one midway. The signal of the running
 * job is handed to it; an asynchronous job that rejects once aborted is done, not failed.
 */
export class LatestOnly {
  private pending: AbortController | undefined;

  /** Jobs run through `defer` ({@link afterPendingMessages} by default); failures go to `onError` (stderr by default). */
  constructor(
    private readonly defer: Defer = afterPendingMessages,
    private readonly onError: OnJobError = (error) => console.error(error),
  ) {}

  /** Requests `job`; an earlier request that has not finished is aborted (one not yet run never runs). */
  request(job: (signal: AbortSignal) => void | Promise<void>): void {
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    this.defer(() => {
      const { signal } = controller;
      if (signal.aborted) return;
      const running = job(signal);
      if (running instanceof Promise) running.catch((error: unknown) => (signal.aborted ? undefined : this.onError(error)));
    });
  }
}
