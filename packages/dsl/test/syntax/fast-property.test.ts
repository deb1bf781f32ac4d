/**
 * The hand-written property reader (fast-property.ts) reads properties ahead of the
 * Chevrotain grammar, which stays the reference: both must give the same tree and the same
 * diagnostics, byte for byte, on the examples, on generated sources in both keyword
 * languages, on every keyword typo and dropped brace, and on random edits; and wherever the
 * fast reader accepts a property, at any token of those texts, the grammar reads the same
 * node to the same token.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IToken } from "chevrotain";
import { parseFileWith } from "../../src/syntax/parse.js";
import { tokenize } from "../../src/syntax/lexer/lexer.js";
import { inferSharedKeywordLanguages } from "../../src/syntax/keyword-language.js";
import { readPropertyFast } from "../../src/syntax/parser/fast-property.js";
import { parser } from "../../src/syntax/parser/parser.js";
import { TokenIndex } from "../../src/syntax/parser/token-index.js";
import { tableOfTokens } from "../../src/syntax/lexer/token-table.js";
import { droppedBraces, everyNth, exampleWorkspaces, keywordTypos } from "../arbitraries/mutants.js";
import { arbWorkspaceSource } from "../arbitraries/source.js";
import { generateWorkspace } from "../../bench/generate.js";

const examples = exampleWorkspaces().flatMap((ws) => ws.files.map((f) => ({ path: `${ws.name}/${f.path}`, text: f.text })));
const generated = generateWorkspace(2, 11).map((f) => ({ path: f.path, text: f.text }));

/** Both readers' results as JSON (key order included), so any difference in tree or diagnostics shows. */
function both(text: string, path = "main.lontar"): { fast: string; grammar: string } {
  return { fast: JSON.stringify(parseFileWith(text, path, "fast")), grammar: JSON.stringify(parseFileWith(text, path, "grammar")) };
}

function expectSame(text: string, path?: string): void {
  const { fast, grammar } = both(text, path);
  if (fast === grammar) return;
  // Only the neighbourhood of the first difference, so that a failure reads.
  let i = 0;
  while (fast[i] === grammar[i]) i++;
  expect({ text, fast: fast.slice(Math.max(0, i - 300), i + 300) }).toEqual({ text, grammar: grammar.slice(Math.max(0, i - 300), i + 300) });
}

/** At every token of `text`, a property the fast reader accepts is the grammar's, ending at the same token. Returns how many it accepted. */
function everyTokenAgrees(text: string): number {
  const tokens: IToken[] = tokenize(text).tokens;
  inferSharedKeywordLanguages(tokens);
  const index = new TokenIndex(tokens);
  parser.valueLangOf = () => undefined;
  const table = tableOfTokens(text, tokens);
  let accepted = 0;
  for (let i = 0; i < tokens.length; i++) {
    const quick = readPropertyFast(table, i);
    if (quick === undefined) continue;
    accepted++;
    const run = parser.runAt(parser.property, tokens, i, (t) => index.get(t.startOffset) ?? tokens.length);
    expect(run.error?.message).toBeUndefined();
    // The grammar's valueLang comes from parse.ts's hook; compare the rest of the node.
    const { valueLang: _a, lang: _b, ...fastNode } = quick.value;
    const { valueLang: _c, lang: _d, ...grammarNode } = run.value ?? { lang: undefined };
    expect(JSON.stringify(fastNode)).toBe(JSON.stringify(grammarNode));
    expect(quick.next).toBe(run.next);
  }
  return accepted;
}

/** A random edit of a text: a span deleted, duplicated, or replaced with a few of the language's characters. */
const arbEdit = (text: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.nat({ max: Math.max(0, text.length - 1) }), fc.nat({ max: 12 }), fc.constantFrom("delete", "duplicate", "replace"), fc.stringMatching(/^[a-z0-9 .,:\-{}()[\]"\n&|=<>!/]{0,6}$/))
    .map(([at, length, kind, junk]) => {
      const end = Math.min(text.length, at + length);
      if (kind === "delete") return text.slice(0, at) + text.slice(end);
      if (kind === "duplicate") return text.slice(0, end) + text.slice(at, end) + text.slice(end);
      return text.slice(0, at) + junk + text.slice(end);
    });

describe("the fast property reader agrees with the grammar", () => {
  it("on every example file and a generated province", () => {
    for (const f of [...examples, ...generated]) expectSame(f.text, f.path);
  });

  it("at every token of the examples (it accepts nearly every property)", () => {
    let accepted = 0;
    for (const f of examples) accepted += everyTokenAgrees(f.text);
    expect(accepted).toBeGreaterThan(500);
  });

  it("on generated sources in English, Bahasa Indonesia and mixed", () => {
    for (const lang of ["en", "id", "mixed"] as const) {
      fc.assert(
        fc.property(arbWorkspaceSource({ lang }), (text) => {
          expectSame(text);
          everyTokenAgrees(text);
        }),
        { numRuns: 25, seed: 31 },
      );
    }
  });

  it("on keyword typos and dropped braces of the examples", () => {
    const workspaces = exampleWorkspaces();
    const mutants = [...everyNth(keywordTypos(workspaces), 60, 3), ...everyNth(droppedBraces(workspaces), 4, 1)];
    expect(mutants.length).toBeGreaterThan(20);
    for (const m of mutants) {
      const file = m.files.find((f) => f.path === m.file);
      if (file !== undefined) expectSame(file.text, file.path);
    }
  }, 120_000);

  it("on random edits of the examples", () => {
    const arb = fc.constantFrom(...examples).chain((f) => arbEdit(f.text));
    fc.assert(
      fc.property(arb, (text) => {
        expectSame(text);
        everyTokenAgrees(text);
      }),
      { numRuns: 150, seed: 32 },
    );
  }, 120_000);
});
