/**
 * The lexer: Chevrotain tokens, then words re-typed to keywords by exact lookup.
 */
import { Lexer, type ILexingError, type IToken } from "chevrotain";
import { WORDS, type WordMeaning } from "../keywords.js";
import { Identifier, K, LEXER_TOKENS } from "./tokens.js";

/**
 * Builds the lexer. `validate` checks the token definitions (unreachable or empty
 * patterns): a test does, once; the shared lexer skips it, which saves time on every start.
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

const lexer = createLexer();

/** The result of lexing: tokens for the parser, comments, and errors. */
export interface LexResult {
  /** Significant tokens, keywords re-typed. */
  readonly tokens: IToken[];
  /** `//` and `///` comments in source order. */
  readonly comments: IToken[];
  /** Characters no token matches. */
  readonly errors: ILexingError[];
}

/** What a keyword token means (language, weekday/month/ordinal value), if it is one. */
export function meaningOf(token: IToken): WordMeaning | undefined {
  return WORDS.get(token.image);
}

/** Splits text into tokens. Never throws on user input. */
export function tokenize(text: string): LexResult {
  const result = lexer.tokenize(text);
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
