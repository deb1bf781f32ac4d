import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatStylish } from "../src/format/stylish.js";
import { visibleSource, visibleText } from "../src/format/visible-text.js";
import type { Diagnostic } from "@lontar/dsl";

// Code units around every range the escaping cares about (fast-check's "binary" unit is slow to set up).
const units = fc.array(fc.oneof(fc.integer({ min: 0, max: 0xff }), fc.integer({ min: 0x2000, max: 0x2070 }), fc.integer({ min: 0xd800, max: 0xdfff })), { maxLength: 40 });
const text = units.map((codes) => String.fromCharCode(...codes));
// eslint-disable-next-line no-control-regex -- the characters the escaping must remove
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe("visibleText", () => {
  it("shows line breaks, escapes and bidi overrides as pictures, one unit for one", () => {
    expect(visibleText("a\n::error::x")).toBe("a␊::error::x");
    expect(visibleText("\u001b[31mred\r")).toBe("␛[31mred␍");
    expect(visibleText("x\u202ey\u007f")).toBe("x\uFFFDy␡");
  });

  it("keeps the length and leaves no control character, whatever the text", () => {
    fc.assert(
      fc.property(text, (input) => {
        const shown = visibleText(input);
        expect(shown).toHaveLength(input.length);
        expect(shown).not.toMatch(CONTROL);
        expect(shown).not.toMatch(/[\t\n\r]/);
      }),
      { seed: 41, numRuns: 500 },
    );
  });

  it("visibleSource keeps tabs and line ends, so code frames stay aligned", () => {
    expect(visibleSource("a\tb\r\nc\rd\u001be\n")).toBe("a\tb\r\nc␍d␛e\n");
  });
});

describe("stylish output", () => {
  it("prints no raw control character from a file name, a message or the source", () => {
    const point = { line: 1, column: 1, offset: 0 };
    const diagnostic: Diagnostic = {
      code: "LON1001",
      severity: "error",
      message: "unexpected `\u001b[2J`\n::error::forged",
      location: { file: "a\u001b]0;x\u0007.lontar", range: { start: point, end: { line: 1, column: 2, offset: 1 } } },
      related: [],
      suggestions: [],
    };
    const sources = new Map([["a\u001b]0;x\u0007.lontar", "\u001b[2J\u202eroom\n"]]);
    const text = formatStylish([diagnostic], { cwd: "/ws", sources, toolVersion: "0", color: false });
    expect(text).not.toMatch(CONTROL);
    expect(text.split("\n").some((line) => line.startsWith("::"))).toBe(false);
  });
});
