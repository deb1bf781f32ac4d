import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { snippetTable } from "../scripts/snippet-source.js";

describe("the snippet file", () => {
  it("is the one the language server's snippets generate, in both languages (run `pnpm --filter lontar-vscode snippets` after a change)", () => {
    const file = JSON.parse(readFileSync(path.join(import.meta.dirname, "../snippets/lontar.code-snippets"), "utf8")) as Record<string, { prefix: string }>;
    expect(file).toEqual(JSON.parse(JSON.stringify(snippetTable())));
    expect(Object.values(file).map((s) => s.prefix)).toEqual(expect.arrayContaining(["program", "agreement", "kesepakatan", "ruang", "room"]));
  });
});
