import { fileSystemReason, type Language } from "@lontar/core";
import { cliText } from "../text/render.js";
import { visibleText } from "../format/visible-text.js";

/**
 * A file system error (a folder that cannot be written, a disk that is full) in `language`:
 * the path, the reason from the CLI's message table, and Node's code.
 *
 * @example fileSystemMessage(eaccesError, "id") // "/srv/out: akses ditolak (EACCES)"
 */
export function fileSystemMessage(error: NodeJS.ErrnoException, language: Language): string {
  const code = error.code ?? "";
  const where = error.path ?? error.syscall ?? "";
  return cliText("input.fileSystem", { path: visibleText(where), reason: fileSystemReason(code)[language], code: code || "?" }, language);
}

/**
 * A failed write of the command's own output (stdout or stderr) in `language`: the reason and
 * Node's code, and that the output is incomplete.
 *
 * @example outputFailureMessage(enospcError, "en") // "cannot write the output: no space left on the device (ENOSPC); what was written is incomplete"
 */
export function outputFailureMessage(error: NodeJS.ErrnoException, language: Language): string {
  const code = error.code ?? "";
  return cliText("run.outputFailed", { reason: fileSystemReason(code)[language], code: code || "?" }, language);
}
