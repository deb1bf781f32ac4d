import { LineIndex, type ProtocolRange } from "../text/line-index.js";

/**
 * A change to an open document, as an editor sends it: the whole new text, or a range
 * (0-based lines, UTF-16 columns: the editor protocol's terms) replaced by `text`.
 */
export type DocumentChange = { readonly text: string } | { readonly range: ProtocolRange; readonly text: string };

/** An open document: its workspace-relative path, version and text, with its line index. */
export interface OpenDocument {
  /** Workspace-relative path, forward slashes. */
  readonly path: string;
  /** The version the editor gave with its last change. */
  readonly version: number;
  /** The current text, as the editor gave it (a byte order mark kept: positions count it, as they count any character of the text). */
  readonly text: string;
  /** The text's line starts, for converting positions. */
  readonly lines: LineIndex;
}

/** Applies changes in order (each range refers to the text left by the changes before it). */
export function applyChanges(text: string, changes: readonly DocumentChange[]): string {
  let current = text;
  for (const change of changes) {
    if (!("range" in change) || change.range === undefined) {
      current = change.text;
      continue;
    }
    const offsets = new LineIndex(current).offsetsOf(change.range);
    // A range given end first is the same range, as LSP's text documents read it.
    const [start, end] = offsets.start <= offsets.end ? [offsets.start, offsets.end] : [offsets.end, offsets.start];
    current = current.slice(0, start) + change.text + current.slice(end);
  }
  return current;
}

/** An open document with a new version and text (frozen: the session hands it out and keeps it). */
export function openDocument(path: string, version: number, text: string): OpenDocument {
  return Object.freeze({ path, version, text, lines: new LineIndex(text) });
}
