import { formatSource, type AnalyzeResult, type Declaration, type Diagnostic, type FileNode, type FormatResult, type KeywordLanguage, type WorkspaceSession } from "@lontar/dsl";
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
 * The workspace at one generation (one moment between edits), read from the
 * {@link WorkspaceSession}: parsed files, texts and names are cheap (the session re-parses
 * only what changed); the whole analysis (schedules, compilation, core's validation) is
 * computed on first use. A snapshot is only valid until the next edit: the server makes a
 * new one for each generation.
 */
export class Snapshot {
  private filesByPath: ReadonlyMap<string, FileNode> | undefined;
  private symbolTable: ReadonlyMap<string, DeclaredName> | undefined;
  private textsByPath: ReadonlyMap<string, string> | undefined;
  private readonly walked = new Map<string, WalkedNode[]>();
  private readonly lineStarts = new Map<string, LineStarts>();
  private readonly formattedTexts = new Map<string, FormatResult>();

  /** The snapshot of `session`'s current texts. */
  constructor(
    /** Increases with every edit of the workspace. */
    readonly generation: number,
    private readonly session: WorkspaceSession,
  ) {}

  /** Parsed files by workspace-relative path. */
  get files(): ReadonlyMap<string, FileNode> {
    this.filesByPath ??= new Map(this.session.files().map((f) => [f.path, f]));
    return this.filesByPath;
  }

  /** Each name's first declaration. */
  get symbols(): ReadonlyMap<string, DeclaredName> {
    if (this.symbolTable === undefined) {
      const symbols = new Map<string, DeclaredName>();
      for (const file of this.session.files()) for (const d of declarationsOf(file)) if (!symbols.has(d.name.text)) symbols.set(d.name.text, { declaration: d, path: file.path });
      this.symbolTable = symbols;
    }
    return this.symbolTable;
  }

  /** The texts of the workspace's documents, by workspace-relative path. */
  get texts(): ReadonlyMap<string, string> {
    this.textsByPath ??= new Map(this.session.documents().map((d) => [d.path, d.text]));
    return this.textsByPath;
  }

  /** The whole analysis (computed now if the background analysis has not finished it yet). */
  get result(): AnalyzeResult {
    return this.session.analyzeNow();
  }

  /** A file's fast diagnostics: everything but schedules, workspace-wide checks and core's validation. */
  fastDiagnostics(path: string): readonly Diagnostic[] {
    return this.session.fastDiagnostics(path);
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

  /** A document's text formatted with every keyword in `lang` (the formatter's result), cached. */
  formatted(path: string, lang: KeywordLanguage): FormatResult {
    const key = `${lang}\u0000${path}`;
    let formatted = this.formattedTexts.get(key);
    if (formatted === undefined) {
      formatted = formatSource(this.texts.get(path) ?? "", path, { language: lang });
      this.formattedTexts.set(key, formatted);
    }
    return formatted;
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
