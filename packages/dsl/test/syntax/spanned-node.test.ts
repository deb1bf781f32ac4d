/**
 * The fast readers' nodes keep their tokens' places and build their range when it is read
 * (syntax/ast-builder/spanned-node.ts): a range read is the tokens' range, a node prints as
 * the object literal it stands for, and a copy made with `nodeFields` keeps its range where
 * a spread alone would lose it.
 */
import { describe, expect, it } from "vitest";
import { parseFile, parseFileFast, parseFileWith } from "../../src/syntax/parse.js";
import { nodeFields } from "@lontar/dsl";
import { SpannedNode } from "../../src/syntax/ast-builder/spanned-node.js";
import { inLanguage } from "../../src/format/normalise.js";
import type { Declaration, FileNode } from "../../src/syntax/ast.js";
import type { Range } from "../../src/diagnostics/diagnostic.js";

const text = 'library perpus {\n  tier desa\n  region "Aceh"\n}\nprogram dongeng at perpus {\n  title "Dongeng"\n  category storytelling\n  schedule every week on mon, wed at 09:00 for 1h from 2027-01-04 until 2027-03-29\n}\n';

function declarations(file: FileNode): Declaration[] {
  return file.items.filter((i): i is Declaration => i.kind === "Declaration");
}

describe("nodes that build their range when read", () => {
  it("give the range of their tokens, as the grammar's nodes do", () => {
    const fast = parseFileFast(text, "main.lontar");
    expect(fast).toBeDefined();
    const grammar = parseFileWith(text, "main.lontar", "grammar");
    const [library, program] = declarations(fast?.file as FileNode);
    expect(library).toBeInstanceOf(SpannedNode);
    expect(library?.range.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(library?.range.end).toEqual({ line: 4, column: 2, offset: 46 });
    const schedule = program?.properties.find((p) => p.key === "schedule");
    expect(text.slice(schedule?.range.start.offset, schedule?.range.end.offset)).toBe("schedule every week on mon, wed at 09:00 for 1h from 2027-01-04 until 2027-03-29");
    expect(JSON.stringify(fast)).toBe(JSON.stringify(grammar));
  });

  it("keep their range in a copy made with nodeFields, with `range` after `kind` as in a literal", () => {
    const [library] = declarations(parseFile(text, "main.lontar").file);
    const tier = library?.properties[0];
    expect(tier).toBeInstanceOf(SpannedNode);
    // A spread copies own fields only, and a structured clone drops accessors: the range is missing.
    expect({ ...tier }).not.toHaveProperty("range");
    expect(structuredClone(tier)).not.toHaveProperty("range");
    expect(JSON.parse(JSON.stringify(tier)).range.start).toEqual(tier?.range.start);
    const copy = { ...nodeFields(tier), key: "tier" };
    expect(Object.keys(copy).slice(0, 2)).toEqual(["kind", "range"]);
    expect(copy.range?.start).toEqual(tier?.range.start);
    // A value that is no such node comes back as it is.
    const plain = { kind: "List", range: tier?.range, items: [] };
    expect(nodeFields(plain)).toBe(plain);
  });

  it("keep their ranges through the formatter's change of language and a file with comments", () => {
    const commented = text.replace("  tier desa\n", "  // jenjang\n  tier desa // desa\n");
    const { file, diagnostics } = parseFile(commented, "main.lontar");
    expect(diagnostics).toEqual([]);
    const relabelled = inLanguage(file, "id");
    const ranges: (Range | undefined)[] = [];
    const visit = (node: unknown): void => {
      if (node === null || typeof node !== "object") return;
      // `Days` (what `on …` says) is the one node with no range of its own (ast.ts).
      if ("kind" in node && node.kind !== "Days") ranges.push((node as { range?: Range }).range);
      for (const [key, value] of Object.entries(node)) if (key !== "range") visit(value);
    };
    visit(relabelled.items);
    visit(file.items);
    expect(ranges.length).toBeGreaterThan(20);
    for (const range of ranges) expect([typeof range?.start.line, typeof range?.end.offset]).toEqual(["number", "number"]);
  });
});
