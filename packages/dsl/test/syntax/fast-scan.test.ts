/**
 * The whole-file path's scanner (fast-scan.ts) matches some tokens by hand (dates, times,
 * plain numbers) and the rest by the lexer's patterns; wherever it scans a text, its tokens
 * must be the lexer's (lexer.ts, the reference): type, offsets, line and column.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lexedOfScan, tableOfScan, tokenize } from "../../src/syntax/lexer/lexer.js";
import { inferSharedKeywordLanguages } from "../../src/syntax/keyword-language.js";
import { tableOfTokens } from "../../src/syntax/lexer/token-table.js";
import { fastScan } from "../../src/syntax/lexer/fast-scan.js";
import { imageOf } from "../../src/syntax/lexer/token-table.js";
import { hashOfWord } from "../../src/syntax/lexer/word-table.js";
import { WORDS } from "../../src/syntax/keywords.js";
import { droppedBraces, everyNth, exampleWorkspaces, keywordTypos } from "../arbitraries/mutants.js";
import { arbWorkspaceSource } from "../arbitraries/source.js";
import { PATHOLOGICAL } from "../../fuzz/pathological.js";

function fastTokens(text: string): unknown[] | undefined {
  const scanned = fastScan(text);
  if (scanned === undefined) return undefined;
  const t = scanned.table;
  const out: unknown[] = [];
  for (let i = 0; i < t.count; i++) out.push([t.types[i]?.name, imageOf(t, i), t.places.starts[i], t.places.ends[i], t.places.lines[i], t.places.columns[i]]);
  return out;
}

function lexerTokens(text: string): unknown[] {
  return tokenize(text).tokens.map((k) => [k.tokenType.name, k.image, k.startOffset, k.startOffset + k.image.length, k.startLine, k.startColumn]);
}

describe("the fast scanner gives the lexer's tokens", () => {
  it("on digit-led text: dates, date-times, times, durations, numbers with and without thousands", () => {
    const pieces = ["2024-01-08", "2024-01-08T09:00", "2024-01-08T09:00:30", "2024-1-08", "2024-01-8", "2024-01-08T9:00", "2024-01-08T09:0", "2024-01-08T09:00:3",
      "09:00", "9:00", "9:0", "123:45", "09:000", "2h", "90m", "2h30m", "2h30", "2hx", "1.000", "1.000.000", "1.0", "1.0000", "12", "0", "1.", "..", ".", "-",
      "T", ":", "h", "m", "x", " ", "\n", "\r\n", "room", "Rp 50.000"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join("");
      const fast = fastTokens(text);
      if (fast !== undefined && tokenize(text).errors.length === 0) expect(fast).toEqual(lexerTokens(text));
    }));
  });

  it("scans such text whenever the lexer finds no error in it", () => {
    let scanned = 0;
    fc.assert(fc.property(fc.array(fc.constantFrom("2024-01-08", "09:00", "9:00", "1.000", "1.0", "12", "2h", "T", ":", "-", " ", "\n"), { maxLength: 20 }), (parts) => {
      const text = parts.join("");
      if (tokenize(text).errors.length > 0) return;
      expect(fastTokens(text)).toEqual(lexerTokens(text));
      scanned++;
    }));
    expect(scanned).toBeGreaterThan(0);
  });

  it("on words: every keyword of both languages, words that share a keyword's hash, near-keywords and names", () => {
    const keywords = [...WORDS.keys()];
    const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    // The scanner finds keywords by a hash of their characters (word-table.ts): a word whose first two
    // characters differ by (+1, -31) has the same hash as the keyword and must stay a name.
    const colliders = keywords.flatMap((word) => {
      const a = word.charCodeAt(0) + 1;
      const b = word.charCodeAt(1) - 31;
      const twin = String.fromCharCode(a, b) + word.slice(2);
      return word.length >= 2 && isWordChar(a) && isWordChar(b) && !(a >= 48 && a <= 57) && !WORDS.has(twin) ? [twin] : [];
    });
    expect(colliders.length).toBeGreaterThan(50);
    for (const twin of colliders.slice(0, 5)) expect(WORDS.has(twin)).toBe(false);
    const hashes = new Set(keywords.map(hashOfWord));
    expect(colliders.every((w) => hashes.has(hashOfWord(w)))).toBe(true);
    const near = keywords.flatMap((w) => [w.slice(0, -1), `${w}s`, w.toUpperCase(), `_${w}`]).filter((w) => /^[A-Za-z_]/.test(w));
    const word = fc.oneof(fc.constantFrom(...keywords), fc.constantFrom(...colliders), fc.constantFrom(...near), fc.stringMatching(/^[a-z_][a-z0-9_]{0,12}$/));
    fc.assert(fc.property(fc.array(fc.tuple(word, fc.constantFrom(" ", "\n", ", ", "\r\n  ", ".")), { maxLength: 30 }), (parts) => {
      const text = parts.map(([w, gap]) => w + gap).join("");
      if (tokenize(text).errors.length > 0) return;
      expect(fastTokens(text)).toEqual(lexerTokens(text));
    }));
  });
});

describe("the lexer's tokens and their table rebuilt from the fast scanner's (lexedOfScan, tableOfScan), for a file the fast reader declines", () => {
  /** Where the fast scanner reads `text` through, its rebuilt tokens and comments are the lexer's, with no error. */
  function agrees(text: string): boolean {
    const scanned = fastScan(text);
    if (scanned === undefined) return false;
    const lexed = tokenize(text);
    expect(lexed.errors).toEqual([]);
    expect(lexedOfScan(scanned)).toEqual(lexed);
    // Its table is the one the grammar's path builds from those tokens.
    inferSharedKeywordLanguages(lexed.tokens);
    expect(tableOfScan(scanned)).toEqual(tableOfTokens(text, lexed.tokens));
    return true;
  }

  it("on the examples and their mutants (typos, dropped braces)", () => {
    const workspaces = exampleWorkspaces();
    const texts = [
      ...workspaces.flatMap((w) => w.files.map((f) => f.text)),
      ...[...everyNth(keywordTypos(workspaces), 80, 1), ...everyNth(droppedBraces(workspaces), 6, 0)].flatMap((m) => m.files.map((f) => f.text)),
    ];
    expect(texts.filter(agrees).length).toBeGreaterThan(texts.length / 2);
  });

  it("on generated sources in both languages", () => {
    let read = 0;
    fc.assert(fc.property(arbWorkspaceSource(), (source) => {
      if (agrees(source)) read++;
    }), { seed: 20261205, numRuns: 150 });
    expect(read).toBeGreaterThan(100);
  });

  it("on the pathological inputs the scanner reads through (50,000 times written with a dot among them), their first 20,000 characters", () => {
    const head = (text: string): string => text.slice(0, Math.max(text.lastIndexOf("\n", 20_000), Math.min(text.length, 20_000)));
    const read = PATHOLOGICAL.filter((input) => agrees(head(input.files()[0]?.text ?? ""))).map((input) => input.name);
    expect(read).toContain("50,000 times written with a dot (`open mon 08.00-16.00`)");
  });
});
