import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CHILD_KEYS, parseFile, walkNodes, type SyntaxNode } from "@lontar/dsl";
import { describe, expect, it } from "vitest";

const examples = join(import.meta.dirname, "../../../../examples");
const files = readdirSync(examples).flatMap((dir) =>
  readdirSync(join(examples, dir)).filter((f) => f.endsWith(".lontar")).map((f) => join(examples, dir, f)),
);

/** Every object with a string `kind` below `value`, found by looking at every field (the walker's own list is what is tested). */
function allNodes(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const v of value) allNodes(v, out);
  else if (typeof value === "object" && value !== null) {
    if (typeof (value as { kind?: unknown }).kind === "string") out.push(value);
    for (const [key, v] of Object.entries(value)) if (key !== "range" || (typeof v === "object" && v !== null && "kind" in v)) allNodes(v, out);
  }
  return out;
}

describe("the typed tree", () => {
  it.each(files)("the walker reaches every node of %s, each once, parents first and in source order", (file) => {
    const { file: tree } = parseFile(readFileSync(file, "utf8"), file);
    const visited: SyntaxNode[] = [];
    walkNodes(tree, (node) => visited.push(node));
    expect(new Set(visited).size).toBe(visited.length);
    expect(new Set(visited)).toEqual(new Set(allNodes(tree)));
    for (const node of visited) expect(Object.hasOwn(CHILD_KEYS, node.kind), node.kind).toBe(true);
    // Declarations come in source order.
    const offsets = visited.filter((n) => n.kind === "Declaration").map((n) => ("range" in n ? n.range.start.offset : -1));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it("keeps a property whose value is broken as a partial node with its keyword", () => {
    const { file, diagnostics } = parseFile("perpustakaan p {\n  jenjang 12\n  wilayah \"Aceh\"\n  tingkat 13\n}\n", "a.lontar");
    expect(diagnostics.length).toBeGreaterThan(0);
    const declaration = file.items[0];
    if (declaration?.kind !== "Declaration") throw new Error("no declaration");
    expect(declaration.properties.map((p) => p.key)).toEqual(["region"]);
    expect(declaration.broken?.map((b) => [b.key, b.keyword?.text, b.keyword?.lang])).toEqual([
      ["tier", "jenjang", "id"],
      ["level", "tingkat", "id"],
    ]);
  });

  it("tells a condition's list from a property's list of names", () => {
    const { file } = parseFile('room r { features a, b }\nrule x { when weekday in [mon, tue]  then warn "w" }', "a.lontar");
    const kinds = new Set<string>();
    walkNodes(file, (node) => kinds.add(node.kind));
    expect(kinds).toContain("List");
    expect(kinds).toContain("ListExpr");
  });
});
