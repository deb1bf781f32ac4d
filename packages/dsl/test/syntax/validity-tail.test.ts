/**
 * An obligation's line ending by saying it holds while the agreement does (`… per bulan selama
 * masa berlaku`): one error that says every obligation holds for the agreement's validity, whose
 * certain fix removes the words; the fixed file has no syntax error.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const agreement = (line: string): string =>
  `perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n}\nmitra m {\n  jenis sekolah\n}\nprogram kunjungan di p {\n  kategori kunjungan_sekolah\n  jadwal setiap bulan pada selasa pertama pukul 09:00 selama 2 jam\n}\nkesepakatan mou {\n  antara p dan m\n  berlaku 2027-01-01..2027-12-31\n  ${line}\n}\ncakrawala 2027-01-01..2027-12-31\n`;
const syntax = (source: string): ReturnType<typeof checkSource>["diagnostics"] => checkSource(source, "a.lontar").diagnostics.filter((d) => d.code.startsWith("LON11"));

describe("an obligation that says it holds while the agreement does", () => {
  it.each([
    ["minimal 1 sesi kunjungan per bulan selama masa berlaku", "minimal 1 sesi kunjungan per bulan"],
    ["minimal 1 sesi kunjungan per bulan sepanjang masa kerja_sama", "minimal 1 sesi kunjungan per bulan"],
    ["at least 1 sessions of kunjungan per month during the agreement", "at least 1 sessions of kunjungan per month"],
  ])("`%s`: one error, the words removed by the fix", (line, fixed) => {
    const source = agreement(line);
    const found = syntax(source);
    expect(found.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(found[0]!, "id").message).toContain("setiap kewajiban berlaku selama kesepakatannya berlaku");
    const after = applyEdits(source, certainFixes(found).get("a.lontar") ?? []);
    expect(after).toBe(agreement(fixed));
    expect(syntax(after)).toEqual([]);
  });

  it("a length that is no agreement's (`selama 1 tahun`) is left to the parser's error", () => {
    const found = syntax(agreement("minimal 1 sesi kunjungan per bulan selama 1 tahun"));
    expect(localizeDiagnostic(found[0]!, "en").message).not.toContain("every obligation holds");
  });
});
