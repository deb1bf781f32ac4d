import { describe, expect, it } from "vitest";
import { formatRupiah, localeLanguage, localizeDiagnostic, localizeIssue, renderMessage, validateWorkspace, type Diagnostic, type Language } from "../../src/index.js";

// Found by an SDK walk: an app passed the host's locale (`"id-ID"` from `navigator.language`,
// `"id_ID.UTF-8"` from LANG) where a language is asked for. localizeIssue, localizeDiagnostic
// and renderMessage failed with "Cannot read properties of undefined (reading 'replace')", and
// formatRupiah wrote `Rp 150,000,000` (English) for an Indonesian reader without a word. A
// language that is not "en" or "id" is a caller's mistake: a RangeError that names it and
// says how to read a locale (localeLanguage).
const loose = (value: unknown): Language => value as Language;
const failed = validateWorkspace({ version: 2 });
const issue = failed.ok ? undefined : failed.issues[0];
const diagnostic: Diagnostic = {
  code: "LON2001",
  severity: "error",
  message: "`aula` is already declared",
  text: { key: "LON2001.firstDeclaration", args: { name: "aula" } },
  location: { file: "a.lontar", range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } } },
  related: [],
  suggestions: [],
};

describe("a language argument", () => {
  it.each(["id-ID", "id_ID.UTF-8", "ID", "fr", undefined, ""])("%j is a RangeError naming it, in each function that renders words", (language) => {
    expect(issue).toBeDefined();
    if (issue === undefined) return;
    const calls: [string, () => unknown][] = [
      ["localizeIssue", () => localizeIssue(issue, loose(language))],
      ["localizeDiagnostic", () => localizeDiagnostic(diagnostic, loose(language))],
      ["renderMessage", () => renderMessage({ key: "LON2001.firstDeclaration", args: { name: "aula" } }, loose(language))],
      ["formatRupiah", () => formatRupiah(150_000_000, language === undefined ? "en" : loose(language))],
    ];
    for (const [name, call] of calls) {
      if (name === "formatRupiah" && language === undefined) continue; // its language may be left out (Bahasa Indonesia)
      expect(call, name).toThrow(RangeError);
      const shown = language === undefined ? "undefined" : JSON.stringify(language);
      expect(call, name).toThrow(`${name}: language must be "en" or "id", not ${shown}; localeLanguage(locale) reads a locale such as "id-ID"`);
    }
  });

  it("en and id work as before, and a locale read by localeLanguage is one of them", () => {
    expect(issue).toBeDefined();
    if (issue === undefined) return;
    expect(localizeIssue(issue, localeLanguage("id_ID.UTF-8"))).toMatch(/\(di version\)/);
    expect(localizeIssue(issue, "en")).toMatch(/\(at version\)/);
    expect(formatRupiah(150_000_000, localeLanguage("id-ID"))).toBe("Rp 150.000.000");
    expect(formatRupiah(150_000_000, "en")).toBe("Rp 150,000,000");
    expect(formatRupiah(150_000_000)).toBe("Rp 150.000.000");
    expect(formatRupiah(150_000_000, undefined)).toBe("Rp 150.000.000");
    expect(renderMessage({ key: "LON2001.firstDeclaration", args: { name: "aula" } }, "id")).toBe("deklarasi pertama `aula`");
    expect(localizeDiagnostic(diagnostic, "id").message).toBe("deklarasi pertama `aula`");
  });
});

// Found by an SDK walk: `localeLanguage("ind")` (ISO 639-2/3, as some systems name Indonesian) gave "en".
describe("localeLanguage and Indonesian's other codes", () => {
  it.each(["ind", "IND", "ind_ID.UTF-8", "in", "in_ID", "id", "id-ID"])("reads %s as Indonesian", (locale) => {
    expect(localeLanguage(locale)).toBe("id");
  });

  it.each(["en", "en_US.UTF-8", "indo", "inx", "", "C"])("reads %s as English", (locale) => {
    expect(localeLanguage(locale)).toBe("en");
  });
});
