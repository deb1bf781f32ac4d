import { DIAGNOSTIC_TABLE } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { KEYWORDS } from "../../src/syntax/keywords.js";

// A planner who reads Bahasa Indonesia writes `sampai`, `selama 3 kali`, `setiap bulan`:
// an Indonesian message that quotes a keyword quotes its Indonesian spelling.

const english = new Set(KEYWORDS.flatMap((k) => k.en));
const indonesian = new Set(KEYWORDS.flatMap((k) => k.id));
const englishOnly = new Set([...english].filter((word) => !indonesian.has(word)));

/**
 * The English-only keywords a template's quoted code (`…`, placeholders left out) spells. A
 * command line's options (`--from <tanggal>`) are no keywords: the same in either language.
 */
function englishKeywordsQuoted(template: string): string[] {
  return [...template.matchAll(/`([^`]+)`/g)].flatMap((m) => (m[1] ?? "").replace(/\{\w+\}/g, " ").replace(/--[a-z-]+/g, " ").split(/[^a-z_]+/).filter((word) => englishOnly.has(word)));
}

describe("the Indonesian messages", () => {
  it("quote keywords in their Indonesian spelling", () => {
    const found: string[] = [];
    let templates = 0;
    for (const [code, entry] of Object.entries(DIAGNOSTIC_TABLE)) {
      for (const [key, message] of Object.entries(entry.messages as Record<string, { en: string; id: string }>)) {
        templates++;
        const words = englishKeywordsQuoted(message.id);
        if (words.length > 0) found.push(`${code}.${key}: ${words.join(", ")} in "${message.id}"`);
      }
      const words = englishKeywordsQuoted(entry.description.id);
      if (words.length > 0) found.push(`${code} (description): ${words.join(", ")}`);
    }
    expect(found).toEqual([]);
    expect(templates).toBeGreaterThan(100);
    expect(englishOnly.has("until") && englishOnly.has("every")).toBe(true);
  });
});
