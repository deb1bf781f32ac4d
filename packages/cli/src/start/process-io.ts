import type { Writable } from "node:stream";
import type { CliIo } from "../io.js";

/** The running process's streams, folder and environment, as `main` takes them. */
export function processIo(): CliIo {
  const stdout = closableWriter(process.stdout);
  const stderr = closableWriter(process.stderr);
  return {
    stdout,
    stderr,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    // A terminal that cannot move its cursor (TERM=dumb) would print each redraw of the bar as text.
    ...(process.env["TERM"] === "dumb" ? {} : { progressStream: process.stderr }),
  };
}

/**
 * Writes to `stream` until its reader goes away (`lontar fmt . | head -5`: EPIPE), then drops
 * what is left, so that the command finishes its work and exits with its own code instead of
 * dying on an unhandled stream error. Any other error of the stream is thrown, as before.
 */
export function closableWriter(stream: Writable): (text: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
