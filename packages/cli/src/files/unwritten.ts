import path from "node:path";
import { fileSystemReason, type Language } from "@lontar/core";
import { visibleText } from "../format/visible-text.js";
import { cliText } from "../text/render.js";
import { folderWords } from "../text/path-words.js";
import { writeFileAtomic } from "./atomic-write.js";

/** A file whose fixes could not be written (a folder the user may not write to), and why. */
export interface UnwrittenFile {
  /** The file, relative to the working directory. */
  readonly file: string;
  /** The file system's error. */
  readonly error: NodeJS.ErrnoException;
}

/** Whether `error` is the file system's (it has a code such as EACCES), not a bug. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}

/**
 * Writes `text` to `file` (relative to `cwd`) atomically. A file-system error (a folder the
 * user may not write to) goes to `unwritten` and gives false; any other error is thrown.
 */
export function tryWriteAtomic(cwd: string, file: string, text: string, unwritten: UnwrittenFile[]): boolean {
  try {
    writeFileAtomic(path.resolve(cwd, file), text);
    return true;
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    unwritten.push({ file, error });
    return false;
  }
}

/**
 * Why fixes (or formatting) could not be written, for stderr, after the report: the folder
 * refused, the system's reason, and what to do (copy the workspace where the user may write).
 */
export function unwrittenSummary(unwritten: readonly UnwrittenFile[], what: "fixes" | "formatted", language: Language): string {
  const [first] = unwritten;
  const code = first?.error.code ?? "";
  const folders = folderWords([...new Set(unwritten.map((u) => path.dirname(u.file)))]);
  const files = unwritten.map((u) => visibleText(u.file)).join(", ");
  const key = what === "fixes" ? "check.fixesNotWritten" : "fmt.notWritten";
  return `lontar: ${cliText(key, { files, folder: folders, reason: fileSystemReason(code)[language], code: code || "?" }, language)}`;
}
