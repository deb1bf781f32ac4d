import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../semantics/report.js";
import type { SourceFile } from "./load.js";
import { workspacePath } from "./workspace-path.js";

/** The start of a file: where a problem with the whole file is reported (the folder reader's too). */
export const FILE_START = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } as const;

/** The files given to an analysis, each once: their texts by workspace path, and the paths in the order given. */
export interface GivenFiles {
  /** Each file's text as given (a byte order mark kept: positions are those of the caller's string), by workspace-relative path. */
  readonly texts: Map<string, string>;
  /** The workspace-relative paths, in the order given, each once. */
  readonly paths: string[];
}

/**
 * The given files by workspace-relative path (forward slashes), texts as given. A path given again, as written or after it is made relative to the root
 * (`./a.lontar` and `a.lontar`), is LON2109 at the start of that file, naming both
 * entries of `given`: only the first is analyzed, never one silently in place of the other.
 */
export function givenFiles(root: string, given: readonly SourceFile[], diagnostics: Diagnostic[]): GivenFiles {
  const texts = new Map<string, string>();
  const paths: string[] = [];
  const firstIndex = new Map<string, number>();
  given.forEach((source, index) => {
    const path = workspacePath(root, source.path);
    const first = firstIndex.get(path);
    if (first !== undefined) {
      diagnostics.push(makeDiagnostic("LON2109.givenTwice", { path, index, first }, path, FILE_START));
      return;
    }
    firstIndex.set(path, index);
    paths.push(path);
    texts.set(path, source.text);
  });
  return { texts, paths };
}
