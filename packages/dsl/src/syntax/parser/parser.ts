/**
 * The one shared parser instance (Chevrotain parsers are built once and reused).
 */
import { ALL_TOKENS } from "../lexer/tokens.js";
import { DeclarationParser } from "./declaration-parser.js";
import { messages } from "./messages.js";

class LontarParser extends DeclarationParser {
  constructor() {
    super([...ALL_TOKENS], { recoveryEnabled: true, maxLookahead: 4, errorMessageProvider: messages });
    this.performSelfAnalysis();
  }
}

/** The shared parser; set `input` then call a rule. */
export const parser = new LontarParser();
