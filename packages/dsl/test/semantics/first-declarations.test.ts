import { describe, expect, it } from "vitest";
import type { Declaration } from "../../src/syntax/ast.js";
import type { BoundWorkspace } from "../../src/semantics/binder/bind.js";
import type { SymbolInfo } from "../../src/semantics/binder/symbols.js";
import { FirstDeclarations } from "../../src/semantics/compiler/first-declarations.js";
import { AnalysisMemo, analyzeFast } from "../../src/workspace/pipeline.js";
import type { SourceFile } from "../../src/workspace/load.js";
import { generateWorkspace } from "../../bench/generate.js";

/** The bound workspace of `files`. */
function bound(files: readonly SourceFile[]): BoundWorkspace {
  return analyzeFast("/ws", files, () => undefined, new AnalysisMemo()).bound;
}

/** Each declaration of `b` in walk order, with whether `first` says it is compiled. */
function asked(b: BoundWorkspace, first: FirstDeclarations): [Declaration, boolean][] {
  const out: [Declaration, boolean][] = [];
  for (const file of b.files) for (const item of file.items) if (item.kind === "Declaration") out.push([item, first.has(item)]);
  return out;
}

/** What the look-up by name says of each declaration, in walk order. */
function lookedUp(b: BoundWorkspace): [Declaration, boolean][] {
  const out: [Declaration, boolean][] = [];
  for (const file of b.files) for (const item of file.items) if (item.kind === "Declaration") out.push([item, b.symbols.get(item.name.text)?.declaration === item]);
  return out;
}

const DUPLICATES: SourceFile[] = [
  { path: "/ws/a.lontar", text: 'library a { name "A" }\nlibrary b { name "B" }\nlibrary a { name "A again" }\n' },
  { path: "/ws/b.lontar", text: 'import "./a.lontar"\nlibrary b { name "B again" }\nlibrary c { name "C" }\n' },
];

describe("the first declaration of each name", () => {
  it("is what the symbol table's look-up by name says, duplicates skipped", () => {
    for (const files of [DUPLICATES, generateWorkspace(2, 7)]) {
      const b = bound(files);
      expect(asked(b, new FirstDeclarations(b))).toEqual(lookedUp(b));
    }
    const b = bound(DUPLICATES);
    expect(asked(b, new FirstDeclarations(b)).filter(([, first]) => !first)).toHaveLength(2);
  });

  it("is the look-up's answer when the table is in another order than the walk", () => {
    const b = bound(DUPLICATES);
    const reversed: BoundWorkspace = { files: b.files, symbols: new Map<string, SymbolInfo>([...b.symbols].reverse()) };
    expect(asked(reversed, new FirstDeclarations(reversed))).toEqual(lookedUp(reversed));
  });

  it("names the libraries in the table's order", () => {
    const b = bound(DUPLICATES);
    expect(new FirstDeclarations(b).libraryNames()).toEqual(["a", "b", "c"]);
  });
});
