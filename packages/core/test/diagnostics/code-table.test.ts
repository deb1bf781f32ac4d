import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_TABLE, allMessageKeys, diagnosticDocsPath, messageTemplate, type CodeEntry } from "../../src/index.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const entries = Object.entries(DIAGNOSTIC_TABLE) as [string, CodeEntry][];

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1] ?? "").sort();
}

describe("the diagnostic code table", () => {
  it("has every code in both languages: title, description and at least one message", () => {
    expect(entries.length).toBeGreaterThan(60);
    for (const [code, entry] of entries) {
      expect(code).toMatch(/^LON[1-5]\d{3}$/);
      for (const language of ["en", "id"] as const) {
        expect(entry.title[language].trim(), `${code} title ${language}`).not.toBe("");
        expect(entry.description[language].trim(), `${code} description ${language}`).not.toBe("");
      }
      expect(Object.keys(entry.messages).length, code).toBeGreaterThan(0);
    }
  });

  it("gives every message a template in both languages with the same placeholders", () => {
    const keys = allMessageKeys();
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) {
      const template = messageTemplate(key);
      expect(template, key).toBeDefined();
      if (template === undefined) continue;
      expect(template.en.trim(), `${key} en`).not.toBe("");
      expect(template.id.trim(), `${key} id`).not.toBe("");
      expect(placeholders(template.id), key).toEqual(placeholders(template.en));
    }
  });

  it("has a docs page for every code in English and in Bahasa Indonesia, each headed by the code and its title", () => {
    for (const [code, entry] of entries) {
      for (const language of ["en", "id"] as const) {
        const page = join(root, diagnosticDocsPath(code, language));
        expect(existsSync(page), page).toBe(true);
        const text = readFileSync(page, "utf8");
        // The syntax pages write their titles in lower case.
        expect(text.split("\n")[0]?.toLowerCase(), page).toBe(`# ${code}: ${entry.title[language]}`.toLowerCase());
        if (language === "id") {
          for (const section of ["## Artinya", "## Contoh", "## Cara memperbaiki"]) expect(text, `${page} ${section}`).toContain(section);
        }
      }
    }
  });

  it("keeps the Indonesian docs a mirror of the English ones: the same file names", () => {
    const english = entries.map(([code]) => `${code}.md`);
    for (const name of english) expect(existsSync(join(root, "docs/id/diagnostics", name)), name).toBe(true);
  });
});
