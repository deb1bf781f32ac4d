import { parseFile } from "@lontar/dsl";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { visitFileLiterals, visitLiteralNodes } from "../../src/semantics/checker/literals.js";
import type { SyntaxNode } from "../../src/syntax/ast.js";
import { walkNodes } from "../../src/syntax/walk.js";
import { exampleWorkspaces } from "../arbitraries/mutants.js";
import { arbWorkspaceSource } from "../arbitraries/source.js";

const LITERAL_KINDS: ReadonlySet<string> = new Set(["Date", "Time", "TimeValue", "DateRange", "TimeRange"]);

/** The date and time nodes of a file: by the walker, and by the literal check's walk, which skips subtrees. */
function literalNodes(text: string): { readonly walker: SyntaxNode[]; readonly literalWalk: SyntaxNode[] } {
  const { file } = parseFile(text, "main.lontar");
  const walker: SyntaxNode[] = [];
  const literalWalk: SyntaxNode[] = [];
  const fileWalk: SyntaxNode[] = [];
  walkNodes(file, (node) => void (LITERAL_KINDS.has(node.kind) && walker.push(node)));
  visitLiteralNodes(file, (node) => void (LITERAL_KINDS.has(node.kind) && literalWalk.push(node)));
  visitFileLiterals(file, (node) => void (LITERAL_KINDS.has(node.kind) && fileWalk.push(node)));
  // The check's walk by kinds meets the same literals as the generic one, in the same order.
  expect(fileWalk).toEqual(literalWalk);
  return { walker, literalWalk };
}

describe("the literal check's walk", () => {
  it("meets every date and time node the walker meets, in each example file", () => {
    let found = 0;
    for (const workspace of exampleWorkspaces()) {
      for (const source of workspace.files) {
        const { walker, literalWalk } = literalNodes(source.text);
        expect(new Set(literalWalk)).toEqual(new Set(walker));
        expect(literalWalk).toHaveLength(walker.length);
        found += walker.length;
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  it("meets every date and time node the walker meets, in generated sources of either language", () => {
    fc.assert(
      fc.property(arbWorkspaceSource({ lang: "mixed" }), (text) => {
        const { walker, literalWalk } = literalNodes(text);
        expect(new Set(literalWalk)).toEqual(new Set(walker));
        expect(literalWalk).toHaveLength(walker.length);
      }),
      { numRuns: 150 },
    );
  });
});
