import path from "node:path";
import { DIAGNOSTIC_CODES, WorkspaceSession, emptyWorkspace, type AnalyzeResult, type Diagnostic, type HorizonDates } from "@lontar/dsl";
import { containedFileReader } from "@lontar/dsl/node";
import { rebaseDiagnostic } from "../check/rebase.js";
import { workspaceRoot } from "../files/workspace-root.js";
import type { AgreementSpan, DiagnosticCodeTable } from "../format/context.js";
import { isDirectory } from "../files/path-kind.js";

/** What `lontar check` reports on. */
export interface Analysis {
  /** Every finding, with paths relative to the working directory. */
  readonly diagnostics: readonly Diagnostic[];
  /** The documentation of the codes. */
  readonly codes: DiagnosticCodeTable;
  /** The agreements of each file (keyed like `sources`), for JUnit. */
  readonly agreements: ReadonlyMap<string, readonly AgreementSpan[]>;
  /** The language's own result: parsed files and, when error-free, the core workspace. */
  readonly result: AnalyzeResult;
  /** Turns a workspace-relative path (as in `result`) into one relative to the working directory. */
  readonly toCwd: (file: string) => string;
}

/**
 * Analyzes the checked files as one workspace rooted at the folder that contains them all.
 * Imported files are read from disk only inside the root (links resolved, regular files,
 * size-capped: the dsl's contained reader) and added to `sources` (for code frames); a
 * refused file adds nothing. Paths in the result are relative to `cwd`, like the keys of
 * `sources`. `defaultHorizon` serves a workspace that declares no horizon (`plan --from … --to …`).
 */
export function analyzeFiles(cwd: string, args: readonly string[], sources: Map<string, string>, defaultHorizon?: HorizonDates): Analysis {
  const root = workspaceRoot(cwd, args, isDirectory);
  const fromCwd = (file: string): string => path.relative(cwd, path.resolve(root, file)) || file;
  const readContained = containedFileReader(root);
  // The same session an editor keeps open, used once: the files open, imports read through the contained reader.
  const session = new WorkspaceSession({
    root,
    ...(defaultHorizon === undefined ? {} : { defaultHorizon }),
    readFile: (file) => {
      const text = readContained(file);
      if (typeof text === "string") sources.set(path.relative(cwd, file), text);
      return text;
    },
  });
  for (const [file, text] of [...sources]) session.open(path.relative(root, path.resolve(cwd, file)).split(path.sep).join("/"), text, 1);
  const result = session.analyzeNow();
  const agreements = new Map<string, AgreementSpan[]>();
  for (const agreement of result.agreements) {
    const file = fromCwd(agreement.file);
    agreements.set(file, [...(agreements.get(file) ?? []), { name: agreement.id, range: agreement.range }]);
  }
  // A workspace that declares nothing would pass in silence: LON2006 says so (a folder given by mistake, a file emptied).
  const empty = emptyWorkspace(result.files, result.diagnostics);
  return {
    diagnostics: [...result.diagnostics, ...(empty === undefined ? [] : [empty])].map((diagnostic) => rebaseDiagnostic(diagnostic, fromCwd)),
    codes: DIAGNOSTIC_CODES,
    agreements,
    result,
    toCwd: fromCwd,
  };
}
