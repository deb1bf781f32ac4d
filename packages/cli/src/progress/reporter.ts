import cliProgress from "cli-progress";

/** Reports progress of a long run (planning a province, formatting many files). */
export interface ProgressReporter {
  /** Starts a run of `total` steps described by `label`. */
  start(total: number, label: string): void;
  /** Marks `done` steps as finished. */
  update(done: number): void;
  /** Ends the run and clears the bar. */
  stop(): void;
}

/** A reporter that shows nothing: for pipes, CI logs and tests. */
export const SILENT_PROGRESS: ProgressReporter = { start() {}, update() {}, stop() {} };

/**
 * A progress bar on `stream` when it is a terminal, otherwise {@link SILENT_PROGRESS}, so
 * logs and redirected output never contain bar redraws.
 */
export function createProgressReporter(stream: NodeJS.WritableStream | undefined, isTTY: boolean): ProgressReporter {
  if (stream === undefined || !isTTY) return SILENT_PROGRESS;
  const bar = new cliProgress.SingleBar(
    { stream, format: "{label} [{bar}] {value}/{total}", clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    start(total, label) {
      bar.start(total, 0, { label });
      running = true;
    },
    update(done) {
      if (running) bar.update(done);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
