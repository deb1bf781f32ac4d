import type { Writable } from "node:stream";
import type { CliIo } from "../io.js";

/** The running process's streams, folder and environment, as `main` takes them. */
export function processIo(): CliIo {
  let failure: NodeJS.ErrnoException | undefined;
  const fail = (error: NodeJS.ErrnoException): void => {
    failure ??= error;
  };
  const stdout = closableWriter(process.stdout, fail);
  const stderr = closableWriter(process.stderr, fail);
  // A write that fails after `main` last looked (a stream that reports late) still makes the run's exit code 2.
  process.once("exit", () => {
    if (failure !== undefined) process.exitCode = 2;
  });
  return {
    stdout,
    stderr,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(showsProgress(process.env) ? { progressStream: process.stderr } : {}),
    outputFailure: () => failure,
  };
}

/**
 * Whether a progress bar may be drawn on a terminal in `env`: not where a terminal cannot move
 * its cursor (TERM=dumb), which would print each redraw of the bar as text, nor in CI (`CI` set,
 * as GitHub Actions, GitLab CI and most servers set it, but not `false` or `0`), whose runner may
 * give the job a pseudo-terminal and keeps each redraw in the job's log.
 *
 * @example showsProgress({ CI: "true" }) // false
 */
export function showsProgress(env: NodeJS.ProcessEnv): boolean {
  const ci = env["CI"];
  return env["TERM"] !== "dumb" && (ci === undefined || ci === "" || ci === "false" || ci === "0");
}

/**
 * Writes to `stream` until its reader goes away (`lontar fmt . | head -5`: EPIPE), then drops
 * what is left, so that the command finishes its work and exits with its own code instead of
 * dying on an unhandled stream error. Any other error of the stream (a full disk under
 * `> lontar.sarif`: ENOSPC) stops the writing too and goes to `onFailure`, which throws it
 * unless told otherwise.
 */
export function closableWriter(
  stream: Writable,
  onFailure: (error: NodeJS.ErrnoException) => void = (error) => {
    throw error;
  },
): (text: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code !== "EPIPE") onFailure(error);
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
