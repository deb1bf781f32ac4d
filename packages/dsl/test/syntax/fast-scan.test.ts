/**
 * The whole-file path's scanner (fast-scan.ts) matches some tokens by hand (dates, times,
 * plain numbers) and the rest by the lexer's patterns; wherever it scans a text, its tokens
 * must be the lexer's (lexer.ts, the reference): type, offsets, line and column.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/syntax/lexer/lexer.js";
import { fastScan } from "../../src/syntax/lexer/fast-scan.js";
import { imageOf } from "../../src/syntax/lexer/token-table.js";

function fastTokens(text: string): unknown[] | undefined {
  const scanned = fastScan(text);
  if (scanned === undefined) return undefined;
  const t = scanned.table;
  const out: unknown[] = [];
  for (let i = 0; i < t.count; i++) out.push([t.types[i]?.name, imageOf(t, i), t.starts[i], t.ends[i], t.lines[i], t.columns[i]]);
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
});
