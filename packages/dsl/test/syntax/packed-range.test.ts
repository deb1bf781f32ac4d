import { describe, expect, it } from "vitest";
import { PackedRange, packRange } from "../../src/syntax/ast-builder/packed-range.js";
import { join } from "../../src/syntax/ast-builder/ranges.js";
import { parseFile } from "../../src/index.js";
import { WorkspaceSession } from "../../src/session/session.js";
import { analyzeWorkspace } from "../../src/workspace/analyze.js";

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
      const joined = join(x, y);
      expect(joined).toBeInstanceOf(PackedRange);
      expect({ start: joined.start, end: joined.end }).toEqual({ start: a, end: b });
    }
  });
  it("are what the parser gives every node, on the fast path and the grammar's alike", () => {
    // A file the fast path reads, and one with an error, which the grammar reads.
    for (const text of ["room aula at lib {\n  capacity 60\n}\n", "room aula at lib {\n  capacity 60 60\n}\n"]) {
      const { file } = parseFile(text, "main.lontar");
      const ranges: unknown[] = [];
      // A node's range is read, not listed: the fast readers' nodes build it when asked (spanned-node.ts).
      const visit = (node: unknown): void => {
        if (node === null || typeof node !== "object") return;
        if ("kind" in node && "range" in node) ranges.push(node.range);
        for (const [key, value] of Object.entries(node)) if (key !== "range") visit(value);
      };
      visit(file.items);
      expect(ranges.length).toBeGreaterThan(3);
      for (const range of ranges) expect(range).toBeInstanceOf(PackedRange);
    }
  });
});

describe("what leaves an analysis is plain data", () => {
  // A packed range is read through getters, which a structured clone (postMessage to or
  // from a worker) drops: diagnostics and the session's answers hold plain positions.
  const files = [
    { path: "main.lontar", text: 'library perpus { tier desa region "Aceh" }\nroom aula at perpus { capasity 30 }\nroom aula at perpus { capacity 10 }\nprogram p at perpus {\n  category storytelling\n  schedule once 2024-03-01 at 09:00 for 1h\n  needs room aulaa\n}\n' },
  ];

  it("diagnostics, their related places and their edits survive a structured clone", () => {
    const { diagnostics } = analyzeWorkspace({ root: "/ws", files });
    expect(diagnostics.some((d) => d.suggestions.some((s) => s.edits.length > 0))).toBe(true);
    expect(diagnostics.some((d) => d.related.length > 0)).toBe(true);
    // Compared as JSON: a clone of a packed range has its six numbers, and no `start` or `end`.
    expect(JSON.stringify(structuredClone(diagnostics))).toBe(JSON.stringify(diagnostics));
    for (const d of diagnostics) expect(d.location.range).not.toBeInstanceOf(PackedRange);
  });

  it("the session's symbols, references and definitions survive a structured clone", () => {
    const s = new WorkspaceSession({ root: "/ws", readFile: () => undefined });
    s.open("main.lontar", 'library perpus { tier desa region "Aceh" }\nroom aula at perpus { capacity 30 }\n', 1);
    const symbols = s.symbols("main.lontar");
    const references = s.references("main.lontar", 58);
    const definition = s.definition("main.lontar", 58);
    expect(symbols.length).toBe(2);
    expect(references.length).toBe(2);
    expect(definition?.range.start).toEqual({ line: 1, column: 9, offset: 8 });
    const answers = { symbols, references, definition };
    expect(JSON.stringify(structuredClone(answers))).toBe(JSON.stringify(answers));
  });
});
