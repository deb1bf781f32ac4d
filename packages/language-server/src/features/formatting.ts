import { formatSource, parseFile, type FormatResult, type KeywordLanguage } from "@lontar/dsl";
import type { Range, TextEdit } from "vscode-languageserver";
import { LineStarts, rangesOverlap, toRange } from "../analysis/positions.js";

/** What formatting a document gives: its edits, and whether the formatter refused the file for its syntax errors (then no edit). */
export interface Formatting {
  /** The edits; none when the file is formatted already or was refused. */
  readonly edits: TextEdit[];
  /** Whether the file has syntax errors, so that the formatter left it as it was (the user is told: no edit alone says nothing). */
  readonly refused: boolean;
}

/** The formatting of a whole document: one edit replacing it (none when it is formatted), or refused for its syntax errors. */
export function formatWhole(text: string, path: string, lang?: KeywordLanguage): Formatting {
  return wholeFormatting(text, formatSource(text, path, lang === undefined ? {} : { language: lang }));
}

/** {@link formatWhole} of a formatter's result already made (a snapshot's cached one). */
export function wholeFormatting(text: string, formatted: FormatResult): Formatting {
  const refused = formatted.diagnostics.some((d) => d.severity === "error");
  if (formatted.text === text) return { edits: [], refused };
  const lines = new LineStarts(text);
  return { edits: [{ range: { start: { line: 0, character: 0 }, end: lines.position(text.length) }, newText: formatted.text }], refused };
}

/** The edit formatting a whole document (none when it is formatted or has syntax errors). */
export function formatDocument(text: string, path: string, lang?: KeywordLanguage): TextEdit[] {
  return formatWhole(text, path, lang).edits;
}

/**
 * The edits formatting the declarations a range touches: each enclosing item is replaced
 * by its formatted text. None when the file has syntax errors (refused, as {@link formatWhole}
 * refuses it) or the formatter changed the items' order (imports move first).
 */
export function formatRange(text: string, path: string, range: Range): Formatting {
  const formatted = formatSource(text, path);
  const refused = formatted.diagnostics.some((d) => d.severity === "error");
  if (formatted.text === text) return { edits: [], refused };
  const before = parseFile(text, path).file.items;
  const after = parseFile(formatted.text, path).file.items;
  if (before.length !== after.length || before.some((item, i) => item.kind !== after[i]?.kind)) return { edits: [], refused };
  const edits: TextEdit[] = [];
  before.forEach((item, i) => {
    const target = after[i];
    if (target === undefined || !rangesOverlap(toRange(item.range), range)) return;
    const newText = formatted.text.slice(target.range.start.offset, target.range.end.offset);
    if (newText !== text.slice(item.range.start.offset, item.range.end.offset)) edits.push({ range: toRange(item.range), newText });
  });
  return { edits, refused };
}
