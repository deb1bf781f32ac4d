/**
 * A string in curly quotes (`“Perpustakaan Kota”`), as a word processor or a phone types
 * them: the lexer reads it as the string it stands for (see `TypographicString`), and this
 * module makes its warning, LON1008, with the straight quotes as a certain fix.
 */
import type { IToken } from "chevrotain";
import { createDiagnostic, suggestion } from "@lontar/core";
import type { Diagnostic, Position } from "../../diagnostics/diagnostic.js";
import { endOf, startOf } from "../ast-builder/ranges.js";

const shifted = (p: Position, by: number): Position => ({ line: p.line, column: p.column + by, offset: p.offset + by });

/**
 * LON1008 at a curly-quoted string token (one line): its opening quote, and its closing one
 * unless straight, replaced by `"`. The fix is certain (preferred) when both quotes are curly;
 * with a straight closing quote the text may have been meant to go on.
 */
export function curlyQuotesDiagnostic(token: IToken, file: string): Diagnostic {
  const start = startOf(token);
  const end = endOf(token);
  const fixed = `"${token.image.slice(1, -1)}"`;
  // A quote typed over (`"text”`) opens straight already: only its closing quote is replaced.
  const edits = token.image.startsWith('"') ? [] : [{ location: { file, range: { start, end: shifted(start, 1) } }, text: '"' }];
  if (!token.image.endsWith('"')) edits.push({ location: { file, range: { start: shifted(end, -1), end } }, text: '"' });
  const certain = !token.image.endsWith('"');
  return createDiagnostic("LON1008.curlyQuotes", {}, { file, range: { start, end } }, { suggestions: [suggestion("note.replaceWith", { text: fixed }, edits, certain)] });
}
