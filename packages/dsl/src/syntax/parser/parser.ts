/**
 * The one shared parser instance (Chevrotain parsers are built once and reused).
 */
import { ALL_TOKENS } from "../lexer/tokens.js";
import { DeclarationParser } from "./declaration-parser.js";
import { LazyLookaheadStrategy } from "./lazy-lookahead.js";
import { messages } from "./messages.js";

/**
 * The Lontar grammar. `validate` checks the grammar itself (ambiguities, left recursion):
 * a test does, once; the shared instance skips it, which saves a good part of every start.
 * Lookahead functions are built on first use (see {@link LazyLookaheadStrategy}).
 */
export class LontarParser extends DeclarationParser {
  constructor(validate = false) {
    super([...ALL_TOKENS], {
      recoveryEnabled: true,
      maxLookahead: 4,
      lookaheadStrategy: new LazyLookaheadStrategy({ maxLookahead: 4 }),
      errorMessageProvider: messages,
      skipValidations: !validate,
    });
    this.performSelfAnalysis();
  }
}

/** The shared parser; set `input` then call a rule. */
export const parser = new LontarParser();
