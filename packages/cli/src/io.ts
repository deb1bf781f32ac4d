/**
 * Everything the CLI touches outside its arguments, passed in so that tests can run
 * `main` in-process and the binary stays a few lines.
 */
export interface CliIo {
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** The working directory paths are resolved against. */
  readonly cwd: string;
  /** Environment variables (NO_COLOR, FORCE_COLOR, …). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colour is off otherwise). */
  readonly stdoutIsTTY: boolean;
  /** Whether standard error is a terminal (the progress bar is off otherwise). */
  readonly stderrIsTTY: boolean;
  /** The stream the progress bar draws on; absent means no progress bar. */
  readonly progressStream?: NodeJS.WritableStream;
  /**
   * The first error writing stdout or stderr other than a reader gone away (EPIPE), such as a
   * full disk under `> lontar.sarif`: the output is incomplete and the run exits 2. Absent when
   * the writes cannot fail (tests capturing the output).
   */
  readonly outputFailure?: () => NodeJS.ErrnoException | undefined;
}

/** Exit codes, as in ESLint: findings are 1, everything that stopped the run is 2. */
export const ExitCode = {
  /** No errors (and warnings within --max-warnings). */
  Ok: 0,
  /** Errors found, or more warnings than --max-warnings. */
  Findings: 1,
  /** Bad usage, an unreadable file, an output that could not be written, or a bug in lontar. */
  Failure: 2,
} as const;

/** One of the values of {@link ExitCode}. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
