import { analyzeWorkspace, type AnalyzeResult, type Declaration, type FileNode, type SourceFile, type WorkspaceFileReader } from "@lontar/dsl";
import { LineStarts } from "./positions.js";
import { declarationsOf, walkNodes, type WalkedNode } from "./syntax-walk.js";

/** A declared name and the file that declares it. */
export interface DeclaredName {
  /** The declaration. */
  readonly declaration: Declaration;
  /** Its file (workspace-relative). */
  readonly path: string;
}

/**
 * One analysis of the workspace at one moment: the result of the language, the texts it
 * read, and indexes built on demand. Immutable; a new edit makes a new snapshot.
 */
export class Snapshot {
  /** Parsed files by workspace-relative path. */
  readonly files: ReadonlyMap<string, FileNode>;
  /** Each name's first declaration. */
  readonly symbols: ReadonlyMap<string, DeclaredName>;
  private readonly walked = new Map<string, WalkedNode[]>();
  private readonly lineStarts = new Map<string, LineStarts>();

  /** Analyzes `sources` (imports read through `readFile`). */
  constructor(
    /** Increases with every edit of the workspace. */
    readonly generation: number,
    /** The texts analyzed, by workspace-relative path. */
    readonly texts: ReadonlyMap<string, string>,
    /** What the language found. */
    readonly result: AnalyzeResult,
  ) {
    this.files = new Map(result.files.map((f) => [f.path, f]));
    const symbols = new Map<string, DeclaredName>();
    for (const file of result.files) for (const d of declarationsOf(file)) if (!symbols.has(d.name.text)) symbols.set(d.name.text, { declaration: d, path: file.path });
    this.symbols = symbols;
  }

  /** Every node of a file with a range (parents first), cached. */
  nodes(path: string): readonly WalkedNode[] {
    let nodes = this.walked.get(path);
    if (nodes === undefined) {
      const file = this.files.get(path);
      nodes = file === undefined ? [] : walkNodes(file);
      this.walked.set(path, nodes);
    }
    return nodes;
  }

  /** Line offsets of a file's text, cached. */
  lines(path: string): LineStarts {
    let lines = this.lineStarts.get(path);
    if (lines === undefined) {
      lines = new LineStarts(this.texts.get(path) ?? "");
      this.lineStarts.set(path, lines);
    }
    return lines;
  }
}

/** Analyzes the given sources as one workspace. */
export function analyzeSnapshot(generation: number, root: string, sources: readonly SourceFile[], readFile: WorkspaceFileReader | undefined): Snapshot {
  const result = analyzeWorkspace({ root, files: sources, ...(readFile === undefined ? {} : { readFile }) });
  const texts = new Map(sources.map((s) => [s.path, s.text]));
  return new Snapshot(generation, texts, result);
}
