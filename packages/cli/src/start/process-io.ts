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
    // A terminal that cannot move its cursor (TERM=dumb) would print each redraw of the bar as text.
    ...(process.env["TERM"] === "dumb" ? {} : { progressStream: process.stderr }),
    outputFailure: () => failure,
  };
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
