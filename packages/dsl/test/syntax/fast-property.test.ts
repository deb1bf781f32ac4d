/**
 * The hand-written property reader (fast-property.ts) reads properties ahead of the
 * Chevrotain grammar, and the whole-file fast path (fast-scan.ts, fast-file.ts) reads valid
 * files without it; the grammar stays the reference: all must give the same tree and the same
 * diagnostics, byte for byte, on the examples, on generated sources in both keyword
 * languages, on every keyword typo and dropped brace, and on random edits; and wherever the
 * fast reader accepts a property, at any token of those texts, the grammar reads the same
 * node to the same token.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IToken } from "chevrotain";
import { parseFile, parseFileFast, parseFileWith } from "../../src/syntax/parse.js";
import { tokenize } from "../../src/syntax/lexer/lexer.js";
import { inferSharedKeywordLanguages } from "../../src/syntax/keyword-language.js";
import { readPropertyFast } from "../../src/syntax/parser/fast-property.js";
import { nodeFields } from "../../src/syntax/ast-builder/spanned-node.js";
import { grammar } from "../../src/syntax/parser/parser.js";
import { TokenIndex } from "../../src/syntax/parser/token-index.js";
import { tableOfTokens } from "../../src/syntax/lexer/token-table.js";
import { droppedBraces, everyNth, exampleWorkspaces, keywordTypos } from "../arbitraries/mutants.js";
import { arbWorkspaceSource } from "../arbitraries/source.js";
import { generateWorkspace } from "../../bench/generate.js";

const examples = exampleWorkspaces().flatMap((ws) => ws.files.map((f) => ({ path: `${ws.name}/${f.path}`, text: f.text })));
const generated = generateWorkspace(2, 11).map((f) => ({ path: f.path, text: f.text }));

/** How often the whole-file fast path read a file itself (the rest it left to the full path). */
const wholeFile = { read: 0, left: 0 };

/**
 * The readers' results as JSON (key order included), so any difference in tree or diagnostics
 * shows: the property reader inside the full path, and the whole-file fast path where it reads the file.
 */
function readers(text: string, path = "main.lontar"): { fast: string; whole: string | undefined; grammar: string } {
  const whole = parseFileFast(text, path);
  if (whole === undefined) wholeFile.left++;
  else wholeFile.read++;
  return {
    fast: JSON.stringify(parseFileWith(text, path, "fast")),
    whole: whole === undefined ? undefined : JSON.stringify(whole),
    grammar: JSON.stringify(parseFileWith(text, path, "grammar")),
  };
}

function expectSame(text: string, path?: string): void {
  const { fast, whole, grammar } = readers(text, path);
  expectEqualJson(text, "fast", fast, grammar);
  if (whole !== undefined) expectEqualJson(text, "whole", whole, grammar);
}

function expectEqualJson(text: string, reader: string, got: string, grammar: string): void {
  if (got === grammar) return;
  // Only the neighbourhood of the first difference, so that a failure reads.
  let i = 0;
  while (got[i] === grammar[i]) i++;
  expect({ text, reader, got: got.slice(Math.max(0, i - 300), i + 300) }).toEqual({ text, reader, got: grammar.slice(Math.max(0, i - 300), i + 300) });
}

/** At every token of `text`, a property the fast reader accepts is the grammar's, ending at the same token. Returns how many it accepted. */
function everyTokenAgrees(text: string): number {
  const tokens: IToken[] = tokenize(text).tokens;
  inferSharedKeywordLanguages(tokens);
  const index = new TokenIndex(tokens);
  grammar().valueLangOf = () => undefined;
  const table = tableOfTokens(text, tokens);
  let accepted = 0;
  for (let i = 0; i < tokens.length; i++) {
    const quick = readPropertyFast(table, i);
    if (quick === undefined) continue;
    accepted++;
    const run = grammar().runAt(grammar().property, tokens, i, (t) => index.get(t.startOffset) ?? tokens.length);
    expect(run.error?.message).toBeUndefined();
    // The grammar's valueLang comes from parse.ts's hook; compare the rest of the node.
    // nodeFields: a rest of a fast node would miss its range (spanned-node.ts).
    const { valueLang: _a, lang: _b, ...fastNode } = nodeFields(quick.value);
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
  it("on every example file and a generated province (the whole-file path reads nearly all of them)", () => {
    const before = { ...wholeFile };
    for (const f of [...examples, ...generated]) {
      expectSame(f.text, f.path);
      // The public entry is the whole-file path, else the full path.
      expect(JSON.stringify(parseFile(f.text, f.path))).toBe(JSON.stringify(parseFileFast(f.text, f.path) ?? parseFileWith(f.text, f.path, "fast")));
    }
    const read = wholeFile.read - before.read;
    expect(read).toBeGreaterThanOrEqual(examples.length + generated.length - 5);
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

  it("on generated sources, the whole-file path reads most files itself", () => {
    const before = { ...wholeFile };
    fc.assert(fc.property(arbWorkspaceSource({ lang: "mixed" }), (text) => expectSame(text)), { numRuns: 40, seed: 33 });
    const read = wholeFile.read - before.read;
    const left = wholeFile.left - before.left;
    expect(read).toBeGreaterThan(left);
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
