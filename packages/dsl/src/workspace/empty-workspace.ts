/**
 * LON2006: a workspace whose files declare nothing (every file empty, or comments and imports
 * alone). `lontar check` says nothing of a clean workspace, so without it a folder given by
 * mistake, or a file emptied by a bad merge, passed a CI check in silence. The checker adds it,
 * not the analysis: an editor's new file, or the playground's new workspace, is empty on purpose.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../semantics/report.js";
import type { FileNode } from "../syntax/ast.js";

/**
 * The warning for `files` when none holds anything but imports (a horizon alone is something:
 * a snippet that sets it) and nothing else was found (`found`: a file with errors says why itself), at the start of the
 * first file; undefined otherwise.
 *
 * @example emptyWorkspace(analyzeWorkspace(input).files, analyzeWorkspace(input).diagnostics)?.code // "LON2006"
 */
export function emptyWorkspace(files: readonly FileNode[], found: readonly Diagnostic[]): Diagnostic | undefined {
  const [first] = files;
  if (first === undefined || found.length > 0) return undefined;
  for (const file of files) for (const item of file.items) if (item.kind !== "Import") return undefined;
  const start = { line: 1, column: 1, offset: 0 };
  return makeDiagnostic("LON2006.nothingDeclared", { count: files.length }, first.path, { start, end: start });
}
