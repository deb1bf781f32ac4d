import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/text/line-index.js";

/** The position of an offset found by walking the text from its start: what the index must agree with. */
function walked(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const textWithBreaks = fc.array(fc.constantFrom("a", "é", "😀", "\n", "\r", "\r\n", " ", "room"), { maxLength: 60 }).map((parts) => parts.join(""));

describe("LineIndex", () => {
  it("gives 1-based lines and UTF-16 columns, `\\r\\n`, `\\r` and `\\n` each one break", () => {
    const index = new LineIndex("room a {}\r\nroom 😀 {}\rx\n");
    expect(index.lineCount).toBe(4);
    expect(index.positionAt(11)).toEqual({ line: 2, column: 1, offset: 11 });
    expect(index.positionAt(18)).toEqual({ line: 2, column: 8, offset: 18 });
    expect(index.protocolPositionAt(22)).toEqual({ line: 2, character: 0 });
    expect(index.offsetAt({ line: 1, character: 5 })).toBe(16);
    expect(index.lineEnd(0)).toBe(9);
    expect(index.lineEnd(1)).toBe(21);
  });

  it("clamps places outside the text: a column past the line's end, a line past the last, negative offsets", () => {
    const index = new LineIndex("ab\ncd");
    expect(index.offsetAt({ line: 0, character: 99 })).toBe(2);
    expect(index.offsetAt({ line: 9, character: 0 })).toBe(5);
    expect(index.offsetAt({ line: -1, character: 3 })).toBe(0);
    expect(index.positionAt(-4)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.positionAt(99)).toEqual({ line: 2, column: 3, offset: 5 });
  });

  it("agrees with a walk from the start of the text at every offset, and converts back", () => {
    fc.assert(
      fc.property(textWithBreaks, (text) => {
        const index = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const p = index.positionAt(offset);
          expect({ line: p.line, column: p.column }).toEqual(walked(text, offset));
          const q = index.protocolPositionAt(offset);
          expect(q).toEqual({ line: p.line - 1, character: p.column - 1 });
          // Inside a `\r\n` pair there is no position of its own: it maps to the line's end.
          const back = index.offsetAt(q);
          if (!(text[offset - 1] === "\r" && text[offset] === "\n")) expect(back).toBe(offset);
          expect(index.offsetOfLineColumn(p.line, p.column)).toBe(back);
        }
      }),
    );
  });
});
