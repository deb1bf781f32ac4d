import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLexer } from "../../src/syntax/lexer/lexer.js";
import { MAX_LEXING_ERRORS, scan } from "../../src/syntax/lexer/scanner.js";

// The scanner replaces Chevrotain's lexer at run time; Chevrotain's stays the reference.
const reference = createLexer();

function both(text: string): { ours: unknown; theirs: unknown } {
  const r = reference.tokenize(text);
  const s = scan(text);
  const shape = (t: { image: string; startOffset: number; endOffset?: number; startLine?: number; endLine?: number; startColumn?: number; endColumn?: number; tokenType: { name: string } }) =>
    [t.tokenType.name, t.image, t.startOffset, t.endOffset, t.startLine, t.endLine, t.startColumn, t.endColumn];
  return {
    ours: { tokens: s.tokens.map(shape), comments: (s.groups["comments"] ?? []).map(shape), errors: s.errors.map((e) => [e.offset, e.length, e.line, e.column]) },
    theirs: { tokens: r.tokens.map(shape), comments: (r.groups["comments"] ?? []).map(shape), errors: r.errors.slice(0, MAX_LEXING_ERRORS).map((e) => [e.offset, e.length, e.line, e.column]) },
  };
}

function exampleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return exampleFiles(path);
    return e.name.endsWith(".lontar") ? [readFileSync(path, "utf8")] : [];
  });
}

describe("the scanner gives Chevrotain's tokens, positions and errors", () => {
  it("on every example file", () => {
    const files = exampleFiles(join(import.meta.dirname, "../../../../examples"));
    expect(files.length).toBeGreaterThan(0);
    for (const text of files) {
      const { ours, theirs } = both(text);
      expect(ours).toEqual(theirs);
    }
  });

  it("on random text over the language's characters and junk", () => {
    const pieces = ["room", "Rp 1.000", "Rp", "2019-01-01T10:00", "2019-01-01", "09:00", "2h30m", "2h", "1.000", "1.0", "..", ".", ",", "{", "}", "(", ")", "[", "]",
      "&&", "&", "||", "|", "==", "=~", "=", "!=", "!", "<=", ">=", "<", ">", "/", "//", "/// doc", "/a[/]b/i", "-", '"s"', '"a\\"b', '"x', " ", "\t", "\n", "\r\n", "\r",
      "\u00A0", "\uFEFF", "@", "*", "#", "# note", "/*", "*/", "/** a\n * b */", "é", "\u2028", "😀", "x_1", "_"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const { ours, theirs } = both(parts.join(""));
      expect(ours).toEqual(theirs);
    }));
  });

  it("records at most MAX_LEXING_ERRORS error runs, coalescing adjacent characters", () => {
    expect(scan("@ ".repeat(10_000)).errors).toHaveLength(MAX_LEXING_ERRORS);
    expect(scan("@".repeat(10_000)).errors).toEqual([expect.objectContaining({ offset: 0, length: 10_000, line: 1, column: 1 })]);
  });
});
