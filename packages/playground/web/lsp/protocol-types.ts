// The few Language Server Protocol shapes the page reads (3.17/3.18), kept local: the page
// only passes them between the server and the editor.

/** A position in a document: zero-based line and UTF-16 column. */
export interface LspPosition {
  readonly line: number;
  readonly character: number;
}

/** A range in a document. */
export interface LspRange {
  readonly start: LspPosition;
  readonly end: LspPosition;
}

/** A text edit. */
export interface LspTextEdit {
  readonly range: LspRange;
  readonly newText: string;
}

/** The edits of a workspace edit, by document URI (the server sends `changes`). */
export interface LspWorkspaceEdit {
  readonly changes?: Readonly<Record<string, readonly LspTextEdit[]>>;
}

/** A diagnostic as the server publishes it; `data.suggestions` holds the language's fixes. */
export interface LspDiagnostic {
  readonly range: LspRange;
  readonly severity?: number;
  readonly code?: string | number;
  readonly message: string;
  readonly data?: unknown;
}

/** `textDocument/publishDiagnostics`. */
export interface PublishDiagnosticsParams {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: readonly LspDiagnostic[];
}

/** A code action as the server answers `textDocument/codeAction`. */
export interface LspCodeAction {
  readonly title: string;
  readonly kind?: string;
  readonly edit?: LspWorkspaceEdit;
}

/** The titles of a diagnostic's suggestions that carry edits (the server's quick fixes, in its order). */
export function fixTitles(diagnostic: LspDiagnostic): string[] {
  const data = diagnostic.data;
  if (typeof data !== "object" || data === null) return [];
  const suggestions = (data as { suggestions?: unknown }).suggestions;
  if (!Array.isArray(suggestions)) return [];
  return suggestions.flatMap((s: unknown) => {
    if (typeof s !== "object" || s === null) return [];
    const { message, edits } = s as { message?: unknown; edits?: unknown };
    return typeof message === "string" && Array.isArray(edits) && edits.length > 0 ? [message] : [];
  });
}
