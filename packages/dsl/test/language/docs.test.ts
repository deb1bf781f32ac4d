import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSource } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { regenerateLanguagePage } from "../../src/language/reference.js";

const root = join(import.meta.dirname, "../../../..");
const pages = [["docs/language.md", "en"], ["docs/id/language.md", "id"]] as const;
/** Codes about a value or property written wrong, which a doc example must never show. */
const VALUE_CODES = new Set(["LON3004", "LON3005", "LON3006", "LON3009"]);

describe.each(pages)("%s", (file, lang) => {
  const page = readFileSync(join(root, file), "utf8");

  it("has the tables generated from the language table (run pnpm docs:language when this fails)", () => {
    expect(regenerateLanguagePage(page, lang)).toBe(page);
  });

  const blocks = [...page.matchAll(/```lontar\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
  it.each(blocks.map((b, i) => [i, b] as const))("example %i uses only known properties and allowed values", (_, block) => {
    const found = checkSource(block, "doc.lontar").diagnostics.filter((d) => d.code.startsWith("LON1") || VALUE_CODES.has(d.code));
    expect(found.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });
});
