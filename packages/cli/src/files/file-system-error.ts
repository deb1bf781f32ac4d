import type { Language } from "@lontar/core";
import { CLI_MESSAGES } from "../text/messages.js";
import { cliText, type CliMessageKey } from "../text/render.js";
import { visibleText } from "../format/visible-text.js";

// The codes with a reason of their own are the message table's `reason.<CODE>` entries.
const hasReason = (code: string): boolean => Object.hasOwn(CLI_MESSAGES, `reason.${code}`);

/**
 * A file system error (a folder that cannot be written, a disk that is full) in `language`:
 * the path, the reason from the CLI's message table, and Node's code.
 *
 * @example fileSystemMessage(eaccesError, "id") // "/srv/out: akses ditolak (EACCES)"
 */
export function fileSystemMessage(error: NodeJS.ErrnoException, language: Language): string {
  const code = error.code ?? "";
  const reason = (code !== "" && hasReason(code) ? `reason.${code}` : "reason.other") as CliMessageKey & `reason.${string}`;
  const where = error.path ?? error.syscall ?? "";
  return cliText("input.fileSystem", { path: visibleText(where), reason: cliText(reason, {}, language), code: code || "?" }, language);
}
