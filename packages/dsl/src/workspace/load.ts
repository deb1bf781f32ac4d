import { numberLabels, suggestion } from "@lontar/core";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { FileNode, ImportNode } from "../syntax/ast.js";
import type { ImportEdge } from "../semantics/binder/import-cycles.js";
import { hostPathOf, resolveImport } from "../semantics/binder/import-path.js";
import { makeDiagnostic } from "../semantics/report.js";
import { described } from "../text/caller-input.js";
import { FILE_START, givenFiles } from "./given-files.js";
import { besidePaths, hasEscapedBreak, importMeant, importWithOtherWords } from "./import-meant.js";
import { isRefusal, missingBreakInPath, missingImportMeant, refusalDiagnostic, refusalOfError, type ReadRefusal, type WorkspaceFileReader } from "./file-access.js";

/** A source file: its path and text. */
export interface SourceFile {
  /** Path, absolute or relative to the workspace root. */
  readonly path: string;
  /** The file's text; positions are those of this string (a byte order mark at its start counts as one unit). */
  readonly text: string;
}

/** A parser: text and path in, a file node and syntax diagnostics out. */
export type ParseFunction = (text: string, path: string) => { readonly file: FileNode; readonly diagnostics: readonly Diagnostic[] };

/** The files of a workspace after following imports. */
export interface LoadedWorkspace {
  /** Parsed files in load order (given files first, then imports breadth-first). */
  readonly files: readonly FileNode[];
  /** Resolved imports. */
  readonly edges: readonly ImportEdge[];
}

/** A workspace never loads more files than this, whatever its imports say. */
export const MAX_WORKSPACE_FILES = 10_000;

/**
 * Parses the given files and follows their imports through `readFile` (called with the
 * root joined to the workspace-relative path). Paths become workspace-relative with
 * forward slashes; positions are those of each text as given or read (a byte order mark
 * is a character like any other). LON2109 for a path given twice (see {@link givenFiles}), LON2101 for an import
 * leaving the root, LON2102 for a missing file, and LON2104–LON2107 when the reader
 * refuses one (see {@link ReadRefusal}); a reader that throws is reported the same way,
 * never rethrown. Past {@link MAX_WORKSPACE_FILES} files, LON2110 at the first not loaded. Each file is loaded once (a visited set), so cyclic imports cannot loop.
 */
export function loadWorkspace(
  root: string,
  given: readonly SourceFile[],
  readFile: WorkspaceFileReader | undefined,
  parse: ParseFunction,
  diagnostics: Diagnostic[],
): LoadedWorkspace {
  const { texts, paths: queue } = givenFiles(root, given, diagnostics);
  const files: FileNode[] = [];
  const edges: ImportEdge[] = [];
  const queued = new Set(queue);
  for (let index = 0; index < queue.length && index < MAX_WORKSPACE_FILES; index++) {
    const path = queue[index] ?? "";
    const text = texts.get(path) ?? "";
    const parsed = parse(text, path);
    // One by one: a spread of a huge list would overflow the stack.
    for (const diagnostic of parsed.diagnostics) diagnostics.push(diagnostic);
    files.push(parsed.file);
    for (const item of parsed.file.items) {
      if (item.kind !== "Import") continue;
      const target = resolveImport(path, item.path.value);
      if (!target.ok) {
        diagnostics.push(target.reason === "importerOutside" ? makeDiagnostic("LON2101.importerOutside", { path: item.path.value, file: path }, path, item.path.range) : makeDiagnostic("LON2101.outsideRoot", { path: item.path.value }, path, item.path.range));
        continue;
      }
      // A file named with its accents composed one way and imported with them composed the other (`désa` saved on a Mac, NFD):
      // the same name to a reader, and to the file systems that compare names so; read as the file it is (an SDK walk).
      let targetPath = target.path;
      let read = texts.has(targetPath) ? undefined : readImport(readFile, hostPathOf(root, targetPath));
      const other = read !== undefined && isRefusal(read) && read.refused === "missing" ? otherComposition(targetPath, (candidate) => texts.has(candidate) || typeof readImport(readFile, hostPathOf(root, candidate)) === "string") : undefined;
      if (other !== undefined) {
        targetPath = other;
        read = texts.has(other) ? undefined : readImport(readFile, hostPathOf(root, other));
      }
      if (read !== undefined) {
        if (isRefusal(read)) {
          // Each candidate read at most once, though both the reading and the check of a listed name ask (below).
          const reads = new Map<string, boolean>();
          const exists = (candidate: string): boolean => {
            if (texts.has(candidate)) return true;
            let readsAsText = reads.get(candidate);
            if (readsAsText === undefined) reads.set(candidate, (readsAsText = typeof readImport(readFile, hostPathOf(root, candidate)) === "string"));
            return readsAsText;
          };
          // The files given, and those the reader saw beside the missing one (`lontar check main.lontar` gives one file).
          // Once each: a file both given and listed counted twice as "two near names", and none was offered (`lontar check .`, found on a fresh clone).
          const known = read.refused === "missing" ? [...new Set([...texts.keys(), ...besidePaths(target.path, read.besides)])] : [];
          const meant = read.refused === "missing" ? importMeant(item.path.value, target.path, exists, known) : undefined;
          // A name with words added or left out (`kesepakatan mou.lontar` for kesepakatan.lontar): offered, not applied.
          const offered = read.refused === "missing" && meant === undefined ? importWithOtherWords(item.path.value, target.path, known) : undefined;
          // A file named from a reader's listing is offered only when it reads (a listing may name a file that does not: a review of stop 58).
          const readable = (text: string | undefined): string | undefined => {
            const at = text === undefined ? undefined : resolveImport(path, text);
            return at === undefined || !at.ok || exists(at.path) ? text : undefined;
          };
          const found = readable(meant) ?? readable(offered);
          const breaks = read.refused === "missing" && hasEscapedBreak(item.path.value);
          const refused = refusalDiagnostic(read, item.path.value, path, item.path.range, target.path);
          // A file deleted or never written: taking the import out is a way on (offered, never applied), as an editor's quick fix.
          diagnostics.push(found !== undefined ? missingImportMeant(item.path.value, found, path, item.path.range, found === meant) : breaks ? missingBreakInPath(item.path.value, path, item.path.range) : read.refused === "missing" ? withImportRemoval(refused, item, text, path) : refused);
          continue;
        }
        texts.set(targetPath, read);
      }
      edges.push({ from: path, to: targetPath, node: item });
      if (!queued.has(targetPath)) {
        queued.add(targetPath);
        queue.push(targetPath);
      }
    }
  }
  // More files than one analysis loads (given, or found through imports): said, never dropped without a word.
  const first = queue[MAX_WORKSPACE_FILES];
  if (first !== undefined) diagnostics.push(makeDiagnostic("LON2110.tooMany", { limit: numberLabels(MAX_WORKSPACE_FILES), path: first }, first, FILE_START));
  return { files, edges };
}

/** `diagnostic` with one more suggestion, not certain: delete the import's line (`item`, in `text` of `file`), its line break with it. */
function withImportRemoval(diagnostic: Diagnostic, item: ImportNode, text: string, file: string): Diagnostic {
  const start = item.range.start;
  const lineEnd = text.indexOf("\n", item.range.end.offset);
  const end = lineEnd === -1 ? item.range.end : { line: item.range.end.line + 1, column: 1, offset: lineEnd + 1 };
  const removal = suggestion("note.removeImport", {}, [{ location: { file, range: { start, end } }, text: "" }], false);
  return { ...diagnostic, suggestions: [...diagnostic.suggestions, removal] };
}

/**
 * `path` with its accented letters composed the other way (NFC ↔ NFD) when that path names a
 * file (`exists`) and `path` itself does not; undefined when the path has nothing to
 * compose, or no such file is there.
 */
function otherComposition(path: string, exists: (candidate: string) => boolean): string | undefined {
  for (const form of ["NFC", "NFD"] as const) {
    const other = path.normalize(form);
    if (other !== path && exists(other)) return other;
  }
  return undefined;
}

function readImport(readFile: WorkspaceFileReader | undefined, path: string): string | ReadRefusal {
  if (readFile === undefined) return { refused: "missing" };
  let read: unknown;
  try {
    read = readFile(path);
  } catch (error) {
    return refusalOfError(error);
  }
  if (read === undefined) return { refused: "missing" };
  if (typeof read === "string" || isReadRefusal(read)) return read;
  // A reader from `fs/promises` (or any async function) returned a Promise, read as a refusal of no kind: a TypeError deep in the loader.
  // A Buffer (`readFileSync(path)` without "utf8") is named with how to decode it.
  const what = read instanceof Promise ? "a Promise (readFile must be synchronous)" : read === null ? "null" : read instanceof Uint8Array ? described(read) : typeof read;
  throw new TypeError(`readFile must return the file's text, undefined or a refusal; it returned ${what} for ${path}`);
}

const REFUSALS: ReadonlySet<unknown> = new Set<ReadRefusal["refused"]>(["missing", "outside", "special", "too-large", "unreadable"]);

function isReadRefusal(value: unknown): value is ReadRefusal {
  return typeof value === "object" && value !== null && REFUSALS.has((value as { refused?: unknown }).refused);
}
