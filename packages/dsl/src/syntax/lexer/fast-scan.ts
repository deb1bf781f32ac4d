/**
 * The fast path's scanner: the tokens of `tokens.ts` straight into a {@link TokenTable},
 * keywords typed and their languages inferred in the same pass, comments kept as
 * Chevrotain-shaped tokens (few, and what comment attachment reads). It gives up
 * (undefined) on anything the full path reports or cuts: a character no token matches, an
 * unterminated string, nesting or operands past the depth guard's bounds. The full path
 * (scanner.ts and the grammar) then reads the file; a test requires both to agree.
 */
import type { IToken, TokenType } from "chevrotain";
import type { Position, Range } from "../../diagnostics/diagnostic.js";
import type { KeywordLanguage } from "../ast.js";
import { MAX_CONDITION_OPERANDS, MAX_NESTING } from "../depth-guard.js";
import { WORDS } from "../keywords.js";
import { langCode, type TokenTable } from "./token-table.js";
import { TokenPlaces } from "./token-places.js";
import { isSpace } from "./scanner.js";
import { hashStep, WordTable } from "./word-table.js";
import * as T from "./tokens.js";

/** What the fast scanner gives: the table, the comments, and the regex literals' indices (checked by parse.ts). */
export interface FastScan {
  /** Significant tokens. */
  readonly table: TokenTable;
  /** `//` and `///` comments in source order. */
  readonly comments: IToken[];
  /** Indices of the regex literal tokens. */
  readonly regexes: number[];
  /** The position just past the text's end. */
  readonly end: Position;
}

/** A keyword token's type and language, with the table's own spelling. */
interface KeywordToken {
  readonly word: string;
  readonly type: TokenType;
  readonly lang: KeywordLanguage | undefined;
}

/** Keyword tokens by word (only words of the table that have a keyword token), found where they stand in the text. */
const KEYWORD_TYPE = new WordTable<KeywordToken>(WORDS.size);
for (const [word, meaning] of WORDS) {
  const type = T.K[meaning.token];
  if (type !== undefined) KEYWORD_TYPE.add(word, { word, type, lang: meaning.lang });
}

/** `array` copied into a new array of `size` numbers. */
function grown(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/** Sticky copies of the digit-led tokens' patterns, tried in the lexer's order. */
const sticky = (type: TokenType): RegExp => new RegExp((type.PATTERN as RegExp).source, "y");
const DATE_TIME = sticky(T.DateTimeLiteral);
const DATE = sticky(T.DateLiteral);
const TIME = sticky(T.TimeLiteral);
const COMPACT = sticky(T.CompactDuration);
const NUMBER = sticky(T.NumberLiteral);
const MONEY = sticky(T.Money);
const REGEX = new RegExp((/\/((?:[^/\\\r\n[]|\\[^\r\n]|\[(?:[^\]\\\r\n]|\\[^\r\n])*\])+)\/([a-z]*)/).source, "y");

/** Single-character tokens by code (`.` `&` `|` `=` `!` `<` `>` `/` are decided by what follows). */
const SINGLE: (TokenType | undefined)[] = [];
for (const [ch, type] of [[",", T.Comma], ["{", T.LBrace], ["}", T.RBrace], ["(", T.LParen], [")", T.RParen], ["[", T.LBracket], ["]", T.RBracket], ["-", T.Minus]] as const) {
  SINGLE[ch.charCodeAt(0)] = type;
}

const isDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Scans `text`, or gives up (undefined) where the full path would report or cut something. */
export function fastScan(text: string): FastScan | undefined {
  const types: TokenType[] = [];
  // Offsets, lines and columns in typed arrays, grown by doubling (a token takes at least one character).
  let capacity = Math.min(text.length, (text.length >> 2) + 64);
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  let lines: Int32Array = new Int32Array(capacity);
  let columns: Int32Array = new Int32Array(capacity);
  let langs: Uint8Array = new Uint8Array(capacity);
  const words: (string | undefined)[] = [];
  const comments: IToken[] = [];
  const regexes: number[] = [];
  // A name's hash here is V8's (seeded): the keyword table's own hash is fixed, and names a
  // file chooses could all share one of its chains.
  const names = new Map<string, string>();
  // Shared keywords seen before the first keyword of definite language take its language.
  let current: KeywordLanguage | undefined;
  const pending: number[] = [];
  // The depth guard's state (depth-guard.ts).
  let depth = 0;
  let inner = 0;
  let bangs = 0;
  let operands = 0;
  let line = 1;
  let lineStart = 0;
  let offset = 0;
  const length = text.length;
  while (offset < length) {
    const code = text.charCodeAt(offset);
    // Spaces (see isSpace: ASCII, no-break, typographic and zero-width ones, BOM); lines break at `\r\n`, `\r`, `\n`.
    if (isSpace(code)) {
      if (code === 10) {
        line++;
        lineStart = offset + 1;
      } else if (code === 13) {
        if (text.charCodeAt(offset + 1) === 10) offset++;
        line++;
        lineStart = offset + 1;
      }
      offset++;
      continue;
    }
    let type: TokenType | undefined;
    let end = offset + 1;
    let word: string | undefined;
    let lang: KeywordLanguage | undefined;
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95) {
      if (code === 82 && text.charCodeAt(offset + 1) === 112) {
        MONEY.lastIndex = offset;
        const m = MONEY.exec(text);
        if (m !== null) {
          type = T.Money;
          end = offset + m[0].length;
        }
      }
      if (type === undefined) {
        // The word's hash as it is read: a keyword is found without cutting it out of the text.
        let hash = hashStep(0, code);
        for (let c = text.charCodeAt(end); end < length && isWordChar(c); c = text.charCodeAt(++end)) hash = hashStep(hash, c);
        const keyword = KEYWORD_TYPE.get(text, offset, end, hash);
        if (keyword === undefined) {
          type = T.Identifier;
          // One string per name in the file, however often it is written: the tree keeps them.
          const written = text.slice(offset, end);
          word = names.get(written);
          if (word === undefined) {
            word = written;
            names.set(word, word);
          }
        } else {
          // The table's own string: one copy of each keyword, however often it is written.
          word = keyword.word;
          type = keyword.type;
          if (keyword.lang !== undefined) {
            if (current === undefined) for (const early of pending) langs[early] = langCode(keyword.lang);
            current = keyword.lang;
            lang = keyword.lang;
          } else if (current === undefined) {
            pending.push(types.length);
          } else lang = current;
        }
      }
    } else if (code >= 48 && code <= 57) {
      let digits = offset + 1;
      while (digits < length && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
      const after = text.charCodeAt(digits);
      const n = digits - offset;
      // The common shapes matched by hand, as the patterns match them; anything else by the patterns.
      if (n === 4 && after === 45 && isDigit(text, digits + 1) && isDigit(text, digits + 2) && text.charCodeAt(digits + 3) === 45 && isDigit(text, digits + 4) && isDigit(text, digits + 5)) {
        // `\d{4}-\d{2}-\d{2}`, then `T\d{2}:\d{2}(?::\d{2})?` makes it a date-time.
        end = digits + 6;
        type = T.DateLiteral;
        if (text.charCodeAt(end) === 84 && isDigit(text, end + 1) && isDigit(text, end + 2) && text.charCodeAt(end + 3) === 58 && isDigit(text, end + 4) && isDigit(text, end + 5)) {
          type = T.DateTimeLiteral;
          end += 6;
          if (text.charCodeAt(end) === 58 && isDigit(text, end + 1) && isDigit(text, end + 2)) end += 3;
        }
      } else if (n <= 2 && after === 58 && isDigit(text, digits + 1) && isDigit(text, digits + 2)) {
        // `\d{1,2}:\d{2}`.
        type = T.TimeLiteral;
        end = digits + 3;
      } else if (after !== 46 && after !== 104 && after !== 109 && !(n === 4 && after === 45) && !(n <= 2 && after === 58)) {
        // `\d+(?:\.\d{3})*(?!\d)` with no `.` after the digits: the digits.
        type = T.NumberLiteral;
        end = digits;
      }
      const tries: readonly (readonly [RegExp, TokenType])[] =
        type !== undefined ? NONE : n === 4 && after === 45 ? DATE_LED : n <= 2 && after === 58 ? TIME_LED : after === 104 || after === 109 ? DURATION_LED : NUMBER_LED;
      for (const [re, t] of tries) {
        re.lastIndex = offset;
        const m = re.exec(text);
        if (m !== null && m[0].length > 0) {
          type = t;
          end = offset + m[0].length;
          break;
        }
      }
    } else {
      const single = code < 128 ? SINGLE[code] : undefined;
      const next = text.charCodeAt(offset + 1);
      if (single !== undefined) type = single;
      else if (code === 46) {
        type = next === 46 ? T.DotDot : T.Dot;
        if (next === 46) end++;
      } else if (code === 34) {
        // A string: one line, `\` escapes any character but a line break.
        let k = offset + 1;
        for (; k < length; k++) {
          const c = text.charCodeAt(k);
          if (c === 34 || c === 10 || c === 13) break;
          if (c === 92) {
            const e = text.charCodeAt(k + 1);
            if (e === 10 || e === 13 || k + 1 >= length) break;
            k++;
          }
        }
        if (text.charCodeAt(k) !== 34) return undefined;
        type = T.StringLiteral;
        end = k + 1;
      } else if (code === 47) {
        if (next === 47) {
          // A comment to the end of the line: `///` (not `////`) is a doc comment.
          let k = offset + 2;
          while (k < length && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
          const image = text.slice(offset, k);
          const doc = image.length >= 3 && image.charCodeAt(2) === 47 && image.charCodeAt(3) !== 47;
          const column = offset - lineStart + 1;
          const commentType = doc ? T.DocComment : T.LineComment;
          comments.push({
            image, startOffset: offset, endOffset: k - 1, startLine: line, endLine: line, startColumn: column, endColumn: column + k - offset - 1,
            tokenTypeIdx: commentType.tokenTypeIdx ?? 0, tokenType: commentType,
          });
          offset = k;
          continue;
        }
        if (types[types.length - 1] === T.MatchOp) {
          REGEX.lastIndex = offset;
          const m = REGEX.exec(text);
          if (m !== null) {
            type = T.RegexLiteral;
            end = offset + m[0].length;
            regexes.push(types.length);
          }
        }
        type ??= T.Slash;
      } else if (code === 38) {
        if (next === 38) {
          type = T.AndAnd;
          end = offset + 2;
        }
      } else if (code === 124) {
        if (next === 124) {
          type = T.OrOr;
          end = offset + 2;
        }
      } else if (code === 61) {
        if (next === 61) {
          type = T.EqEq;
          end = offset + 2;
        }
        else if (next === 126) {
          type = T.MatchOp;
          end = offset + 2;
        }
      } else if (code === 33) {
        if (next === 61) {
          type = T.NotEq;
          end = offset + 2;
        }
        else type = T.Bang;
      } else if (code === 60) {
        if (next === 61) {
          type = T.LtEq;
          end = offset + 2;
        }
        else type = T.Lt;
      } else if (code === 62) {
        if (next === 61) {
          type = T.GtEq;
          end = offset + 2;
        }
        else type = T.Gt;
      }
    }
    if (type === undefined) return undefined;
    // The depth guard, as depth-guard.ts follows it: the full path cuts the file there.
    if (type === T.Bang) bangs++;
    else bangs = 0;
    if (type === T.LParen || type === T.LBracket || type === T.LBrace) {
      depth++;
      if (type !== T.LBrace) inner++;
    } else if (type === T.RParen || type === T.RBracket || type === T.RBrace) {
      // A closer with nothing open is an error: the grammar reads it, and no more is scanned here.
      if (depth === 0) return undefined;
      depth--;
      if (type !== T.RBrace) inner = Math.max(0, inner - 1);
    }
    if (type === T.AndAnd || type === T.OrOr || (type === T.Comma && inner > 0)) operands++;
    if (depth + bangs > MAX_NESTING || operands > MAX_CONDITION_OPERANDS) return undefined;
    const n = types.length;
    if (n === capacity) {
      capacity = Math.min(length, capacity * 2);
      starts = grown(starts, capacity);
      ends = grown(ends, capacity);
      lines = grown(lines, capacity);
      columns = grown(columns, capacity);
      const wider = new Uint8Array(capacity);
      wider.set(langs);
      langs = wider;
    }
    types.push(type);
    starts[n] = offset;
    ends[n] = end;
    lines[n] = line;
    columns[n] = offset - lineStart + 1;
    words.push(word);
    langs[n] = langCode(lang);
    offset = end;
  }
  const count = types.length;
  const places = new TokenPlaces(starts.subarray(0, count), ends.subarray(0, count), lines.subarray(0, count), columns.subarray(0, count));
  const table: TokenTable = {
    text, count, types, places, words, langs: langs.subarray(0, count),
    ranges: new Array<Range | undefined>(count),
  };
  return { table, comments, regexes, end: { line, column: length - lineStart + 1, offset: length } };
}

const DATE_LED: readonly (readonly [RegExp, TokenType])[] = [[DATE_TIME, T.DateTimeLiteral], [DATE, T.DateLiteral], [NUMBER, T.NumberLiteral]];
const TIME_LED: readonly (readonly [RegExp, TokenType])[] = [[TIME, T.TimeLiteral], [NUMBER, T.NumberLiteral]];
const DURATION_LED: readonly (readonly [RegExp, TokenType])[] = [[COMPACT, T.CompactDuration], [NUMBER, T.NumberLiteral]];
const NUMBER_LED: readonly (readonly [RegExp, TokenType])[] = [[NUMBER, T.NumberLiteral]];
const NONE: readonly (readonly [RegExp, TokenType])[] = [];
