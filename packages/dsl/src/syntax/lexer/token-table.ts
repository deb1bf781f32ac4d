/**
 * Tokens as parallel arrays (type, start and end offsets, line, column, word meaning) instead
 * of one object per token: the fast readers (parser/fast-property.ts, parser/fast-file.ts)
 * read these, and build a node's range only where the tree needs one. Built by the fast
 * scanner (fast-scan.ts) straight from the text, or from Chevrotain-shaped tokens
 * ({@link tableOfTokens}) when the grammar reads the file.
 */
import type { IToken, TokenType } from "chevrotain";
import type { Range } from "../../diagnostics/diagnostic.js";
import type { KeywordLanguage } from "../ast.js";
import { WORDS, type WordMeaning } from "../keywords.js";
import { keywordLanguage } from "../keyword-language.js";
import { Identifier, LEXER_TOKENS } from "./tokens.js";
import { TokenPlaces } from "./token-places.js";

/** Token types the lexer makes (identifiers, literals, punctuation): none of them is a keyword. */
export const LEXED: ReadonlySet<TokenType> = new Set(LEXER_TOKENS);

/** Significant tokens of a text, one array per field, indexed alike. */
export interface TokenTable {
  /** The text the offsets point into. */
  readonly text: string;
  /** How many tokens. */
  readonly count: number;
  /** Each token's type (keywords re-typed). */
  readonly types: readonly TokenType[];
  /**
   * Each token's start and end offsets, line and column (typed arrays: their storage is
   * outside the collected heap, and nothing there points into it); the fast readers' nodes
   * keep them to build their ranges.
   */
  readonly places: TokenPlaces;
  /** Words' images (identifiers and keywords), and the image of a token that is not its text (a curly-quoted string read as straight); undefined for other tokens, read from the text on demand. */
  readonly words: readonly (string | undefined)[];
  /**
   * A keyword's language, as a code ({@link langAt} reads it): its own, else its context's
   * (see keyword-language.ts); 0 for other tokens. (A keyword's entry in the keyword table is
   * looked up when asked, {@link meaningAt}: one array fewer to build for every file.)
   */
  readonly langs: Uint8Array;
  /** Each token's range once built, for the nodes the fast readers build as object literals: those of one token share it. */
  readonly ranges: (Range | undefined)[];
}

/** A token's image. */
export function imageOf(table: TokenTable, i: number): string {
  return table.words[i] ?? table.text.slice(table.places.starts[i], table.places.ends[i]);
}

/** The range of token `i`, built once and shared (ranges are read-only). */
export function rangeAt(table: TokenTable, i: number): Range {
  const built = table.ranges[i];
  if (built !== undefined) return built;
  const range = spanAt(table, i, i);
  table.ranges[i] = range;
  return range;
}

/** From the start of token `first` to the end of token `last`, packed (no token spans lines). */
export function spanAt(table: TokenTable, first: number, last: number): Range {
  return table.places.span(first, last);
}

/** The codes of a table's `langs`: none (not a keyword, or not yet known), English, Bahasa Indonesia. */
export const LANG_CODE = { none: 0, en: 1, id: 2 } as const;
const LANG_OF_CODE: readonly (KeywordLanguage | undefined)[] = [undefined, "en", "id"];

/** The code of a keyword language in a table's `langs`. */
export function langCode(lang: KeywordLanguage | undefined): number {
  return lang === undefined ? LANG_CODE.none : LANG_CODE[lang];
}

/** Keyword `i`'s language (its own, else its context's); undefined for a token that is no keyword, or one whose context tells none. */
export function langAt(table: TokenTable, i: number): KeywordLanguage | undefined {
  return LANG_OF_CODE[table.langs[i] ?? 0];
}

/** The language of a keyword's spelling alone, when definite (`definiteKeywordLanguage` of keyword-language.ts). */
export function definiteLangAt(table: TokenTable, i: number): KeywordLanguage | undefined {
  return meaningAt(table, i)?.lang;
}

/** The meaning of keyword `i` in the keyword table; undefined for a token that is no keyword. */
export function meaningAt(table: TokenTable, i: number): WordMeaning | undefined {
  const type = table.types[i];
  if (type === undefined || type === Identifier || LEXED.has(type)) return undefined;
  const word = table.words[i];
  return word === undefined ? undefined : WORDS.get(word);
}

/** True for a word token (an identifier or a keyword): a name may be written there. */
export function isWordAt(table: TokenTable, i: number): boolean {
  const type = table.types[i];
  return type !== undefined && (type === Identifier || !LEXED.has(type));
}

/**
 * The table of Chevrotain-shaped tokens whose shared keywords' languages were inferred
 * (`inferSharedKeywordLanguages`), for the fast property reader inside the grammar's path.
 */
export function tableOfTokens(text: string, tokens: readonly IToken[]): TokenTable {
  const n = tokens.length;
  const types: TokenType[] = new Array<TokenType>(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const lines = new Int32Array(n);
  const columns = new Int32Array(n);
  const words: (string | undefined)[] = new Array<string | undefined>(n);
  const langs = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as IToken;
    types[i] = t.tokenType;
    starts[i] = t.startOffset;
    ends[i] = t.startOffset + t.image.length;
    lines[i] = t.startLine ?? 1;
    columns[i] = t.startColumn ?? 1;
    const word = t.tokenType === Identifier || !LEXED.has(t.tokenType);
    // A token whose image is not its text keeps its image: a curly-quoted string read as a straight one (parse.ts).
    words[i] = word || text.charCodeAt(t.startOffset) !== t.image.charCodeAt(0) ? t.image : undefined;
    const keyword = word && t.tokenType !== Identifier;
    langs[i] = keyword ? langCode(keywordLanguage(t)) : LANG_CODE.none;
  }
  return { text, count: n, types, places: new TokenPlaces(starts, ends, lines, columns), words, langs, ranges: new Array<Range | undefined>(n) };
}
