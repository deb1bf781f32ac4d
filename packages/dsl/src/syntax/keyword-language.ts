import type { IToken, TokenType } from "chevrotain";
import type { KeywordLanguage } from "./ast.js";
import { WORDS } from "./keywords.js";
import { LEXER_TOKENS } from "./lexer/tokens.js";

/** Token types the lexer makes (identifiers, literals, punctuation): none of them is a keyword. */
const LEXED: ReadonlySet<TokenType> = new Set(LEXER_TOKENS);

/**
 * The language of keywords spelled alike in both languages (`program`, `target`,
 * `september`, `semester`), taken from their context so that the formatter keeps a Bahasa
 * Indonesia file in Bahasa Indonesia: the nearest keyword before it whose language is
 * definite, else the first such keyword in the file, else English.
 */
const contextual = new WeakMap<IToken, KeywordLanguage>();

/** Records, for every keyword of `tokens` spelled alike in both languages, the language of its context. */
export function inferSharedKeywordLanguages(tokens: readonly IToken[]): void {
  let current: KeywordLanguage | undefined;
  const pending: IToken[] = [];
  for (const token of tokens) {
    // Only keyword tokens can be in the table (the lexer re-typed exactly those words).
    if (LEXED.has(token.tokenType)) continue;
    const meaning = WORDS.get(token.image);
    if (meaning === undefined) continue;
    if (meaning.lang !== undefined) {
      if (current === undefined) for (const early of pending) contextual.set(early, meaning.lang);
      current = meaning.lang;
    } else if (current === undefined) {
      pending.push(token);
    } else {
      contextual.set(token, current);
    }
  }
}

/** The language of a keyword token: its own when definite, else its context's, else English. */
export function keywordLanguage(token: IToken): KeywordLanguage {
  return WORDS.get(token.image)?.lang ?? contextual.get(token) ?? "en";
}

/** The language of a keyword token when its spelling alone tells, else undefined. */
export function definiteKeywordLanguage(token: IToken): KeywordLanguage | undefined {
  return WORDS.get(token.image)?.lang;
}
