import { describe, expect, it } from "vitest";
import { formatSource } from "@lontar/dsl";
import type { KeywordLanguage } from "../../src/syntax/ast.js";

// Found by an SDK walk: `formatSource(text, path, { lang: "fr" })` (a language read from an
// app's settings, cast to the type) returned `undefined village` and `undefined "Aceh" / …`
// as the formatted file, with `changed: true` and no diagnostic.
describe("formatSource's lang option", () => {
  const text = 'library perpus { tier village region "Aceh" / "Kota Langsa" }\n';

  it.each(["fr", "", "ID", null])("refuses a language other than en and id: %j", (lang) => {
    expect(() => formatSource(text, "a.lontar", { lang: lang as KeywordLanguage })).toThrow(RangeError);
  });

  it("writes the keywords of en and id", () => {
    expect(formatSource(text, "a.lontar", { lang: "id" }).text).toBe('perpustakaan perpus {\n  jenjang desa\n  wilayah "Aceh" / "Kota Langsa"\n}\n');
    expect(formatSource(text, "a.lontar", { lang: "en" }).text).toBe('library perpus {\n  tier village\n  region "Aceh" / "Kota Langsa"\n}\n');
    expect(formatSource(text, "a.lontar", { lang: undefined }).text).toBe('library perpus {\n  tier village\n  region "Aceh" / "Kota Langsa"\n}\n');
  });

  // The SDK walk of stop 43: every other function names it `language`, and `{ language: "id" }` was ignored without a word.
  it("is `language` too, as in the other functions (which wins over `lang`), and an option it does not know is a TypeError naming the nearest", () => {
    expect(formatSource(text, "a.lontar", { language: "id" }).text).toBe(formatSource(text, "a.lontar", { lang: "id" }).text);
    expect(formatSource(text, "a.lontar", { language: "en", lang: "id" }).text).toContain("library perpus");
    expect(() => formatSource(text, "a.lontar", { language: "fr" as KeywordLanguage })).toThrow(RangeError);
    expect(() => formatSource(text, "a.lontar", { languge: "id" } as never)).toThrow("formatSource: unknown option `languge`; did you mean `language`?");
    expect(() => formatSource(text, "a.lontar", null as never)).toThrow("formatSource: the options must be an object or undefined, not null");
  });
});
