import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

// A developer's slip: a file's path given where its text goes (`checkSource("rules/main.lontar", …)`).
describe("a path given for a file's text", () => {
  it("is one LON1104 that says so, in both languages, for relative, absolute and Windows paths and a folder", () => {
    for (const text of ["rules/main.lontar", "main.lontar", "/home/dinas/ws/main.lontar", "C:\\ws\\main.lontar", "./rules", "../ws\n"]) {
      const { diagnostics } = checkSource(text, "main.lontar");
      expect(diagnostics.map((d) => d.code), text).toEqual(["LON1104"]);
      expect(diagnostics[0]?.message).toContain(`the text is a path, \`${text.trim()}\`, not a file's content`);
      expect(localizeDiagnostic(diagnostics[0] as (typeof diagnostics)[number], "id").message).toContain("bukan isi berkas");
    }
  });

  it("leaves a file's content alone: a stray word, a declaration, an empty file", () => {
    expect(checkSource("hello", "a.lontar").diagnostics[0]?.message).toContain("unexpected `hello`");
    expect(checkSource('library p { tier city  region "Aceh" / "Kota Langsa" }\n', "a.lontar").diagnostics).toEqual([]);
    expect(checkSource("", "a.lontar").diagnostics).toEqual([]);
  });
});
