import { describe, expect, it } from "vitest";
import { createLexer } from "../../src/syntax/lexer/lexer.js";
import { LontarParser } from "../../src/syntax/parser/parser.js";

// The shared lexer and parser skip chevrotain's definition checks to start faster; these
// build them with the checks on, so a grammar or token mistake still fails here.
describe("grammar definition checks (skipped at run time)", () => {
  it("the token definitions have no errors", () => {
    expect(createLexer(true).lexerDefinitionErrors).toEqual([]);
  });

  it("the grammar validates: no ambiguity, left recursion or duplicate rule (chevrotain throws on any)", () => {
    expect(() => new LontarParser(true)).not.toThrow();
  });
});
