import { describe, expect, it } from "vitest";
import { PackedRange, packJoin, packRange } from "../../src/syntax/ast-builder/packed-range.js";
import { parseFile } from "../../src/index.js";

const a = { line: 2, column: 3, offset: 10 };
const b = { line: 4, column: 1, offset: 30 };

describe("packed ranges", () => {
  it("read as the plain range they pack, and serialise to its bytes", () => {
    const packed = packRange(a, b);
    expect(packed.start).toEqual(a);
    expect(packed.end).toEqual(b);
    expect(JSON.stringify(packed)).toBe(JSON.stringify({ start: a, end: b }));
    expect(JSON.stringify({ location: { file: "x", range: packed } })).toBe(JSON.stringify({ location: { file: "x", range: { start: a, end: b } } }));
  });
  it("join packed and plain ranges from the first's start to the second's end", () => {
    const plain = { start: a, end: a };
    const other = { start: b, end: b };
    for (const [x, y] of [[packRange(a, a), packRange(b, b)], [plain, other], [packRange(a, a), other], [plain, packRange(b, b)]] as const) {
      const joined = packJoin(x, y);
      expect(joined).toBeInstanceOf(PackedRange);
      expect({ start: joined.start, end: joined.end }).toEqual({ start: a, end: b });
    }
  });
  it("are what the parser gives every node, on the fast path and the grammar's alike", () => {
    // A file the fast path reads, and one with an error, which the grammar reads.
    for (const text of ["room aula at lib {\n  capacity 60\n}\n", "room aula at lib {\n  capacity 60 60\n}\n"]) {
      const { file } = parseFile(text, "main.lontar");
      const ranges: unknown[] = [];
      const visit = (node: unknown): void => {
        if (node === null || typeof node !== "object") return;
        for (const [key, value] of Object.entries(node)) {
          if (key === "range") ranges.push(value);
          else visit(value);
        }
      };
      visit(file.items);
      expect(ranges.length).toBeGreaterThan(3);
      for (const range of ranges) expect(range).toBeInstanceOf(PackedRange);
    }
  });
});
