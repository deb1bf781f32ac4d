/**
 * A region's parts written one per line, as forms ask for them (`provinsi "Jawa Barat"`,
 * `kabupaten "Bandung"`, `kecamatan …`, `desa …`): one error, at the first line, whose fix
 * (where certain) is the one `wilayah` line from the province down; the fixed file has no error.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = (lines: string): string => `cakrawala 2027-01-01..2027-12-31\nperpustakaan p {\n  jenjang desa\n${lines}\n  tahap implementasi\n}\n`;
const errors = (source: string): ReturnType<typeof checkSource>["diagnostics"] => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
const fixed = (source: string): string => applyEdits(source, certainFixes(errors(source)).get("a.lontar") ?? []);

describe("a region written one part per line", () => {
  it.each([
    ['  provinsi "Jawa Barat"\n  kabupaten "Bandung"\n  kecamatan "Cileunyi"\n  desa "Cinunuk"', '  wilayah "Jawa Barat" / "Kabupaten Bandung" / "Cileunyi" / "Cinunuk"'],
    ['  provinsi "Jawa Barat"\n  kota "Bandung"', '  wilayah "Jawa Barat" / "Kota Bandung"'],
    ['  kota "Kota Solok"\n  provinsi "Sumatera Barat"', '  wilayah "Sumatera Barat" / "Kota Solok"'],
    ["  provinsi Jawa Tengah\n  kab. Wonosobo", "  wilayah \"Jawa Tengah\" / \"Kabupaten Wonosobo\""],
    ['  prov "Aceh"\n  kota "Langsa"\n  kec "Langsa Kota"\n  gampong "Paya Bujok"', '  wilayah "Aceh" / "Kota Langsa" / "Langsa Kota" / "Paya Bujok"'],
  ])("`%s` is one error, at the first line, fixed as one line", (lines, line) => {
    const source = library(lines);
    const found = errors(source);
    expect(found.map((d) => [d.code, d.location.range.start.line])).toEqual([["LON1101", 4]]);
    expect(localizeDiagnostic(found[0]!, "id").message).toContain(`ditulis dalam satu baris dari provinsi ke bawah: \`${line.trim()}\``);
    const after = fixed(source);
    expect(after).toBe(library(line));
    expect(errors(after)).toEqual([]);
  });

  it("in a partner, in English", () => {
    const source = 'partner school {\n  kind school\n  province "Jawa Timur"\n  city "Surabaya"\n}\n';
    const found = errors(source);
    expect(found).toHaveLength(1);
    expect(localizeDiagnostic(found[0]!, "en").message).toContain('one line from the province down: `region "Jawa Timur" / "Kota Surabaya"`');
    expect(fixed(source)).toBe('partner school {\n  kind school\n  region "Jawa Timur" / "Kota Surabaya"\n}\n');
  });

  it.each([
    ["without its province", '  kabupaten "Bandung"\n  kecamatan "Cileunyi"', 'wilayah "…" / "Kabupaten Bandung" / "Cileunyi"'],
    ["with a comment between the lines", '  provinsi "Jawa Barat"\n  // kabupaten asal\n  kabupaten "Bandung"', 'wilayah "Jawa Barat" / "Kabupaten Bandung"'],
    ["beside a `wilayah` line", '  wilayah "Jawa Barat"\n  kabupaten "Bandung"', 'wilayah "…" / "Kabupaten Bandung"'],
  ])("%s: the line is shown, not applied", (_, lines, shown) => {
    const source = library(lines);
    const found = errors(source);
    expect(found.filter((d) => d.code === "LON1101")).toHaveLength(1);
    expect(localizeDiagnostic(found.find((d) => d.code === "LON1101")!, "id").message).toContain(`\`${shown}\``);
    expect(certainFixes(found).get("a.lontar") ?? []).toEqual([]);
  });

  it("leaves other lines alone: a part's word with no name, or with a brace", () => {
    for (const lines of ["  provinsi", '  provinsi "Jawa Barat" {']) {
      const message = errors(library(lines)).map((d) => localizeDiagnostic(d, "en").message).join("\n");
      expect(message).not.toContain("one line from the province down");
    }
  });
});
