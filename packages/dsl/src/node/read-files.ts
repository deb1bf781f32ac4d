import { readFileSync, statSync } from "node:fs";
import { createDiagnostic } from "@lontar/core";
import path from "node:path";
import { analyzeWorkspace, type AnalyzeResult } from "../workspace/analyze.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { refusalDiagnostic } from "../workspace/file-access.js";
import { compareDiagnostics } from "../semantics/report.js";
import { MAX_WORKSPACE_FILES, type SourceFile } from "../workspace/load.js";
import { findLontarFiles } from "./find-files.js";
import { containedFileReader } from "../workspace/read-contained.js";
import { decodeSourceBytes } from "../workspace/decode-text.js";
import { FILE_START } from "../workspace/given-files.js";
import { expectString } from "../text/caller-input.js";

/**
 * Reads a file as text (UTF-8, or UTF-16 with a byte order mark; the mark is dropped); undefined when it cannot be read (missing, a folder, no
 * permission). The `readFile` that {@link analyzeWorkspace} wants, from the disk.
 */
export function readTextFile(file: string): string | undefined {
  try {
    return decodeSourceBytes(readFileSync(file));
  } catch {
    return undefined;
  }
}

/**
 * The `.lontar` regular files under a folder (found by {@link findLontarFiles}: hidden
 * entries, `node_modules`, links and other files that are not regular skipped), read as
 * UTF-8, with paths relative to it (forward slashes, sorted); at most one more than
 * `MAX_WORKSPACE_FILES` (10,000) are read: a workspace of more is then LON2110 when
 * analyzed, not one with files silently left out. {@link analyzeFolder} reads the others too.
 */
export function readLontarFiles(root: string): SourceFile[] {
  return readFound(root, findLontarFiles(root, { maxFiles: MAX_WORKSPACE_FILES + 1 }).files);
}

function readFound(root: string, files: readonly string[]): SourceFile[] {
  return files.flatMap((file) => {
    const text = readTextFile(path.join(root, file));
    return text === undefined ? [] : [{ path: file, text }];
  });
}

/**
 * Analyzes every `.lontar` file under `root` as one workspace, reading imports from the
 * disk inside `root` only (see {@link containedFileReader}: links out of the root, special
 * files and oversized files are diagnostics, never read; so is an entry of the folder named
 * `.lontar` that is a FIFO or a link out of the root or to nothing). Diagnostics name files relative
 * to `root`. A `root` that is not there or not a folder is LON2108, not an empty workspace.
 * Never throws on user input.
 *
 * @example
 * const { workspace, diagnostics } = analyzeFolder("examples/watualang");
 * @throws TypeError when `root` is not a string (a caller's mistake).
 */
export function analyzeFolder(root: string): AnalyzeResult {
  expectString(root, "root", "analyzeFolder");
  const missing = folderProblem(root);
  if (missing !== undefined) return { diagnostics: [createDiagnostic(missing, { path: root }, { file: root, range: FILE_START })], files: [], agreements: [] };
  const found = findLontarFiles(root, { maxFiles: MAX_WORKSPACE_FILES + 1 });
  const readFile = containedFileReader(root);
  const files = readFound(root, found.files);
  // A FIFO, or a link out of the root or to nothing, named `.lontar` in the folder: a diagnostic, never left out unseen (the reader refuses it).
  const refused: Diagnostic[] = [];
  // (A link the walk saw leading out that leads inside by now is left out, as the walk leaves links that stay inside.)
  for (const file of found.notRegular ?? []) {
    const text = readFile(path.join(root, file));
    if (typeof text !== "string") refused.push(refusalDiagnostic(text ?? { refused: "missing" }, file, file, FILE_START));
  }
  const result = analyzeWorkspace({ root, files, readFile });
  if (refused.length === 0) return result;
  const { workspace, ...rest } = result;
  const failed = refused.some((d) => d.severity === "error");
  return { ...rest, ...(workspace === undefined || failed ? {} : { workspace }), diagnostics: [...result.diagnostics, ...refused].sort(compareDiagnostics) };
}

/** LON2108 when `root` is not there or not a folder: a mistyped path must not look like an empty, clean workspace. */
function folderProblem(root: string): "LON2108.notFound" | "LON2108.notFolder" | undefined {
  try {
    return statSync(root).isDirectory() ? undefined : "LON2108.notFolder";
  } catch {
    return "LON2108.notFound";
  }
}
