/**
 * `kamis kedua & keempat`, `the second && fourth thu`: a weekday's ordinals joined by `&` (no
 * token of the language: the lexer's error) or `&&` (a condition's operator), where Lontar
 * writes `dan` / `and`. One LON1106 at the sign, its fix the word (with the spaces it needs),
 * and the schedule read as if the word were written. So too an agreement's parties (`antara
 * perpus & unsoed`: `dan`). Ordinals written with digits
 * (`ke-2 & ke-4`, `2nd & 4th`) are joined alike (their digits are their own mistakes), and two
 * days (`selasa & kamis`) by the `,` Lontar lists days with.
 */
import type { IToken, TokenType } from "chevrotain";
import type { Diagnostic, Range } from "../../diagnostics/diagnostic.js";
import type { KeywordLanguage } from "../ast.js";
import { spellOrdinal, WORDS } from "../keywords.js";
import { Comma, keyword } from "../lexer/tokens.js";
import { notationDiagnostic } from "./notation.js";
import { dayName, isNameWord } from "./written-tokens.js";
import { keywordLanguage } from "../keyword-language.js";

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

/** An ordinal written with digits that ends right before a sign (`ke-2`, `ke 2`, `2nd`), and one that starts right after it. */
const DIGITS_BEFORE = /(?:\bke[- ]?\d{1,2}|\b\d{1,2}(?:st|nd|rd|th))\s*$/i;
const DIGITS_AFTER = /^\s*(?:ke[- ]?\d{1,2}|\d{1,2}(?:st|nd|rd|th))\b/i;
/** How far around a sign the digits of an ordinal are looked for. */
const AROUND = 8;

/** The ordinal on one side of the sign as Lontar writes it: its word, written or read from its digits (`ke-2`: `kedua`, `4th`: `fourth`). */
function writtenOrdinal(text: string, sign: SignAt, token: IToken, side: "before" | "after", lang: KeywordLanguage): string {
  if (token.tokenType.name === "Ordinal") return token.image;
  const end = sign.offset + sign.length;
  const around = side === "before" ? DIGITS_BEFORE.exec(text.slice(Math.max(0, sign.offset - AROUND), sign.offset)) : DIGITS_AFTER.exec(text.slice(end, end + AROUND));
  const digits = around === null ? undefined : /\d{1,2}/.exec(around[0])?.[0];
  return digits === undefined ? token.image : spellOrdinal(Number(digits), lang);
}

/** Whether the sign at `sign` stands between two ordinals, in words or in digits. */
function betweenOrdinals(text: string, sign: SignAt, before: IToken | undefined, after: IToken | undefined): boolean {
  const end = sign.offset + sign.length;
  const left = isOrdinal(before) || DIGITS_BEFORE.test(text.slice(Math.max(0, sign.offset - AROUND), sign.offset));
  const right = isOrdinal(after) || DIGITS_AFTER.test(text.slice(end, end + AROUND));
  return left && right;
}

/**
 * The join of the sign at `sign` in `text` (a file at `path`) between the tokens `before` and
 * `after`, when both are ordinals on its line (`kedua & keempat`), or an agreement's two parties
 * after `antara` / `between` (`twoBefore`, given only when it starts its line: `antara perpusda & unsoed`); undefined otherwise.
 *
 * @example ordinalJoin("kamis kedua & keempat", { offset: 12, length: 1, line: 1, column: 13 }, kedua, keempat, "a.lontar")?.token.image // "dan"
 */
export function ordinalJoin(text: string, sign: SignAt, before: IToken | undefined, after: IToken | undefined, path: string, twoBefore?: IToken): OrdinalJoin | undefined {
  if (before === undefined || after === undefined || before.endLine !== sign.line || after.startLine !== sign.line) return undefined;
  if (twoBefore?.tokenType === keyword("Between") && isNameWord(before) && isNameWord(after)) return partiesJoin(text, sign, twoBefore, before, after, path);
  const days = dayName(before) !== undefined && dayName(after) !== undefined;
  if (!days && !betweenOrdinals(text, sign, before, after)) return undefined;
  const english = WORDS.get(before.image.toLowerCase())?.lang === "en" || /\d(?:st|nd|rd|th)\s*$/i.test(text.slice(Math.max(0, sign.offset - AROUND), sign.offset));
  const word = days ? "," : english ? "and" : "dan";
  const end = sign.offset + sign.length;
  const written = text.slice(sign.offset, end);
  const range = signRange(sign);
  // Two days: the space before the sign goes with it (`selasa & kamis` → `selasa, kamis`).
  const spaced = days && /\s/.test(text.charAt(sign.offset - 1)) ? { start: { line: sign.line, column: sign.column - 1, offset: sign.offset - 1 }, end: range.end } : undefined;
  const example = days ? `${before.image.toLowerCase()}, ${after.image.toLowerCase()}` : `${writtenOrdinal(text, sign, before, "before", english ? "en" : "id")} ${word} ${writtenOrdinal(text, sign, after, "after", english ? "en" : "id")}`;
  const diagnostic = days
    ? notationDiagnostic({ kind: "dayList", text: written, fixed: word, example, range, ...(spaced === undefined ? {} : { fixRange: spaced }) }, path)
    : notationDiagnostic({ kind: "ordinalAmpersand", text: written, fixed: word, example, range, ...spacesAround(text, sign) }, path);
  return { token: signToken(sign, word, days ? Comma : keyword("And")), diagnostic };
}

/** `antara perpusda & unsoed`: the sign between an agreement's two parties, read as `dan` / `and` (with the spaces it needs). */
function partiesJoin(text: string, sign: SignAt, between: IToken, before: IToken, after: IToken, path: string): OrdinalJoin {
  const word = keywordLanguage(between) === "en" ? "and" : "dan";
  const written = text.slice(sign.offset, sign.offset + sign.length);
  const diagnostic = notationDiagnostic({ kind: "partiesJoin", text: written, fixed: word, example: `${between.image} ${before.image} ${word} ${after.image}`, range: signRange(sign), ...spacesAround(text, sign) }, path);
  return { token: signToken(sign, word, keyword("And")), diagnostic };
}

/** The sign's range. */
function signRange(sign: SignAt): Range {
  return { start: { line: sign.line, column: sign.column, offset: sign.offset }, end: { line: sign.line, column: sign.column + sign.length, offset: sign.offset + sign.length } };
}

/** The spaces a word written over the sign needs before and after it (none where the text has one). */
function spacesAround(text: string, sign: SignAt): { readonly lead: string; readonly trail: string } {
  return { lead: /\s/.test(text.charAt(sign.offset - 1)) ? "" : " ", trail: /\s/.test(text.charAt(sign.offset + sign.length)) ? "" : " " };
}

/** The token `image` of `type` read in the sign's place. */
function signToken(sign: SignAt, image: string, type: TokenType): IToken {
  const end = sign.offset + sign.length;
  return { image, startOffset: sign.offset, endOffset: end - 1, startLine: sign.line, endLine: sign.line, startColumn: sign.column, endColumn: sign.column + sign.length - 1, tokenType: type, tokenTypeIdx: type.tokenTypeIdx ?? 0 };
}
