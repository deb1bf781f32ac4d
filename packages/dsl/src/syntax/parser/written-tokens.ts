/** What the readers of written forms share: how tokens touch, stand alone and are quoted as written, and which words they are. */
import type { IToken, TokenType } from "chevrotain";
import { WORDS } from "../keywords.js";
import { tokenize } from "../lexer/lexer.js";
import { Identifier, K, isNameText } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";

/** What may touch a written time or date on its right: a range's `..`, a list's `,`, a time range's `-`, a closing bracket. */
const MAY_FOLLOW: ReadonlySet<string> = new Set(["DotDot", "Comma", "Minus", "RBrace", "RParen", "RBracket"]);

/** True for a number token of digits alone (`17`, not `1.000`). */
export const isDigits = (t: IToken | undefined): t is IToken => t !== undefined && t.tokenType.name === "NumberLiteral" && /^\d+$/.test(t.image);
/** True when token `b` starts right where token `a` ends (no space between). */
export const touching = (a: IToken | undefined, b: IToken | undefined): boolean => a !== undefined && b !== undefined && (a.endOffset ?? a.startOffset + a.image.length - 1) + 1 === b.startOffset;
/** Digits padded to two (`9` → `09`). */
export const pad2 = (digits: string): string => digits.padStart(2, "0");

/** True when the run ends where nothing that would make it something else touches it. */
export function standsAlone(tokens: readonly IToken[], first: number, last: number, literal: NotationRun["literal"]): boolean {
  // Digits, or a separator after digits, on its left would make it part of a longer run (a time range's `-` before a time is fine).
  const before = tokens[first - 1];
  if (before !== undefined && touching(before, tokens[first])) {
    const name = before.tokenType.name;
    if (isDigits(before) || name === "Dot" || name === "Slash") return false;
    if (name === "Minus" && literal === "date" && isDigits(tokens[first - 2]) && touching(tokens[first - 2], before)) return false;
  }
  const after = tokens[last + 1];
  return !touching(tokens[last], after) || (after !== undefined && MAY_FOLLOW.has(after.tokenType.name));
}

/**
 * Whether one of a file's comments (the lexer's, in text order) lies, even in part, between
 * offsets `from` and `to`: a fix that rewrites those lines would move or lose it.
 */
export function hasComment(comments: readonly IToken[], from: number, to: number): boolean {
  // The first comment that ends at or after `from`, found by halving.
  let [low, high] = [0, comments.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    const c = comments[mid] as IToken;
    if ((c.endOffset ?? c.startOffset + c.image.length - 1) < from) low = mid + 1;
    else high = mid;
  }
  const c = comments[low];
  return c !== undefined && c.startOffset < to;
}

/** Tokens `first`..`last` as written: their images, a space where two do not touch. */
export function writtenText(tokens: readonly IToken[], first: number, last: number): string {
  let text = "";
  for (let i = first; i <= last; i++) text += (i > first && !touching(tokens[i - 1], tokens[i]) ? " " : "") + (tokens[i]?.image ?? "");
  return text;
}

/** True for a word token (an identifier or a keyword: a keyword may be a name) that is not a day (`senin-kamis` is a range). */
export function isNameWord(t: IToken | undefined): t is IToken {
  if (t === undefined || !isNameText(t.image)) return false;
  const name = t.tokenType.name;
  return name !== "WeekdayName" && name !== "Minggu" && name !== "Money";
}

/** The token a word lexes to: its keyword's (`hari_kerja`), else an identifier. */
export function wordType(word: string): TokenType {
  const meaning = WORDS.get(word);
  return (meaning === undefined ? undefined : K[meaning.token]) ?? Identifier;
}

/** The keyword token a word stands for in any case (`Setiap`: `Every`, `PERTAMA`: `Ordinal`), by its name in keywords.ts; undefined for another word. */
export function keywordOf(t: IToken): string | undefined {
  return WORDS.get(t.image.toLowerCase())?.token;
}

/** A day's name in any case (`jumat`, `Jumat`), lower case; undefined for another word. */
export function dayName(t: IToken | undefined): string | undefined {
  if (t === undefined) return undefined;
  const token = keywordOf(t);
  return token === "WeekdayName" || token === "Minggu" ? t.image.toLowerCase() : undefined;
}

/**
 * A fix of several words as the tokens that stand for the written run (`NotationRun`'s `token`
 * and `then`), read by the lexer itself so that each word has the type it lexes to
 * (`setiap bulan pada kamis kedua`, `kegiatan.tanggal >= "2027-06-20"`). Undefined for no text.
 */
export function lexedAs(text: string): Pick<NotationRun, "token" | "then"> & { readonly token: NonNullable<NotationRun["token"]> } | undefined {
  const [token, ...then] = tokenize(text).tokens.map((t) => ({ type: t.tokenType, image: t.image }));
  return token === undefined ? undefined : { token, then };
}

/**
 * The number at `i` written with its English ordinal suffix touching it (`2nd`, `15th`,
 * `21st`), as the lexer reads it (a number, then a word): its value, or undefined.
 *
 * @example suffixedNumber(tokensOf("the 2nd thu"), 1) // 2
 */
export function suffixedNumber(tokens: readonly IToken[], i: number): number | undefined {
  const number = tokens[i];
  const suffix = tokens[i + 1];
  if (number?.tokenType.name !== "NumberLiteral" || !/^\d{1,2}$/.test(number.image) || !touching(number, suffix)) return undefined;
  const n = Number(number.image);
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const expected = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Readonly<Record<number, string>>)[n % 10] ?? "th";
  return suffix?.image.toLowerCase() === expected ? n : undefined;
}

/**
 * The nearest token before index `k` on `k`'s line, at most `within` tokens back, that `wanted`
 * holds for: its index, or -1 (`kali` before a schedule's days, `menyediakan` before `untuk`).
 *
 * @example lastOnLine(tokensOf("2 kali per bulan pada selasa"), 5, (t) => t.image === "kali", 12) // 1
 */
export function lastOnLine(tokens: readonly IToken[], k: number, wanted: (t: IToken) => boolean, within: number): number {
  const line = tokens[k]?.startLine;
  for (let i = k - 1; i >= 0 && k - i <= within; i--) {
    const t = tokens[i];
    if (t === undefined || t.startLine !== line) return -1;
    if (wanted(t)) return i;
  }
  return -1;
}

/**
 * The index of the last token on the line of token `start`, at most `most` tokens after it
 * (a line read whole by the line readers: a break, details, a region's part, a validity's tail).
 */
export function lineEndFrom(tokens: readonly IToken[], start: number, most: number): number {
  const line = tokens[start]?.startLine;
  let last = start;
  if (line === undefined) return last;
  while (tokens[last + 1]?.startLine === line && last - start < most) last++;
  return last;
}
