/**
 * The public parse API: text in, a FileNode and diagnostics out. Never throws.
 */
import type { IRecognitionException, IToken } from "chevrotain";
import { isSafePattern } from "@lontar/core";
import type { Diagnostic, Position, Range } from "../diagnostics/diagnostic.js";
import type { FileNode, KeywordLanguage } from "./ast.js";
import { attachComments } from "./ast-builder/comments.js";
import { endOf, isReal, startOf } from "./ast-builder/ranges.js";
import { findTooDeep, MAX_NESTING } from "./depth-guard.js";
import { WORDS } from "./keywords.js";
import { tokenize } from "./lexer/lexer.js";
import { inferSharedKeywordLanguages } from "./keyword-language.js";
import { TOP_LEVEL_EXPECTATION } from "./parser/messages.js";
import { parser } from "./parser/parser.js";
import { SYNTAX_CODES, type SyntaxCode } from "./syntax-codes.js";

/** Largest file parsed: 5 MB (in UTF-16 code units). */
export const MAX_FILE_SIZE = 5 * 1024 * 1024;
/** At most this many parser diagnostics per file; the rest are usually echoes of the first. */
export const MAX_SYNTAX_DIAGNOSTICS = 100;

/** The result of {@link parseFile}. */
export interface ParseResult {
  /** The tree; partial when there were syntax errors. */
  readonly file: FileNode;
  /** LON1xxx diagnostics. */
  readonly diagnostics: Diagnostic[];
}

const ITEM_START = new Set(["Import", "Horizon", "Library", "Partner", "Room", "Vehicle", "Staff", "Volunteer", "Collection", "Budget", "Equipment", "Program", "Agreement", "Rule", "Kpi"]);

/**
 * Parses one `.lontar` file.
 *
 * @example
 * const { file, diagnostics } = parseFile('room aula at dispusip_solok { capacity 60 }', "main.lontar");
 */
export function parseFile(text: string, path: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const whole = rangeOfText(text);
  const empty = (): ParseResult => ({ file: { kind: "File", path, range: whole, items: [], trailingComments: [] }, diagnostics });
  try {
    if (text.length > MAX_FILE_SIZE) {
      diagnostics.push(diag(SYNTAX_CODES.fileTooLarge, `the file is ${text.length} characters long; the limit is ${MAX_FILE_SIZE} (5 MB)`, path, point(text, 0)));
      return empty();
    }
    const nul = text.indexOf("\u0000");
    if (nul >= 0) {
      diagnostics.push(diag(SYNTAX_CODES.notText, "not a text file: it contains NUL bytes", path, point(text, nul)));
      return empty();
    }
    return { file: parseTokens(text, path, whole, diagnostics), diagnostics };
  } catch (error) {
    diagnostics.push(diag(SYNTAX_CODES.internalError, `internal parser error: ${error instanceof Error ? error.message : String(error)}`, path, point(text, 0)));
    return empty();
  }
}

function parseTokens(text: string, path: string, whole: Range, diagnostics: Diagnostic[]): FileNode {
  const lexed = tokenize(text);
  for (const e of lexed.errors) {
    const start = { line: e.line ?? 1, column: e.column ?? 1, offset: e.offset };
    const found = text.slice(e.offset, e.offset + Math.min(e.length, 20));
    diagnostics.push(diag(SYNTAX_CODES.unexpectedCharacter, `unexpected character \`${found}\``, path, { start, end: { ...start, column: start.column + e.length, offset: e.offset + e.length } }));
  }
  const tokens: IToken[] = [];
  for (const t of lexed.tokens) {
    if (t.tokenType.name === "UnterminatedString") {
      diagnostics.push(diag(SYNTAX_CODES.unterminatedString, "this string has no closing `\"` on its line", path, { start: startOf(t), end: endOf(t) }));
      continue;
    }
    if (t.tokenType.name === "RegexLiteral") checkRegex(t, path, diagnostics);
    tokens.push(t);
  }
  inferSharedKeywordLanguages(tokens);
  let limit = tokens.length;
  const deep = findTooDeep(tokens);
  const cutOffset = deep >= 0 ? (tokens[deep]?.startOffset ?? 0) : Infinity;
  if (deep >= 0) {
    const t = tokens[deep];
    if (t !== undefined) diagnostics.push(diag(SYNTAX_CODES.tooDeep, `nested more than ${MAX_NESTING} levels deep; the rest of the file is not read`, path, { start: startOf(t), end: endOf(t) }));
    limit = deep;
  }
  const usable = tokens.slice(0, limit);
  const indexByOffset = new Map<number, number>();
  usable.forEach((t, n) => indexByOffset.set(t.startOffset, n));
  parser.valueLangOf = (first, last) => valueLang(usable, indexByOffset, first, last);

  const items: FileNode["items"][number][] = [];
  const errors: IRecognitionException[] = [];
  let start = 0;
  while (start < usable.length) {
    parser.input = usable.slice(start);
    const parsed = parser.file() as FileNode["items"][number][] | undefined;
    if (Array.isArray(parsed)) for (const item of parsed) items.push(item);
    const found = parser.errors;
    errors.push(...found);
    const leftover = found.find((e) => e.name === "NotAllInputParsedException");
    if (leftover === undefined) break;
    const at = indexByOffset.get(leftover.token.startOffset) ?? usable.length;
    let next = at + 1;
    while (next < usable.length && !startsItem(usable, next)) next++;
    start = Math.max(next, start + 1);
  }
  let reported = 0;
  for (const e of errors) {
    if (reported >= MAX_SYNTAX_DIAGNOSTICS) break;
    const token = e.token;
    if (deep >= 0 && (!isReal(token) || token.startOffset >= cutOffset)) continue;
    diagnostics.push(diag(codeOf(e), e.message, path, errorRange(text, e, whole)));
    reported++;
  }
  const attached = attachComments(items, lexed.comments.filter((c) => c.startOffset < cutOffset));
  return { kind: "File", path, range: whole, items: attached.items, trailingComments: attached.trailing };
}

function startsItem(tokens: readonly IToken[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t === undefined || !ITEM_START.has(t.tokenType.name)) return false;
  const prev = tokens[i - 1];
  // A keyword right after `}` or at the start of a line begins an item.
  return next !== undefined && (prev === undefined || prev.tokenType.name === "RBrace" || (prev.endLine ?? 0) < (t.startLine ?? 0));
}

function valueLang(tokens: readonly IToken[], index: ReadonlyMap<number, number>, first: IToken, last: IToken): KeywordLanguage | undefined {
  const from = index.get(first.startOffset);
  const to = index.get(last.startOffset);
  if (from === undefined || to === undefined) return undefined;
  for (let i = from + 1; i <= to; i++) {
    const t = tokens[i];
    if (t === undefined || t.tokenType.name === "Identifier") continue;
    const lang = WORDS.get(t.image)?.lang;
    if (lang !== undefined) return lang;
  }
  return undefined;
}

function checkRegex(t: IToken, path: string, diagnostics: Diagnostic[]): void {
  const cut = t.image.lastIndexOf("/");
  const flags = t.image.slice(cut + 1);
  let ok = /^[imsu]*$/.test(flags);
  if (ok) {
    try {
      new RegExp(t.image.slice(1, cut), flags);
    } catch {
      ok = false;
    }
  }
  if (!ok) diagnostics.push(diag(SYNTAX_CODES.invalidRegex, `\`${t.image}\` is not a valid regular expression`, path, { start: startOf(t), end: endOf(t) }));
  else if (!isSafePattern(t.image.slice(1, cut), flags)) {
    const why = "conditions run patterns in linear time, which rules out backreferences, lookaround and repetition bounds above 1000";
    diagnostics.push(diag(SYNTAX_CODES.invalidRegex, `\`${t.image}\` is refused: ${why}`, path, { start: startOf(t), end: endOf(t) }));
  }
}

function codeOf(e: IRecognitionException): SyntaxCode {
  const name = e.name;
  if (e.message.endsWith(TOP_LEVEL_EXPECTATION)) return SYNTAX_CODES.expectedDeclaration;
  if (name === "MismatchedTokenException") return SYNTAX_CODES.unexpectedToken;
  if (name === "NoViableAltException") return SYNTAX_CODES.noAlternative;
  if (name === "EarlyExitException") return SYNTAX_CODES.expectedOneOrMore;
  return SYNTAX_CODES.expectedDeclaration;
}

function errorRange(text: string, e: IRecognitionException, whole: Range): Range {
  if (isReal(e.token)) return { start: startOf(e.token), end: endOf(e.token) };
  const prev = (e as IRecognitionException & { previousToken?: IToken }).previousToken;
  if (isReal(prev)) {
    const end = endOf(prev);
    return { start: end, end };
  }
  return text.length === 0 ? whole : { start: whole.end, end: whole.end };
}

function diag(code: SyntaxCode, message: string, file: string, range: Range): Diagnostic {
  return { code: code.code, severity: "error", message, location: { file, range }, related: [], suggestions: [] };
}

/** The position of an offset. */
function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

function point(text: string, offset: number): Range {
  const p = positionAt(text, Math.min(offset, 4096));
  return { start: p, end: p };
}

function rangeOfText(text: string): Range {
  return { start: { line: 1, column: 1, offset: 0 }, end: text.length > MAX_FILE_SIZE ? { line: 1, column: 1, offset: 0 } : positionAt(text, text.length) };
}
