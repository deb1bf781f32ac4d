/**
 * The public parse API: text in, a FileNode and diagnostics out. Never throws.
 */
import type { IToken } from "chevrotain";
import { createDiagnostic, isSafePattern, suggestion, type ArgsOf, type DiagnosticExtras, type DiagnosticMessageKey, type Labels } from "@lontar/core";
import type { Diagnostic, Position, Range } from "../diagnostics/diagnostic.js";
import { LineIndex } from "../text/line-index.js";
import type { FileNode, KeywordLanguage } from "./ast.js";
import { attachComments } from "./ast-builder/comments.js";
import { endOf, startOf } from "./ast-builder/ranges.js";
import { findTooDeep, MAX_CONDITION_OPERANDS, MAX_NESTING } from "./depth-guard.js";
import { WORDS } from "./keywords.js";
import { keywordsMeantBy } from "./parser/keyword-suggestions.js";
import { MAX_FILE_SIZE, MAX_SYNTAX_DIAGNOSTICS } from "./limits.js";

export { MAX_FILE_SIZE, MAX_SYNTAX_DIAGNOSTICS } from "./limits.js";

/** The replacement character: what a byte that is not UTF-8 becomes when a file is read as UTF-8. */
const UNREADABLE = "\uFFFD";
import { lexedOfScan, tableOfScan, tokenize } from "./lexer/lexer.js";
import { Minus, NumberLiteral, StringLiteral, UnfinishedTime } from "./lexer/tokens.js";
import { fastScan, type FastScan } from "./lexer/fast-scan.js";
import { imageOf, rangeAt } from "./lexer/token-table.js";
import { readFileFast } from "./parser/fast-file.js";
import { inferSharedKeywordLanguages } from "./keyword-language.js";
import { TOP_LEVEL_EXPECTATION } from "./parser/messages.js";
import { readItems, type ItemError, type ItemsSeen, type PropertyReader } from "./parser/items.js";
import { curlyQuotesDiagnostic } from "./parser/curly-quotes.js";
import { unexpectedCharacter } from "./parser/unexpected-character.js";
import { apostropheWord } from "./parser/apostrophe-word.js";
import { inConditionLine } from "./parser/condition-line.js";
import { typographicDashDiagnostic } from "./parser/typographic-dash.js";
import { foreignCommentDiagnostic, isForeignComment } from "./parser/foreign-comment.js";
import { notationDiagnostic } from "./parser/notation.js";
import { partiesWordAt } from "./parser/written-parties.js";
import { ordinalJoin } from "./parser/ordinal-ampersand.js";
import { grammar } from "./parser/parser.js";
import { readFileHorizon } from "./parser/file-horizon.js";
import { TokenIndex } from "./parser/token-index.js";
import { SYNTAX_CODES, type SyntaxCode } from "./syntax-codes.js";
import { expectString } from "../text/caller-input.js";


/** The result of {@link parseFile}. */
export interface ParseResult {
  /** The tree; partial when there were syntax errors. */
  readonly file: FileNode;
  /** LON1xxx diagnostics. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses one `.lontar` file.
 *
 * @example
 * const { file, diagnostics } = parseFile('room aula at dispusip_solok { capacity 60 }', "main.lontar");
 * @throws TypeError when `text` or `path` is not a string (a file read as a Buffer).
 */
export function parseFile(text: string, path: string): ParseResult {
  expectString(text, "text", "parseFile");
  expectString(path, "path", "parseFile");
  const scanned = scanFast(text);
  return (scanned === undefined ? undefined : readFast(scanned, path)) ?? parseFileWith(text, path, "fast", scanned);
}

/**
 * The fast path of {@link parseFile}: the fast scanner and the hand-written file reader,
 * with no Chevrotain token or grammar. Undefined when the file has anything the full path
 * must report or decide (then {@link parseFileWith} reads it); otherwise the very result
 * the full path gives (a test holds them equal).
 */
export function parseFileFast(text: string, path: string): ParseResult | undefined {
  const scanned = scanFast(text);
  return scanned === undefined ? undefined : readFast(scanned, path);
}

/** The fast scanner's tokens of `text`, or undefined where the full path must lex it. */
function scanFast(text: string): FastScan | undefined {
  if (text.length > MAX_FILE_SIZE || text.includes(UNREADABLE)) return undefined;
  try {
    return fastScan(text);
  } catch {
    return undefined;
  }
}

/** The fast path's reading of a scanned file, or undefined when the full path must read it. */
function readFast(scanned: FastScan, path: string): ParseResult | undefined {
  try {
    const items = readFileFast(scanned.table);
    if (items === undefined) return undefined;
    const diagnostics: Diagnostic[] = [];
    for (const i of scanned.regexes) {
      if (diagnostics.length >= MAX_SYNTAX_DIAGNOSTICS) break;
      checkRegex(imageOf(scanned.table, i), rangeAt(scanned.table, i), path, diagnostics);
    }
    const attached = attachComments(items, scanned.comments);
    const range = { start: { line: 1, column: 1, offset: 0 }, end: scanned.end };
    return { file: { kind: "File", path, range, items: attached.items, trailingComments: attached.trailing }, diagnostics };
  } catch {
    return undefined;
  }
}

/**
 * {@link parseFile} with a choice of property reader: "grammar" runs the Chevrotain grammar
 * alone, the reference that a test compares the default ("fast") with. `scanned`, the fast
 * scanner's tokens of this very text when it read them through, spares lexing it again.
 */
export function parseFileWith(text: string, path: string, reader: PropertyReader, scanned?: FastScan): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const whole = rangeOfText(text);
  const empty = (): ParseResult => ({ file: { kind: "File", path, range: whole, items: [], trailingComments: [] }, diagnostics });
  try {
    if (text.length > MAX_FILE_SIZE) {
      diagnostics.push(makeDiagnostic("LON1003.tooLarge", { length: text.length, limit: MAX_FILE_SIZE }, path, point(text, 0)));
      return empty();
    }
    // `parseFile("rules/main.lontar", …)`: a file's path given for its text, a caller's slip told as such (not "unexpected `rules`").
    if (looksLikePath(text)) {
      diagnostics.push(makeDiagnostic("LON1104.pathForText", { text: text.trim() }, path, rangeOfText(text)));
      return empty();
    }
    const nul = text.indexOf("\u0000");
    if (nul >= 0) {
      diagnostics.push(makeDiagnostic(looksUtf16(text) ? "LON1004.utf16" : "LON1004.nul", {}, path, point(text, nul)));
      return empty();
    }
    // Bytes that were not UTF-8 became U+FFFD when the file was read: reported once, at the
    // first, and the file is read on (an error, so that `fmt --write` keeps its hands off).
    const unreadable = text.indexOf(UNREADABLE);
    if (unreadable >= 0) {
      const start = new LineIndex(text).positionAt(unreadable);
      diagnostics.push(makeDiagnostic("LON1007.notUtf8", {}, path, { start, end: { line: start.line, column: start.column + 1, offset: unreadable + 1 } }));
    }
    return { file: parseTokens(text, path, whole, diagnostics, reader, scanned), diagnostics };
  } catch (error) {
    diagnostics.push(makeDiagnostic("LON1999.internal", { error: error instanceof Error ? error.message : String(error) }, path, point(text, 0)));
    return empty();
  }
}

/**
 * Whether a text is a file's or a folder's path rather than a file's content: one line with
 * no space, ending in `.lontar`, or with a `/` or `\` and no character a `.lontar` file's
 * first line has (`{`, `"`).
 */
function looksLikePath(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || line.length > 4096 || /[\s{}"]/.test(line)) return false;
  return /\.lontar$/i.test(line) || /^(\.{0,2}[\\/]|[A-Za-z]:[\\/])/.test(line);
}

function parseTokens(text: string, path: string, whole: Range, diagnostics: Diagnostic[], reader: PropertyReader, scanned: FastScan | undefined): FileNode {
  const lexed = scanned === undefined ? tokenize(text) : lexedOfScan(scanned);
  // Where invisible or unreadable characters stand: an error that touches one is its echo (`ti\u200Ber` reads as `ti` and `er`).
  const invisibleAt = new Set<number>();
  // `kamis kedua & keempat`: the `dan` read in the place of an `&` between ordinals, by the offset of the token after it.
  const joinBefore = new Map<number, IToken>();
  // `pukul 09:`, `09:0`: a time being typed, by the offset of its hour; its `:` is no unexpected character, and the time one token.
  const unfinished = new Map<number, IToken>();
  // `jum'at`: the word without its apostrophe, by the offset of its first part (the second part is skipped).
  const joinedWords = new Map<number, IToken>();
  // Errors past the first MAX_SYNTAX_DIAGNOSTICS: counted, and summed up by one LON1006 at the first of them.
  const unshown: { count: number; first?: Range } = { count: 0 };
  for (const [n, e] of lexed.errors.entries()) {
    if (diagnostics.length >= MAX_SYNTAX_DIAGNOSTICS) {
      unshown.count += lexed.errors.length - n;
      unshown.first = { start: { line: e.line ?? 1, column: e.column ?? 1, offset: e.offset }, end: { line: e.line ?? 1, column: (e.column ?? 1) + e.length, offset: e.offset + e.length } };
      break;
    }
    const start = { line: e.line ?? 1, column: e.column ?? 1, offset: e.offset };
    const time = unfinishedTime(text, lexed.tokens, e.offset, e.length);
    if (time !== undefined) {
      unfinished.set(time.startOffset, time);
      continue;
    }
    if (e.length === 1 && text.charCodeAt(e.offset) === AMPERSAND) {
      const after = firstTokenAfter(lexed.tokens, e.offset);
      const join = ordinalJoin(text, { offset: e.offset, length: 1, line: start.line, column: start.column }, lexed.tokens[after - 1], lexed.tokens[after], path, partiesWordAt(lexed.tokens, after - 2) ? lexed.tokens[after - 2] : undefined);
      if (join !== undefined) {
        diagnostics.push(join.diagnostic);
        joinBefore.set(lexed.tokens[after]?.startOffset ?? -1, join.token);
        continue;
      }
    }
    if (e.length === 1) {
      const joined = apostropheWord(text, lexed.tokens, firstTokenAfter(lexed.tokens, e.offset), e.offset, path);
      if (joined !== undefined) {
        diagnostics.push(joined.diagnostic);
        joinedWords.set(joined.token.startOffset, joined.token);
        continue;
      }
    }
    const found = text.slice(e.offset, e.offset + Math.min(e.length, 20));
    // Bytes that were not UTF-8 (`08:00\x9616:00`, Windows-1252's dash): LON1007 says why, once; an error that touches them is its echo.
    if (isUnreadable(text, e.offset, e.length)) {
      invisibleAt.add(e.offset).add(e.offset + e.length);
      continue;
    }
    const range = { start, end: { ...start, column: start.column + e.length, offset: e.offset + e.length } };
    const unexpected = unexpectedCharacter(text, e.offset, e.length, found, range, path);
    if (unexpected.invisible) invisibleAt.add(e.offset).add(e.offset + e.length);
    diagnostics.push(unexpected.diagnostic);
  }
  // `# …` and `/* … */`: comments as other languages write them, one error each, and left out of the tree.
  let comments = lexed.comments;
  if (comments.some(isForeignComment)) {
    for (const c of comments) if (isForeignComment(c) && diagnostics.length < MAX_SYNTAX_DIAGNOSTICS) diagnostics.push(foreignCommentDiagnostic(c, text, path));
    comments = comments.filter((c) => !isForeignComment(c));
  }
  const tokens: IToken[] = [];
  // Warnings (curly quotes) are kept apart and added after the errors: however many, they never take an error's place in the first MAX_SYNTAX_DIAGNOSTICS.
  const warnings: Diagnostic[] = [];
  for (let n = 0; n < lexed.tokens.length; n++) {
    const t = lexed.tokens[n] as IToken;
    const time = unfinished.size > 0 ? unfinished.get(t.startOffset) : undefined;
    if (time !== undefined) {
      tokens.push(time);
      // The minute typed (`09:0`) is in the time.
      if ((lexed.tokens[n + 1]?.startOffset ?? Infinity) <= (time.endOffset ?? -1)) n++;
      continue;
    }
    const joinedWord = joinedWords.size > 0 ? joinedWords.get(t.startOffset) : undefined;
    if (joinedWord !== undefined) {
      tokens.push(joinedWord);
      n++;
      continue;
    }
    if (joinBefore.size > 0) {
      const join = joinBefore.get(t.startOffset);
      if (join !== undefined) tokens.push(join);
    }
    if (t.tokenType.name === "AndAnd") {
      // `the second && fourth thu`: `&&` between ordinals is the `and` Lontar writes, read as it.
      const join = ordinalJoin(text, { offset: t.startOffset, length: 2, line: t.startLine ?? 1, column: t.startColumn ?? 1 }, tokens[tokens.length - 1], lexed.tokens[n + 1], path, partiesWordAt(tokens, tokens.length - 2) ? tokens[tokens.length - 2] : undefined);
      if (join !== undefined && !inConditionLine(tokens, tokens.length, t.startLine)) {
        if (diagnostics.length < MAX_SYNTAX_DIAGNOSTICS) diagnostics.push(join.diagnostic);
        tokens.push(join.token);
        continue;
      }
    }
    if (t.tokenType.name === "UnterminatedString") {
      if (diagnostics.length < MAX_SYNTAX_DIAGNOSTICS) diagnostics.push(makeDiagnostic("LON1002.unterminated", {}, path, { start: startOf(t), end: endOf(t) }));
      // The grammar reads it as the string it was meant to be (to the end of its line), so the
      // missing quote is one error, not a second one for the value it leaves out.
      tokens.push({ ...t, tokenType: StringLiteral, tokenTypeIdx: StringLiteral.tokenTypeIdx ?? t.tokenTypeIdx });
      continue;
    }
    if (t.tokenType.name === "TypographicString") {
      // `“text”` is the string `"text"` (the same length, so every offset holds): one warning, the straight quotes its fix.
      if (warnings.length < MAX_SYNTAX_DIAGNOSTICS) warnings.push(curlyQuotesDiagnostic(t, path));
      tokens.push({ ...t, image: `"${t.image.slice(1, -1)}"`, tokenType: StringLiteral, tokenTypeIdx: StringLiteral.tokenTypeIdx ?? t.tokenTypeIdx });
      continue;
    }
    if (t.tokenType.name === "TypographicDash") {
      // `–` is read as the `-` it stands for; its image stays as written, for the messages that quote it.
      if (warnings.length < MAX_SYNTAX_DIAGNOSTICS) warnings.push(typographicDashDiagnostic(t, path));
      tokens.push({ ...t, tokenType: Minus, tokenTypeIdx: Minus.tokenTypeIdx ?? t.tokenTypeIdx });
      continue;
    }
    if ((t.tokenType.name === "SingleEquals" || t.tokenType.name === "MathSign") && !inConditionLine(tokens, tokens.length, t.startLine)) {
      // `=`, `≠` outside a condition are characters Lontar has no use for: reported as such, and read on without them.
      if (diagnostics.length < MAX_SYNTAX_DIAGNOSTICS) diagnostics.push(unexpectedCharacter(text, t.startOffset, 1, t.image, { start: startOf(t), end: endOf(t) }, path).diagnostic);
      continue;
    }
    if (t.tokenType.name === "RegexLiteral" && diagnostics.length < MAX_SYNTAX_DIAGNOSTICS) checkRegex(t.image, { start: startOf(t), end: endOf(t) }, path, diagnostics);
    tokens.push(t);
  }
  inferSharedKeywordLanguages(tokens);
  let limit = tokens.length;
  const deep = findTooDeep(tokens);
  const cutOffset = deep >= 0 ? (tokens[deep]?.startOffset ?? 0) : Infinity;
  if (deep >= 0) {
    const t = tokens[deep];
    if (t !== undefined) diagnostics.push(tooDeepDiagnostic(t, path));
    limit = deep;
  }
  const usable = tokens.slice(0, limit);
  const indexByOffset = new TokenIndex(usable);
  grammar().valueLangOf = (first, last) => valueLang(usable, indexByOffset, first, last);
  readFileHorizon(usable);
  const errors: ItemError[] = [];
  const seen: ItemsSeen = {};
  // Tokens the fast scanner read, none replaced or cut: its table is theirs.
  const unchanged = scanned !== undefined && deep < 0 && tokens.length === lexed.tokens.length && tokens.every((t, i) => t === lexed.tokens[i]);
  const items = readItems(text, usable, indexByOffset, errors, reader, seen, lexed.comments, unchanged ? tableOfScan(scanned) : undefined);
  // After a cut (LON1010) the file ends early: the errors of its unfinished end are echoes of the cut.
  const cutEnd = deep >= 0 ? (usable[usable.length - 1]?.endOffset ?? -1) + 1 : Infinity;
  for (const e of errors) {
    if (e.range.start.offset >= cutEnd) continue;
    if (invisibleAt.has(e.range.end.offset) || invisibleAt.has(e.range.start.offset)) continue;
    if (diagnostics.length >= MAX_SYNTAX_DIAGNOSTICS) {
      unshown.count++;
      if (unshown.first === undefined || e.range.start.offset < unshown.first.start.offset) unshown.first = e.range;
      continue;
    }
    if (e.notation !== undefined) diagnostics.push(notationDiagnostic(e.notation, path));
    else if (e.fix !== undefined) diagnostics.push(fixedDiagnostic(e, e.fix, path));
    else diagnostics.push(diag(codeOf(e), e.message, path, e.range, e.suggestions, text.slice(e.range.start.offset, e.range.end.offset)));
  }
  // A dash that joins a range another way (`senin–kamis`) is that range's error, whose fix writes `..`: not also a dash to write as `-`.
  const joins = new Set(errors.flatMap((e) => (e.notation?.fixed === ".." ? [e.notation.range.start.offset] : [])));
  if (unshown.count > 0 && unshown.first !== undefined) {
    diagnostics.push({ ...makeDiagnostic("LON1006.moreSyntax", { count: unshown.count, max: MAX_SYNTAX_DIAGNOSTICS }, path, unshown.first), severity: "error" });
  }
  for (const w of warnings) if (!joins.has(w.location.range.start.offset)) diagnostics.push(w);
  const attached = attachComments(items, comments.filter((c) => c.startOffset < cutOffset));
  return { kind: "File", path, range: whole, items: attached.items, trailingComments: attached.trailing, ...(seen.unreadHorizon === true ? { unreadHorizon: true as const } : {}) };
}

const AMPERSAND = 0x26;
const COLON = 0x3a;

/**
 * The time being typed whose `:` is the lexing error at `offset` (`length` characters): an hour
 * of one or two digits right before it, and at most one digit of minutes right after it (`09:`,
 * `09:0`), as one {@link UnfinishedTime} token; undefined for any other error.
 */
function unfinishedTime(text: string, tokens: readonly IToken[], offset: number, length: number): IToken | undefined {
  if (length !== 1 || text.charCodeAt(offset) !== COLON) return undefined;
  const after = firstTokenAfter(tokens, offset);
  const hour = tokens[after - 1];
  if (hour === undefined || hour.tokenType !== NumberLiteral || !/^\d{1,2}$/.test(hour.image) || hour.startOffset + hour.image.length !== offset) return undefined;
  const next = tokens[after];
  const minute = next !== undefined && next.tokenType === NumberLiteral && /^\d$/.test(next.image) && next.startOffset === offset + 1 ? next : undefined;
  const end = minute === undefined ? offset : minute.startOffset;
  const line = hour.startLine ?? 1;
  const column = hour.startColumn ?? 1;
  return {
    image: text.slice(hour.startOffset, end + 1), startOffset: hour.startOffset, endOffset: end, startLine: line, endLine: line,
    startColumn: column, endColumn: column + end - hour.startOffset, tokenType: UnfinishedTime, tokenTypeIdx: UnfinishedTime.tokenTypeIdx ?? hour.tokenTypeIdx,
  };
}

/** The index of the first of `tokens` (in text order) that starts after `offset`; their length when none does. */
/** Whether the `length` characters at `offset` are all U+FFFD, bytes the file's reading could not decode. */
function isUnreadable(text: string, offset: number, length: number): boolean {
  for (let i = offset; i < offset + length; i++) if (text[i] !== UNREADABLE) return false;
  return length > 0;
}

function firstTokenAfter(tokens: readonly IToken[], offset: number): number {
  let [low, high] = [0, tokens.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[mid]?.startOffset ?? Infinity) > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The error with the fix the reader found (`ItemError.fix`, certain unless `offered`): LON1105 for a missing `}` (added), else
 * LON1101 (a comma that ends a line deleted, a second value put on a line of its own, `di` before a day made `pada`, a `}` in the wrong place deleted or moved).
 */
function fixedDiagnostic(e: ItemError, found: NonNullable<ItemError["fix"]>, path: string): Diagnostic {
  const edits = found.edits.map((edit) => ({ location: { file: path, range: edit.range }, text: edit.text }));
  const certain = found.offered !== true;
  const fix =
    found.note === "deleteIt" ? suggestion("note.deleteIt", {}, edits, certain)
    : found.note === "putOnOwnLine" ? suggestion("note.putOnOwnLine", { text: found.shown }, edits, certain)
    : found.note === "closeIt" ? suggestion("note.closeIt", { head: found.shown }, edits, certain)
    : found.note === "moveBrace" ? suggestion("note.moveBrace", {}, edits, certain)
    : suggestion("note.replaceWith", { text: found.shown }, edits, certain);
  return makeDiagnostic(e.kind === "MissingBrace" ? "LON1105.parser" : "LON1101.parser", { detail: e.message }, path, e.range, { suggestions: [fix] });
}

/** A diagnostic of core's code table at `range` of `file` (syntax builds its own: it depends on nothing of semantics). */
function makeDiagnostic<K extends DiagnosticMessageKey>(key: K, args: ArgsOf<K>, file: string, range: Range, extras: DiagnosticExtras = {}): Diagnostic {
  return createDiagnostic(key, args, { file, range }, extras);
}

function tooDeepDiagnostic(t: IToken, path: string): Diagnostic {
  const range = { start: startOf(t), end: endOf(t) };
  const operator = ["AndAnd", "OrOr", "Comma"].includes(t.tokenType.name);
  return operator ? makeDiagnostic("LON1010.operands", { max: MAX_CONDITION_OPERANDS }, path, range) : makeDiagnostic("LON1010.nesting", { max: MAX_NESTING }, path, range);
}

function valueLang(tokens: readonly IToken[], index: TokenIndex, first: IToken, last: IToken): KeywordLanguage | undefined {
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

function checkRegex(image: string, range: Range, path: string, diagnostics: Diagnostic[]): void {
  const cut = image.lastIndexOf("/");
  const flags = image.slice(cut + 1);
  let ok = /^[imsu]*$/.test(flags);
  if (ok) {
    try {
      new RegExp(image.slice(1, cut), flags);
    } catch {
      ok = false;
    }
  }
  if (!ok) diagnostics.push(makeDiagnostic("LON1005.invalid", { pattern: image }, path, range));
  else if (!isSafePattern(image.slice(1, cut), flags)) {
    diagnostics.push(makeDiagnostic("LON1005.refused", { pattern: image }, path, range));
  }
}

function codeOf(e: ItemError): SyntaxCode {
  if (e.kind === "TopLevel" || e.message.en.startsWith("unexpected") && e.message.en.includes(TOP_LEVEL_EXPECTATION)) return SYNTAX_CODES.expectedDeclaration;
  if (e.kind === "MissingBrace") return SYNTAX_CODES.unclosedDeclaration;
  if (e.kind === "MismatchedTokenException") return SYNTAX_CODES.unexpectedToken;
  if (e.kind === "NoViableAltException") return SYNTAX_CODES.noAlternative;
  if (e.kind === "EarlyExitException") return SYNTAX_CODES.expectedOneOrMore;
  return SYNTAX_CODES.unexpectedToken;
}

/** The parser's codes whose message is built by the parser (`<code>.parser`, one `detail` argument). */
type ParserMessageKey = "LON1101.parser" | "LON1102.parser" | "LON1103.parser" | "LON1104.parser" | "LON1105.parser";

/** The fewest letters a word needs for a keyword's fix to be certain (see {@link diag}). */
const MIN_CERTAIN_WORD = 3;

function diag(code: SyntaxCode, message: Labels, file: string, range: Range, replacements: readonly string[] = [], word = ""): Diagnostic {
  // Each close keyword is one fix: replace the word written with it. The closest is preferred when it is the only one and the
  // word written has three letters or more: `d`, `da`, `bi` are as likely a word not yet finished as a typo of `di`, and a
  // fix-all on save would write it mid-word. A word of the language itself (`hari` where `dari` would fit) is no typo: the
  // sentence around it is written another way, and replacing it would change what it says (a synonym, `kali` for `sesi`, is certain).
  const written = range.end.offset - range.start.offset;
  const [only] = replacements;
  // A keyword written with capitals (`Program`, `Perpustakaan` at the top of a file) is that keyword: certain too.
  const capitalised = only !== undefined && only !== word && only === word.toLowerCase();
  const wordOfLanguage = WORDS.has(word.toLowerCase()) && !capitalised && !(only !== undefined && [...keywordsMeantBy(word, "id"), ...keywordsMeantBy(word, "en")].includes(only));
  const certain = replacements.length === 1 && written >= MIN_CERTAIN_WORD && !wordOfLanguage;
  const suggestions = replacements.map((text) => suggestion("note.replaceWith", { text }, [{ location: { file, range }, text }], certain));
  return makeDiagnostic(`${code.code}.parser` as ParserMessageKey, { detail: message }, file, range, { suggestions });
}

function point(text: string, offset: number): Range {
  // Only the first 4 KB are indexed: the file may be too large to read, and the place is near its start.
  const p = new LineIndex(text.slice(0, 4097)).positionAt(Math.min(offset, 4096));
  return { start: p, end: p };
}

function rangeOfText(text: string): Range {
  return { start: { line: 1, column: 1, offset: 0 }, end: text.length > MAX_FILE_SIZE ? { line: 1, column: 1, offset: 0 } : endOfText(text) };
}

/** The position just past the text's end, as {@link LineIndex} gives it (lines break at `\r\n`, `\r`, `\n`), without building an index. */
function endOfText(text: string): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1, offset: text.length };
}

/** How many characters from the start {@link looksUtf16} looks at. */
const UTF16_SAMPLE = 512;

/**
 * Whether `text`, read as UTF-8, is a file saved as UTF-16 without a byte order mark: Latin
 * letters there are a letter's byte and a NUL, so that one of every two characters (of the first
 * {@link UTF16_SAMPLE}) is NUL, and the others almost never are.
 */
function looksUtf16(text: string): boolean {
  const sample = Math.min(text.length, UTF16_SAMPLE);
  if (sample < 4) return false;
  let [even, odd] = [0, 0];
  for (let i = 0; i < sample; i++) {
    if (text.charCodeAt(i) !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = sample / 2;
  return Math.max(even, odd) >= 0.9 * Math.floor(half) && Math.min(even, odd) <= 0.1 * half;
}
