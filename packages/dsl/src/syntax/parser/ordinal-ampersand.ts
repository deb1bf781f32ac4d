/**
 * `kamis kedua & keempat`, `the second && fourth thu`: a weekday's ordinals joined by `&` (no
 * token of the language: the lexer's error) or `&&` (a condition's operator), where Lontar
 * writes `dan` / `and`. One LON1106 at the sign, its fix the word (with the spaces it needs),
 * and the schedule read as if the word were written.
 */
import type { IToken } from "chevrotain";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { WORDS } from "../keywords.js";
import { keyword } from "../lexer/tokens.js";
import { notationDiagnostic } from "./notation.js";

/** A sign between two ordinals: the `and` token read in its place, and its LON1106. */
export interface OrdinalJoin {
  /** The `and` / `dan` keyword token standing over the sign (its image the word, its range the sign's). */
  readonly token: IToken;
  /** The LON1106 at the sign, whose certain fix writes the word. */
  readonly diagnostic: Diagnostic;
}

/** Where a sign stands: its offset, its length, its line and column (1-based), and the text it is in. */
export interface SignAt {
  /** The offset of its first character. */
  readonly offset: number;
  /** Its length: 1 (`&`) or 2 (`&&`). */
  readonly length: number;
  /** Its line. */
  readonly line: number;
  /** Its column. */
  readonly column: number;
}

const isOrdinal = (token: IToken | undefined): token is IToken => token?.tokenType.name === "Ordinal";

/**
 * The join of the sign at `sign` in `text` (a file at `path`) between the tokens `before` and
 * `after`, when both are ordinals on its line (`kedua & keempat`); undefined otherwise.
 *
 * @example ordinalJoin("kamis kedua & keempat", { offset: 12, length: 1, line: 1, column: 13 }, kedua, keempat, "a.lontar")?.token.image // "dan"
 */
export function ordinalJoin(text: string, sign: SignAt, before: IToken | undefined, after: IToken | undefined, path: string): OrdinalJoin | undefined {
  if (!isOrdinal(before) || !isOrdinal(after) || before.endLine !== sign.line || after.startLine !== sign.line) return undefined;
  const word = WORDS.get(before.image)?.lang === "en" ? "and" : "dan";
  const end = sign.offset + sign.length;
  const written = text.slice(sign.offset, end);
  const range = { start: { line: sign.line, column: sign.column, offset: sign.offset }, end: { line: sign.line, column: sign.column + sign.length, offset: end } };
  const lead = /\s/.test(text.charAt(sign.offset - 1)) ? "" : " ";
  const trail = /\s/.test(text.charAt(end)) ? "" : " ";
  const example = `${before.image} ${word} ${after.image}`;
  const diagnostic = notationDiagnostic({ kind: "ordinalAmpersand", text: written, fixed: word, example, range, lead, trail }, path);
  const type = keyword("And");
  const token: IToken = {
    image: word, startOffset: sign.offset, endOffset: end - 1, startLine: sign.line, endLine: sign.line, startColumn: sign.column, endColumn: sign.column + sign.length - 1,
    tokenType: type, tokenTypeIdx: type.tokenTypeIdx ?? 0,
  };
  return { token, diagnostic };
}
