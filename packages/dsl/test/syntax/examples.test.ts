import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile } from "@lontar/dsl";

const root = join(import.meta.dirname, "../../../../examples");
const files = readdirSync(root).flatMap((dir) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith(".lontar")).map((f) => join(root, dir, f)),
);

describe("the example workspaces", () => {
  it("exist", () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files)("%s parses without syntax errors", (file) => {
    const { file: node, diagnostics } = parseFile(readFileSync(file, "utf8"), file);
    expect(diagnostics.map((d) => `${d.code} ${d.location.range.start.line}:${d.location.range.start.column} ${d.message}`)).toEqual([]);
    expect(node.items.length).toBeGreaterThan(0);
  });
});
