import { fileSystemReason, suggestion, type Labels } from "@lontar/core";
import { quoteString } from "../syntax/ast-builder/values.js";
import { folderReading, hasEscapedBreak } from "./import-meant.js";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../semantics/report.js";

/** The most bytes read from one file: 10 MiB. Past it the file is refused (LON2106), never read whole. */
export const MAX_READ_BYTES = 10 * 1024 * 1024;

/** The kind of a file system entry that is not a regular file. */
export type SpecialFileKind = "folder" | "fifo" | "device" | "socket" | "other";

/**
 * Why a file was not read. `missing`: nothing there (LON2102); `outside`: its real path,
 * after resolving links, leaves the workspace root (LON2104); `special`: not a regular file
 * (LON2105); `too-large`: more than `limit` bytes (LON2106); `unreadable`: the system
 * refused (LON2107, with the error code such as `EACCES`, or `changed` for a file that changed while it was opened),
 * or the reader threw an error with no such code (`thrown`, the error's name and message: a reader's own bug shows).
 */
export type ReadRefusal =
  | {
      readonly refused: "missing";
      /**
       * The names of the `.lontar` files in the folder the file was looked for in, when the
       * reader can list it (a reader of the disk, inside the root): what the loader's "did
       * you mean" weighs when an import is misspelt and only the importing file was given.
       */
      readonly besides?: readonly string[];
    }
  | { readonly refused: "outside" }
  | { readonly refused: "special"; readonly kind: SpecialFileKind }
  | { readonly refused: "too-large"; readonly limit: number }
  | { readonly refused: "unreadable"; readonly reason: string; readonly thrown?: string };

/**
 * Reads a file for the workspace loader: its text, `undefined` when it does not exist, or a
 * {@link ReadRefusal} saying why it was not read. A reader may also throw; the loader
 * turns the error into a diagnostic (LON2107) that shows only the error's `code` when it has
 * one (`EACCES`), else its name and message, cut at 200 characters: the diagnostic goes to the
 * people who wrote the files, so a service whose reader's errors carry what they must not see
 * (an internal path, a connection string) catches them and returns a refusal, such as
 * `{ refused: "unreadable", reason: "EACCES" }`. It answers synchronously: a reader that returns
 * anything else (a Promise, from an async function or `fs/promises`) is a caller's mistake,
 * and the analysis throws a TypeError naming it.
 */
export type WorkspaceFileReader = (path: string) => string | undefined | ReadRefusal;

const SPECIAL_NAMES: Readonly<Record<SpecialFileKind, Labels>> = {
  folder: { en: "a folder", id: "folder" },
  fifo: { en: "a named pipe (FIFO)", id: "pipa bernama (FIFO)" },
  device: { en: "a device", id: "perangkat" },
  socket: { en: "a socket", id: "soket" },
  other: { en: "not a regular file", id: "bukan berkas biasa" },
};

/** What a name's bytes that are not UTF-8 become when read as text. */
const REPLACEMENT = "\uFFFD";

/** A byte count for people: `10 MB` for 10 MiB. */
function formatBytes(bytes: number): Labels {
  const megabytes = bytes / (1024 * 1024);
  return Number.isInteger(megabytes) ? { en: `${megabytes} MB`, id: `${megabytes} MB` } : { en: `${bytes} bytes`, id: `${bytes} bita` };
}

/**
 * The diagnostic for a file that was not read, placed at `range` of `file` (the import, or
 * the start of a file named directly). It names the file as written (`shown`, and for a
 * missing file the workspace path looked for), never where a link leads, so nothing of an
 * outside target is printed.
 */
export function refusalDiagnostic(refusal: ReadRefusal, shown: string, file: string, range: Range, lookedFor?: string): Diagnostic {
  switch (refusal.refused) {
    case "missing":
      // A name read from a folder with bytes that are not UTF-8 became `�`: no file has that name.
      if (shown.includes(REPLACEMENT)) return makeDiagnostic("LON2102.nameNotUtf8", { path: shown, renamed: shown.split("/").pop()?.replaceAll(REPLACEMENT, "_") ?? shown }, file, range);
      return lookedFor === undefined ? makeDiagnostic("LON2102.cannotFind", { path: shown }, file, range) : makeDiagnostic("LON2102.cannotFindLookedFor", { path: shown, lookedFor }, file, range);
    case "outside":
      return makeDiagnostic("LON2104.throughLink", { path: shown }, file, range);
    case "special": {
      const what = SPECIAL_NAMES[refusal.kind];
      return makeDiagnostic("LON2105.special", { path: shown, what }, file, range);
    }
    case "too-large":
      return makeDiagnostic("LON2106.tooLarge", { path: shown, limit: formatBytes(refusal.limit) }, file, range);
    case "unreadable":
      return makeDiagnostic("LON2107.cannotRead", { path: shown, reason: refusal.thrown === undefined ? readReason(refusal.reason) : { en: `the file reader threw ${refusal.thrown}`, id: `pembaca berkasnya melempar ${refusal.thrown}` } }, file, range);
  }
}

/**
 * LON2102 for an import of a file that is not there when another is, the one it most likely
 * meant (see `importMeant`): "did you mean `./mitra.lontar`?", with the import's text
 * rewritten as the fix; offered, not applied, unless `certain`.
 */
export function missingImportMeant(written: string, meant: string, file: string, range: Range, certain = true): Diagnostic {
  const text = quoteString(meant);
  const fix = suggestion("note.replaceWith", { text }, [{ location: { file, range }, text }], certain);
  // The message of a path's `\n` only for the file that reading names (helper-142: it came with a typo's fix, `data_new.lontar`).
  const reading = folderReading(written);
  if (hasEscapedBreak(written) && (meant === reading || meant === `${reading}.lontar`)) return makeDiagnostic("LON2102.breakInPath", { path: asWrittenInQuotes(written), meant }, file, range, { suggestions: [fix] });
  return makeDiagnostic("LON2102.cannotFindMeant", { path: written, meant }, file, range, { suggestions: [fix] });
}

/** An import's text as the planner wrote it between the quotes (`data\\new.lontar`), without its quotes. */
const asWrittenInQuotes = (written: string): string => quoteString(written).slice(1, -1);

/**
 * LON2102 for an import of a file that is not there, whose text holds a `\` before `n`, `r` or
 * `t` (`"data\tabel.lontar"`): that it wrote a line break or a tab, and the path with `/`, with
 * no fix (no file is there either way).
 */
export function missingBreakInPath(written: string, file: string, range: Range): Diagnostic {
  return makeDiagnostic("LON2102.breakInPathMissing", { path: asWrittenInQuotes(written), meant: folderReading(written) }, file, range);
}

/** A refusal's reason in words, with the system's code (`akses ditolak (EACCES)`); a sentence of the reader's own as it is. */
function readReason(reason: string): Labels | string {
  if (/^E[A-Z]+$/.test(reason)) {
    const words = fileSystemReason(reason);
    return { en: `${words.en} (${reason})`, id: `${words.id} (${reason})` };
  }
  return reason === "changed" ? fileSystemReason(reason) : reason;
}

/** Whether a reader's answer is a refusal rather than text or `undefined`. */
export function isRefusal(value: string | undefined | ReadRefusal): value is ReadRefusal {
  return typeof value === "object";
}

/** The most characters of a thrown error's message a diagnostic quotes. */
const MAX_THROWN_CHARS = 200;

/**
 * The refusal for an error thrown by a reader: `missing` for ENOENT/ENOTDIR, else `unreadable`
 * with its code; one with no code (a bug of the reader's: `TypeError: x is not a function`) is
 * quoted, name and message, on one line and cut at 200 characters.
 */
export function refusalOfError(error: unknown): ReadRefusal {
  const code = typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : undefined;
  if (code === "ENOENT" || code === "ENOTDIR") return { refused: "missing" };
  if (code === "EISDIR") return { refused: "special", kind: "folder" };
  if (code !== undefined) return { refused: "unreadable", reason: code };
  let said: string;
  try {
    said = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    said = "a value that cannot be shown";
  }
  const line = said.replace(/\s+/g, " ").trim();
  return { refused: "unreadable", reason: "read error", thrown: line.length > MAX_THROWN_CHARS ? `${line.slice(0, MAX_THROWN_CHARS)}…` : line };
}
