import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile } from "@lontar/dsl";
import { KEYWORDS, MONTH_SPELLINGS, WEEKDAY_SPELLINGS } from "../../src/syntax/keywords.js";

const doc = readFileSync(join(import.meta.dirname, "../../../../docs/language.md"), "utf8");
const blocks = [...doc.matchAll(/```lontar\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

describe("docs/language.md", () => {
  it("has examples", () => {
    expect(blocks.length).toBeGreaterThan(10);
  });
  it.each(blocks.map((b, i) => [i, b] as const))("example %i parses without diagnostics", (_, block) => {
    expect(parseFile(block, "doc.lontar").diagnostics.map((d) => d.message)).toEqual([]);
  });
  it("lists every keyword, weekday and month spelling", () => {
    const spellings = [
      ...KEYWORDS.flatMap((k) => [...k.en, ...k.id]),
      ...Object.values(WEEKDAY_SPELLINGS).flatMap((s) => [...s.en, ...s.id]),
      ...MONTH_SPELLINGS.flatMap((s) => [...s.en, ...s.id]),
    ];
    expect(spellings.filter((s) => !doc.includes(`\`${s}\``))).toEqual([]);
  });
});
