/**
 * `jum'at`, `Jum’at`: a word of the language written with an apostrophe inside it, as Indonesian
 * often spells `Jum'at`. The lexer has no token for the apostrophe, so the word would read as two
 * (`jum`, then the English `at`): it is one LON1001 at the whole word, the word without the
 * apostrophe its certain fix (`jumat`), and the grammar reads that word.
 */
import { createDiagnostic, suggestion } from "@lontar/core";
import type { IToken } from "chevrotain";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { WORDS } from "../keywords.js";
import { wordType } from "./written-tokens.js";

/** The apostrophes a keyboard or a word processor writes. */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", "\u2019", "\u2018", "`"]);

/**
 * The word joined across the apostrophe at `offset` of `text`, when the tokens on its two sides
 * touch it and together, lower case, are a word of the language: the token to read in their place
 * and the diagnostic. `index` is the index in `tokens` of the first token after `offset`.
 */
export function apostropheWord(text: string, tokens: readonly IToken[], index: number, offset: number, file: string): { readonly token: IToken; readonly diagnostic: Diagnostic } | undefined {
  if (!APOSTROPHES.has(text.charAt(offset))) return undefined;
  const [before, after] = [tokens[index - 1], tokens[index]];
  if (before === undefined || after === undefined || before.endOffset !== offset - 1 || after.startOffset !== offset + 1) return undefined;
  if (!/^[A-Za-z]+$/.test(before.image) || !/^[A-Za-z]+$/.test(after.image)) return undefined;
  const word = `${before.image}${after.image}`.toLowerCase();
  if (!WORDS.has(word)) return undefined;
  const type = wordType(word);
  const token: IToken = {
    image: word, startOffset: before.startOffset, startLine: before.startLine ?? 1, startColumn: before.startColumn ?? 1,
    endOffset: after.endOffset ?? offset + after.image.length, endLine: after.endLine ?? after.startLine ?? 1, endColumn: after.endColumn ?? 1,
    tokenType: type, tokenTypeIdx: type.tokenTypeIdx ?? before.tokenTypeIdx,
  };
  const start = { line: before.startLine ?? 1, column: before.startColumn ?? 1, offset: before.startOffset };
  const endOffset = (after.endOffset ?? offset + after.image.length) + 1;
  const location = { file, range: { start, end: { line: after.endLine ?? start.line, column: (after.endColumn ?? 0) + 1, offset: endOffset } } };
  const written = text.slice(before.startOffset, endOffset);
  const diagnostic = createDiagnostic("LON1001.apostrophe", { text: written, word }, location, { suggestions: [suggestion("note.replaceWith", { text: word }, [{ location, text: word }], true)] });
  return { token, diagnostic };
}
