import { checkSource } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { declarationSnippet } from "../src/features/snippets.js";
import { DECLARATION_KINDS } from "../src/language/language.js";

/** The snippet as the editor inserts it with every placeholder left at its default. */
const expand = (snippet: string): string => snippet.replace(/\$\{\d+:([^}]*)\}/g, "$1").replace(/\$0/g, "");

describe.each(["en", "id"] as const)("declaration snippets (%s)", (lang) => {
  it.each(DECLARATION_KINDS)("the %s snippet, as inserted, has no syntax error and no missing property", (kind) => {
    const text = expand(declarationSnippet(kind, lang));
    const codes = checkSource(text, "snippet.lontar").diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c.startsWith("LON1") || c === "LON3007" || c === "LON3009")).toEqual([]);
    // Nor a warning the moment it is inserted: a weekly schedule names its day (LON4014 otherwise).
    expect(codes).not.toContain("LON4014");
  });
});

describe("declaration snippets' values", () => {
  it.each(["id", "en"] as const)("are every keyword and value in the file's language (%s), each valid: no unknown value, an agreement with its parties", (lang) => {
    for (const kind of DECLARATION_KINDS) {
      const text = expand(declarationSnippet(kind, lang));
      const source = `${lang === "id" ? "cakrawala" : "horizon"} 2025-01-01..2025-12-31\n${text}\n`;
      const codes = checkSource(source, "a.lontar").diagnostics.map((d) => d.code).filter((c) => /^LON(1|3|5001)/.test(c));
      expect(codes, text).toEqual([]);
    }
    expect(expand(declarationSnippet("library", "id"))).toContain("jenjang desa");
    expect(expand(declarationSnippet("partner", "id"))).toContain("jenis sekolah");
    expect(expand(declarationSnippet("program", lang))).toContain(lang === "id" ? "kategori mendongeng" : "category storytelling");
    expect(expand(declarationSnippet("library", lang))).toMatch(lang === "id" ? /^perpustakaan nama \{/ : /^library name \{/);
  });
});

describe("declaration snippets' dates", () => {
  it("are in the year given (the workspace's horizon's), and within that horizon", () => {
    expect(expand(declarationSnippet("agreement", "id", "2024"))).toContain("berlaku 2024-01-01..2024-12-31");
    expect(expand(declarationSnippet("budget", "en", "2027"))).toContain("period 2027");
    const source = `horizon 2024-01-01..2024-12-31\n${expand(declarationSnippet("agreement", "en", "2024"))}\n`;
    expect(checkSource(source, "a.lontar").diagnostics.map((d) => d.code)).not.toContain("LON5004");
  });
});
