import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex, sha256HexInto } from "../../src/export/ics/sha256.js";

const nodeSha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

describe("sha256Hex", () => {
  it("gives node:crypto's digest for any text, including lengths around the 55/56/64-byte padding edges", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 150 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
      { seed: 256, numRuns: 500 },
    );
    for (let length = 50; length <= 130; length++) expect(sha256Hex("x".repeat(length))).toBe(nodeSha256("x".repeat(length)));
  });

  it("encodes lone surrogates as node does (U+FFFD)", () => {
    expect(sha256Hex("a\uD800b")).toBe(nodeSha256("a\uD800b"));
  });
});

describe("sha256HexInto", () => {
  it("writes the first digits of sha256Hex as ASCII bytes where asked", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 150 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 8 }), (text, half, at) => {
        const out = new Uint8Array(80).fill(0x2e);
        sha256HexInto(text, out, at, half * 2);
        const written = new TextDecoder().decode(out);
        expect(written.slice(at, at + half * 2)).toBe(nodeSha256(text).slice(0, half * 2));
        expect(written.slice(0, at) + written.slice(at + half * 2)).toBe(".".repeat(80 - half * 2));
      }),
      { seed: 257, numRuns: 300 },
    );
  });
});
