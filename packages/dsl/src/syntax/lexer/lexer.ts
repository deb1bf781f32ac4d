/**
 * The lexer: Chevrotain tokens, then words re-typed to keywords by exact lookup.
 */
import { Lexer, type ILexingError, type IToken, type TokenType } from "chevrotain";
import type { Range } from "../../diagnostics/diagnostic.js";
import { WORDS, type WordMeaning } from "../keywords.js";
import { DepthGuard } from "../depth-guard.js";
import { scan } from "./scanner.js";
import type { FastScan } from "./fast-scan.js";
import { LANG_CODE, meaningAt, type TokenTable } from "./token-table.js";
import { Identifier, K, LEXER_TOKENS } from "./tokens.js";

/**
 * Builds Chevrotain's lexer for the token definitions. `validate` checks them (unreachable
 * or empty patterns). {@link tokenize} runs the faster scanner of `scanner.ts`; a test checks
 * that both give the same tokens, positions and errors.
 */
export function createLexer(validate = false): Lexer {
  return new Lexer([...LEXER_TOKENS], {
    positionTracking: "full",
    ensureOptimizations: true,
    skipValidations: !validate,
    // Only `\n` and `\r` break lines here; line terminators are listed so columns stay right.
    lineTerminatorCharacters: ["\n", "\r"],
    lineTerminatorsPattern: /\r\n|\r|\n/g,
  });
}

/** The result of lexing: tokens for the parser, comments, and errors. */
export interface LexResult {
  /** Significant tokens, keywords re-typed. */
  readonly tokens: IToken[];
  /** `//` and `///` comments in source order. */
  readonly comments: IToken[];
  /** Runs of characters no token matches (at most `MAX_LEXING_ERRORS`). */
  readonly errors: ILexingError[];
}

/** What a keyword token means (language, weekday/month/ordinal value), if it is one. */
export function meaningOf(token: IToken): WordMeaning | undefined {
  return WORDS.get(token.image);
}

/**
 * Splits text into tokens. Linear in the text's length; never throws on user input.
 * Scanning stops at the first token nested too deep (see `depth-guard.ts`): the parser
 * reads nothing after it, so the tokens, comments and lexing errors beyond are not built.
 */
export function tokenize(text: string): LexResult {
  const guard = new DepthGuard();
  const result = scan(text, (token) => guard.exceeds(token.tokenType.name));
  for (const token of result.tokens) {
    if (token.tokenType !== Identifier) continue;
    const meaning = WORDS.get(token.image);
    if (meaning === undefined) continue;
    const type = K[meaning.token];
    if (type === undefined) continue;
    token.tokenType = type;
    token.tokenTypeIdx = type.tokenTypeIdx ?? token.tokenTypeIdx;
  }
  return { tokens: result.tokens, comments: result.groups["comments"] ?? [], errors: result.errors };
}

/**
 * The lexer's result for a text the fast scanner read through (see fast-scan.ts), built from
 * its table instead of scanning the text again: the same tokens as {@link tokenize} (types,
 * images, positions; a test holds them equal), its comments, and no error, since the fast
 * scanner gives up on any character no token matches and on anything the depth guard cuts.
 * For a file whose tokens are sound but whose grammar the fast reader declines.
 */
export function lexedOfScan(scanned: FastScan): LexResult {
  const table = scanned.table;
  const { starts, ends, lines, columns } = table.places;
  const tokens: IToken[] = new Array<IToken>(table.count);
  for (let i = 0; i < table.count; i++) {
    const type = table.types[i] as TokenType;
    const start = starts[i] ?? 0;
    const end = ends[i] ?? start;
    const line = lines[i] ?? 1;
    const column = columns[i] ?? 1;
    tokens[i] = {
      image: table.words[i] ?? table.text.slice(start, end), startOffset: start, endOffset: end - 1, startLine: line, endLine: line,
      startColumn: column, endColumn: column + end - start - 1, tokenTypeIdx: type.tokenTypeIdx ?? 0, tokenType: type,
    };
  }
  return { tokens, comments: scanned.comments, errors: [] };
}

/**
 * The fast scanner's table as the grammar's path would build it from {@link lexedOfScan}'s
 * tokens (token-table.ts's `tableOfTokens`, after `inferSharedKeywordLanguages`): the same
 * fields, a keyword spelled alike in both languages with no keyword of definite language in
 * the file taken as English, and no range built yet. A test holds the two equal.
 */
export function tableOfScan(scanned: FastScan): TokenTable {
  const table = scanned.table;
  const langs = table.langs.slice();
  for (let i = 0; i < table.count; i++) if (langs[i] === LANG_CODE.none && meaningAt(table, i) !== undefined) langs[i] = LANG_CODE.en;
  return { ...table, langs, ranges: new Array<Range | undefined>(table.count) };
}
