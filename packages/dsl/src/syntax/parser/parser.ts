/**
 * The one shared parser instance (Chevrotain parsers are built once, on first use, and reused). It runs
 * without Chevrotain's error recovery: each run stops at its first error, and items.ts
 * decides where to go on, so one mistake gives one error.
 */
import { getLookaheadPaths, NoViableAltException, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type LookaheadSequence, type TokenType } from "chevrotain";
import { ALL_TOKENS } from "../lexer/tokens.js";
import { DeclarationParser } from "./declaration-parser.js";
import { LazyLookaheadStrategy } from "./lazy-lookahead.js";
import { lastExpectation, messages } from "./messages.js";

/** What one run of a rule gives: its value, where it stopped, and its first error with what was expected there. */
export interface RuleRun<T> {
  /** The rule's value; undefined after an error. */
  readonly value: T | undefined;
  /** The index of the first token not read (after an error: the error's token). */
  readonly next: number;
  /** The first error, if any. */
  readonly error?: IRecognitionException;
  /** The token types the grammar accepted at the error. */
  readonly expected: readonly TokenType[];
}

/** Chevrotain's token cursor (public in its JavaScript, absent from its types). */
interface TokenCursor {
  exportLexerState(): number;
  importLexerState(index: number): void;
}

/** Chevrotain's parser members that its error handler uses (public in its JavaScript, absent from its types). */
interface ErrorHandlerInternals {
  readonly maxLookahead: number;
  readonly errorMessageProvider: IParserErrorMessageProvider;
  getCurrRuleFullName(): string;
  SAVE_ERROR(error: IRecognitionException): IRecognitionException;
}

/**
 * The Lontar grammar. `validate` checks the grammar itself (ambiguities, left recursion):
 * a test does, once; the shared instance skips it, which saves a good part of every start.
 * Lookahead functions are built on first use (see {@link LazyLookaheadStrategy}).
 */
export class LontarParser extends DeclarationParser {
  constructor(validate = false) {
    super([...ALL_TOKENS], {
      recoveryEnabled: false,
      maxLookahead: 4,
      lookaheadStrategy: new LazyLookaheadStrategy({ maxLookahead: 4 }),
      errorMessageProvider: messages,
      skipValidations: !validate,
    });
    this.performSelfAnalysis();
  }

  /**
   * Chevrotain asks this when a top-level run ends, to report input left over. A run here
   * reads one item or property and stops before the rest by design, so nothing is ever
   * left over (building that error's exception for every property cost more than parsing).
   */
  isAtEndOfInput(): boolean {
    return true;
  }

  /** Each choice's lookahead paths (by rule and occurrence), for the errors of {@link raiseNoAltException}. */
  private readonly noAltPaths = new Map<string, LookaheadSequence[]>();

  /**
   * Chevrotain's error for a choice none of whose alternatives fits, the same error with
   * the same message, but with the choice's lookahead paths worked out once per choice:
   * Chevrotain works them out on every such error (a TODO in its error handler), which takes
   * milliseconds for the property choice, so a file of 3,000 lines like `capacity 9 9` took
   * 20 s to read.
   */
  raiseNoAltException(occurrence: number, errMsgTypes: string | undefined): never {
    const self = this as unknown as ErrorHandlerInternals;
    const ruleName = self.getCurrRuleFullName();
    const key = `${ruleName}#${occurrence}`;
    let paths = this.noAltPaths.get(key);
    const rule = this.getGAstProductions()[ruleName];
    if (paths === undefined && rule !== undefined) {
      paths = getLookaheadPaths({ occurrence, rule, prodType: "Alternation", maxLookahead: self.maxLookahead });
      this.noAltPaths.set(key, paths);
    }
    const actual: IToken[] = [];
    for (let i = 1; i <= self.maxLookahead; i++) actual.push(this.LA(i));
    const previous = this.LA(0);
    const message = self.errorMessageProvider.buildNoViableAltMessage({ expectedPathsPerAlt: paths ?? [], actual, previous, customUserDescription: errMsgTypes ?? "", ruleName });
    throw self.SAVE_ERROR(new NoViableAltException(message, this.LA(1), previous));
  }

  /** Runs `rule` on `tokens` from index `at`; `indexOf` maps a token to its index (for the error's place). */
  runAt<T>(rule: () => T, tokens: IToken[], at: number, indexOf: (token: IToken) => number): RuleRun<T> {
    this.input = tokens;
    const cursor = this as unknown as TokenCursor;
    cursor.importLexerState(at - 1);
    lastExpectation.types = [];
    // A syntax error is an exception here, and no one reads its stack: not capturing it saves
    // a good part of each error's cost (the limit is the process's, restored at once).
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let value: T;
    try {
      value = rule.call(this);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    const error = this.errors[0];
    if (error === undefined) return { value, next: cursor.exportLexerState() + 1, expected: [] };
    const next = error.token.tokenType.name === "EOF" ? tokens.length : indexOf(error.token);
    return { value: undefined, next, error, expected: lastExpectation.types };
  }
}

let shared: LontarParser | undefined;

/**
 * The shared parser, built on first use (its rules, token numbering and grammar analysis
 * cost a good part of a start, and a valid file never needs them: parse.ts reads it by its
 * fast path); call {@link LontarParser.runAt} with one of its rules.
 */
export function grammar(): LontarParser {
  shared ??= new LontarParser();
  return shared;
}

/**
 * Runs `rule` from the first of `tokens`, a list of its own (tokens put back, or a slice of
 * a file's): an error's token is found in that list, its end when it is not there.
 */
export function runOver<T>(rule: () => T, tokens: readonly IToken[]): RuleRun<T> {
  return grammar().runAt(rule, tokens as IToken[], 0, (token) => {
    const i = tokens.indexOf(token);
    return i < 0 ? tokens.length : i;
  });
}
