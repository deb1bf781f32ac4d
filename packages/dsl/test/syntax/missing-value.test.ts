/**
 * A property keyword left without its value at the end of its line: one error at that
 * keyword, and the next line read as its own property (not taken as the value).
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic, parseFile } from "@lontar/dsl";
import { parseFileFast, parseFileWith } from "../../src/syntax/parse.js";

const EN = (body: string): string => `library p {\n  tier city\n  region "Jawa Barat" / "Kota Bandung"\n}\nprogram k at p {\n${body}\n  schedule once 2026-02-02 at 09:00 for 1h\n}\n`;
const ID = (body: string): string => `perpustakaan p {\n  jenjang kota\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nprogram k di p {\n${body}\n  jadwal sekali 2026-02-02 pukul 09:00 selama 1 jam\n}\n`;
const program = (source: string) => parseFile(source, "a.lontar").file.items.find((i) => i.kind === "Declaration" && i.declarationKind === "program");

describe("a property keyword left without its value", () => {
  it.each([
    ["en", EN("  category\n  audience children"), "category", "audience", "expected a value after `category`"],
    ["id", ID("  kategori\n  sasaran anak_anak"), "kategori", "audience", "diharapkan nilai setelah `kategori`"],
  ] as const)("%s: one error at the keyword, the next line read as its own property", (lang, source, keyword, nextKey, says) => {
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    const at = source.indexOf(`  ${keyword}\n`) + 2;
    expect(errors[0]?.location.range.start.offset).toBe(at);
    expect(errors[0]?.location.range.end.offset).toBe(at + keyword.length);
    expect(localizeDiagnostic(errors[0]!, lang).message).toContain(says);
    const node = program(source);
    expect(node?.kind === "Declaration" && node.properties.map((p) => p.key)).toContain(nextKey);
    expect(node?.kind === "Declaration" && node.broken?.map((b) => b.keyword?.text)).toEqual([keyword]);
  });

  it("reports two keywords in a row without values as two errors, the same on every reading path", () => {
    const source = EN("  category\n  audience");
    const errors = (diagnostics: readonly { code: string; severity: string; location: { range: { start: { line: number } } } }[]) =>
      diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.location.range.start.line]);
    expect(errors(checkSource(source, "a.lontar").diagnostics)).toEqual([["LON1101", 6], ["LON1101", 7]]);
    expect(errors(parseFileWith(source, "a.lontar", "grammar").diagnostics)).toEqual(errors(parseFile(source, "a.lontar").diagnostics));
    expect(parseFileFast(source, "a.lontar")).toBeUndefined();
  });

  it("places a missing text after a keyword at that keyword, not at the next line", () => {
    const source = EN("  title\n  category class");
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(errors[0]?.location.range.start.offset).toBe(source.indexOf("  title\n") + 2);
  });

  it("still reads a one-word value on the next line when that word starts no property", () => {
    expect(checkSource(EN("  category\n    class"), "a.lontar").diagnostics).toEqual([]);
  });
});
