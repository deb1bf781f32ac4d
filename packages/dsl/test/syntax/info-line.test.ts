/**
 * Details a form asks for but a plan does not use (`telepon "0812…"`, `alamat "…"`, `kepala
 * "…"`), written as a library's or a partner's property: one error whose certain fix keeps the
 * line as a comment; `provinsi "Jawa Barat"` is the region, `wilayah`.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = (line: string): string => `cakrawala 2027-01-01..2027-12-31\nperpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n  ${line}\n}\n`;
const errors = (source: string): ReturnType<typeof checkSource>["diagnostics"] => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");

describe("details Lontar keeps none of", () => {
  it.each(['telepon "0812-3456-7890"', 'alamat "Jl. Merdeka 1, Wonosobo"', 'kepala "Bu Rina"', "hp 08123456"])("`%s` is one error, kept as a comment by the fix", (line) => {
    const source = library(line);
    const found = errors(source);
    expect(found.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(found[0]!, "id").message).toContain(`bila ditulis sebagai komentar, \`// ${line}\``);
    const after = applyEdits(source, certainFixes(found).get("a.lontar") ?? []);
    expect(after).toBe(library(`// ${line}`));
    expect(errors(after)).toEqual([]);
  });

  it("in a partner too, in English", () => {
    const source = 'partner school {\n  kind school\n  phone "0812"\n}\n';
    const found = errors(source);
    expect(localizeDiagnostic(found[0]!, "en").message).toContain("Lontar keeps no `phone`");
    expect(applyEdits(source, certainFixes(found).get("a.lontar") ?? [])).toContain('  // phone "0812"\n');
  });

  it("an agreement's number and signing date too", () => {
    const source = 'mitra m {\n  jenis sekolah\n}\nkesepakatan mou {\n  antara p dan m\n  nomor "001/MoU/2027"\n}\n';
    const found = errors(source).filter((d) => d.code === "LON1101");
    expect(found).toHaveLength(1);
    expect(applyEdits(source, certainFixes(found).get("a.lontar") ?? [])).toContain('  // nomor "001/MoU/2027"\n');
  });

  it("reads `provinsi` as the region's keyword, `wilayah` (region-line.ts)", () => {
    const source = library('provinsi "Jawa Tengah"').replace('  wilayah "Jawa Tengah"\n', "");
    const found = errors(source);
    expect(found[0]?.suggestions[0]?.edits[0]?.text).toBe('wilayah "Jawa Tengah"');
    expect(errors(applyEdits(source, certainFixes(found).get("a.lontar") ?? []))).toEqual([]);
  });

  it("fixes nothing on a line with a brace, which is the file's structure (`telepon \"…\" }`, `kepala {`)", () => {
    for (const source of ['cakrawala 2027-01-01..2027-12-31\nperpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n  telepon "0812" }\n', library('kepala {\n    nama "Bu Rina"\n  }')]) {
      expect(certainFixes(errors(source)).get("a.lontar") ?? []).toEqual([]);
    }
  });
});
