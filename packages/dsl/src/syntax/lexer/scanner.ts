/**
 * A hand-written scanner with the token definitions of `tokens.ts`: the same tokens,
 * positions and error runs as Chevrotain's lexer (a property test compares them), without
 * its per-position overhead. Only the candidates a character can start are tried, and at
 * most {@link MAX_LEXING_ERRORS} error runs are recorded (the parser reports no more).
 */
import type { CustomPatternMatcherFunc, ILexingError, IToken, TokenType } from "chevrotain";
import { Identifier, LEXER_TOKENS, NAME_SOURCE, WhiteSpace } from "./tokens.js";

/** At most this many lexing errors are recorded per file; the rest are counted only. */
export const MAX_LEXING_ERRORS = 100;

/** What one candidate tries: a sticky expression, or the token's own matcher. */
interface Candidate {
  readonly type: TokenType;
  readonly sticky?: RegExp;
  /** The one character a single-character token is (its image, matched without a regex). */
  readonly single?: string;
  /** For a run of one character class (`[set]+`, `[first][rest]*`): which codes may follow the first. */
  readonly run?: (code: number) => boolean;
  readonly custom?: CustomPatternMatcherFunc;
  readonly group?: string;
}

/** The characters each token can start with, by token name (checked against Chevrotain by a test). */
const DIGITS = "0123456789";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_";
const START_CHARS: Readonly<Record<string, string>> = {
  WhiteSpace: " \t\r\n\f\v\uFEFF\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000",
  DocComment: "/", LineComment: "/", RegexLiteral: "/", BlockComment: "/", HashComment: "#", StringLiteral: '"', UnterminatedString: '"', TypographicString: '"\u201C\u201E\u201F', SingleQuotedString: "'",
  Money: "R", DateTimeLiteral: DIGITS, DateLiteral: DIGITS, TimeLiteral: DIGITS, CompactDuration: DIGITS, NumberLiteral: DIGITS,
  DotDot: ".", Dot: ".", Comma: ",", LBrace: "{", RBrace: "}", LParen: "(", RParen: ")", LBracket: "[", RBracket: "]",
  AndAnd: "&", OrOr: "|", EqEq: "=", MatchOp: "=", SingleEquals: "=", NotEq: "!", Bang: "!", LtEq: "<", GtEq: ">", Lt: "<", Gt: ">", Slash: "/", Minus: "-", TypographicDash: "\u2010\u2011\u2012\u2013\u2014\u2015\u2212", MathSign: "\u2260\u2264\u2265",
  Identifier: LETTERS,
};

const isWordStart = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
const isWordChar = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
/**
 * Spaces: ASCII's, and the no-break and typographic spaces text pasted from a word processor or
 * a phone carries. Zero-width characters are not spaces (they would split a word you cannot see
 * split): parse.ts names them as LON1001 with their deletion as the fix.
 */
export const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x1680;
/** Tokens scanned by a loop over a character class instead of their expression (the commonest: words and spaces). */
const RUNS: Readonly<Record<string, { readonly source: string; readonly run: (code: number) => boolean }>> = {
  Identifier: { source: NAME_SOURCE, run: isWordChar },
  WhiteSpace: { source: "[ \\t\\r\\n\\f\\v\\uFEFF\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+", run: isSpace },
};

function candidate(type: TokenType): Candidate {
  const pattern = type.PATTERN;
  const group = typeof type.GROUP === "string" ? type.GROUP : undefined;
  const base = { type, ...(group === undefined ? {} : { group }) };
  const run = RUNS[type.name];
  if (run !== undefined && pattern instanceof RegExp && pattern.source === run.source) return { ...base, run: run.run };
  const single = pattern instanceof RegExp && pattern.flags === "" ? /^(?:\\([^A-Za-z0-9])|([^\\.[(*+?{|^$]))$/.exec(pattern.source) : null;
  if (single !== null) return { ...base, single: single[1] ?? single[2] ?? "" };
  if (pattern instanceof RegExp) return { ...base, sticky: new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}y`) };
  if (typeof pattern === "function") return { ...base, custom: pattern as CustomPatternMatcherFunc };
  throw new Error(`token ${type.name} has no pattern the scanner can run`);
}

/** Candidates by the character code they can start with (a Map keeps the few non-ASCII starts). */
const BY_START = new Map<number, Candidate[]>();
for (const type of LEXER_TOKENS) {
  const starts = START_CHARS[type.name];
  if (starts === undefined) throw new Error(`token ${type.name} has no start characters`);
  const c = candidate(type);
  for (let k = 0; k < starts.length; k++) {
    const code = starts.charCodeAt(k);
    const list = BY_START.get(code) ?? [];
    list.push(c);
    BY_START.set(code, list);
  }
}
const ASCII: (Candidate[] | undefined)[] = Array.from({ length: 128 }, (_, code) => BY_START.get(code));

/** Identifier's index, read once the lexer has assigned the indices (on first scan). */
let IDENTIFIER_INDEX = 0;

/** The number of digits from `offset`. */
function digitRun(text: string, offset: number): number {
  let end = offset;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code < 48 || code > 57) break;
    end++;
  }
  return end - offset;
}

/**
 * False when a token starting with `digits` digits cannot match at `offset`, by the
 * character after the digits (dates: four digits then `-`; times: one or two then `:`;
 * compact durations: `h` or `m`), so its expression is not run. Numbers always may.
 */
function digitCandidateMayMatch(type: TokenType, text: string, offset: number, digits: number): boolean {
  const after = text.charCodeAt(offset + digits);
  switch (type.name) {
    case "DateTimeLiteral":
    case "DateLiteral": return digits === 4 && after === 45;
    case "TimeLiteral": return digits <= 2 && after === 58;
    case "CompactDuration": return after === 104 || after === 109;
    default: return true;
  }
}

/** The scanner's result, shaped as Chevrotain's. */
export interface ScanResult {
  /** Significant tokens. */
  readonly tokens: IToken[];
  /** Tokens of named groups (`comments`). */
  readonly groups: Record<string, IToken[]>;
  /** Runs of characters no token matches (the first {@link MAX_LEXING_ERRORS}). */
  readonly errors: ILexingError[];
}

/**
 * Splits `text` into tokens. Linear in the text's length; never throws on user input.
 * When `stopAt` is true of a significant token, scanning ends with that token.
 */
export function scan(text: string, stopAt?: (token: IToken) => boolean): ScanResult {
  IDENTIFIER_INDEX ||= Identifier.tokenTypeIdx ?? 0;
  const tokens: IToken[] = [];
  const groups: Record<string, IToken[]> = {};
  const errors: ILexingError[] = [];
  let line = 1;
  let lineStart = 0;
  let offset = 0;
  let errorStart = -1;
  let errorLine = 1;
  let errorColumn = 1;
  const length = text.length;
  while (offset < length) {
    const code = text.charCodeAt(offset);
    // The commonest tokens first, without the candidate loop: spaces, and words (`R` may start `Rp` money).
    if (isSpace(code)) {
      if (errorStart >= 0) {
        if (errors.length < MAX_LEXING_ERRORS) errors.push(lexingError(text, errorStart, offset - errorStart, errorLine, errorColumn));
        errorStart = -1;
      }
      let end = offset;
      for (; end < length; end++) {
        const ch = text.charCodeAt(end);
        if (!isSpace(ch)) break;
        if (ch === 13) {
          if (text.charCodeAt(end + 1) === 10) end++;
          line++;
          lineStart = end + 1;
        } else if (ch === 10) {
          line++;
          lineStart = end + 1;
        }
      }
      offset = end;
      continue;
    }
    if (isWordStart(code) && !(code === 82 && text.charCodeAt(offset + 1) === 112)) {
      if (errorStart >= 0) {
        if (errors.length < MAX_LEXING_ERRORS) errors.push(lexingError(text, errorStart, offset - errorStart, errorLine, errorColumn));
        errorStart = -1;
      }
      let end = offset + 1;
      while (end < length && isWordChar(text.charCodeAt(end))) end++;
      const column = offset - lineStart + 1;
      const image = text.slice(offset, end);
      const token: IToken = {
        image, startOffset: offset, endOffset: end - 1, startLine: line, endLine: line,
        startColumn: column, endColumn: column + end - offset - 1, tokenTypeIdx: IDENTIFIER_INDEX, tokenType: Identifier,
      };
      offset = end;
      tokens.push(token);
      if (stopAt?.(token) === true) break;
      continue;
    }
    const list = code < 128 ? ASCII[code] : BY_START.get(code);
    let image: string | undefined;
    let matched: Candidate | undefined;
    if (list !== undefined) {
      const digits = code >= 48 && code <= 57 ? digitRun(text, offset) : 0;
      for (const c of list) {
        if (digits > 0 && !digitCandidateMayMatch(c.type, text, offset, digits)) continue;
        if (c.single !== undefined) {
          image = c.single;
        } else if (c.run !== undefined) {
          let end = offset + 1;
          while (end < length && c.run(text.charCodeAt(end))) end++;
          image = text.slice(offset, end);
        } else if (c.sticky !== undefined) {
          c.sticky.lastIndex = offset;
          const m = c.sticky.exec(text);
          if (m !== null) image = m[0];
        } else if (c.custom !== undefined) {
          const m = c.custom(text, offset, tokens, groups);
          if (m !== null) image = m[0];
        }
        if (image !== undefined) {
          matched = c;
          break;
        }
      }
    }
    if (matched === undefined || image === undefined || image.length === 0) {
      if (errorStart < 0) {
        errorStart = offset;
        errorLine = line;
        errorColumn = offset - lineStart + 1;
      }
      offset++;
      continue;
    }
    if (errorStart >= 0) {
      if (errors.length < MAX_LEXING_ERRORS) errors.push(lexingError(text, errorStart, offset - errorStart, errorLine, errorColumn));
      errorStart = -1;
    }
    const column = offset - lineStart + 1;
    const type = matched.type;
    const startLine = line;
    if (type.LINE_BREAKS === true) {
      // Spaces, or a token over several lines (a `/* … */` comment): the lines it ends, as Chevrotain counts them.
      for (let k = 0; k < image.length; k++) {
        const ch = image.charCodeAt(k);
        if (ch === 13 || ch === 10) {
          if (ch === 13 && image.charCodeAt(k + 1) === 10) k++;
          line++;
          lineStart = offset + k + 1;
        }
      }
    }
    if (type === WhiteSpace) {
      offset += image.length;
      continue;
    }
    const endColumn = line > startLine ? offset + image.length - lineStart : column + image.length - 1;
    const token: IToken = {
      image, startOffset: offset, endOffset: offset + image.length - 1, startLine, endLine: line,
      startColumn: column, endColumn, tokenTypeIdx: type.tokenTypeIdx ?? 0, tokenType: type,
    };
    offset += image.length;
    if (matched.group !== undefined) (groups[matched.group] ??= []).push(token);
    else {
      tokens.push(token);
      if (stopAt?.(token) === true) break;
    }
  }
  if (errorStart >= 0 && errors.length < MAX_LEXING_ERRORS) errors.push(lexingError(text, errorStart, offset - errorStart, errorLine, errorColumn));
  return { tokens, groups, errors };
}

function lexingError(text: string, offset: number, length: number, line: number, column: number): ILexingError {
  return { offset, length, line, column, message: `unexpected character: ->${text.charAt(offset)}<- at offset: ${offset}, skipped ${length} characters.` };
}
