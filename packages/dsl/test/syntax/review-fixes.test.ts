/**
 * Fixes a review of this round's readers found wrong (each was a certain fix that changed what
 * the planner wrote, or left the file broken): now each is left to the parser's error, or only
 * offered, or fixed as meant. `check --fix` (the certain fixes) never changes what a line says.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const LIBRARY = 'perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah" / "Kabupaten Wonosobo"\n}\n';
const library = (line: string): string => `perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah" / "Kabupaten Wonosobo"\n  ${line}\n}\n`;
const program = (line: string): string => `${LIBRARY}program kelas di p {\n  kategori kelas\n  ${line}\n}\n`;
const agreement = (line: string): string =>
  `${LIBRARY}mitra m {\n  jenis sekolah\n}\nprogram kunjungan di p {\n  kategori kunjungan_sekolah\n  jadwal setiap bulan pada selasa pertama pukul 09:00 selama 2 jam\n}\nkesepakatan mou {\n  antara p dan m\n  berlaku 2027-01-01..2027-12-31\n  ${line}\n}\n`;
const rule = (body: string): string => `${LIBRARY}aturan r {\n  ${body}\n}\n`;
const found = (source: string): Diagnostic[] => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
const certain = (source: string): string[] => (certainFixes(found(source)).get("a.lontar") ?? []).map((e) => e.text);

describe("certain fixes a review found wrong", () => {
  it.each([
    ["a second span of hours excepted", library("buka senin..jumat 08:00-16:00 kecuali 12:00-13:00, 15:00-15:30")],
    ["a second day excepted with its hours", library("buka senin..jumat 08:00-16:00 kecuali rabu 12:00-13:00, kamis 12:00-13:00")],
    ["a second day excepted", library("buka senin..jumat 08:00-16:00 kecuali rabu, kamis")],
    ["a limit to part of the agreement", agreement("minimal 4 sesi kunjungan per bulan selama tahun pertama kerja_sama")],
    ["`2x` of people", program("peserta 2x")],
    ["`2x` as a length", program("jadwal setiap minggu pada selasa pukul 09:00 selama 2x")],
    ["two weekdays of the month listed", program("jadwal setiap bulan pada minggu kedua, selasa kedua pukul 09:00 selama 2 jam")],
    ["`setiap minggu`: every week or every Sunday", library("buka setiap minggu 08:00-12:00")],
    ["`setiap hari libur` is no every day", library("buka setiap hari libur 08:00-12:00")],
    ["a region part left behind on a line of two parts", library('provinsi "Jawa Barat"\n  kabupaten "Bandung" kecamatan "Cileunyi"').replace('  wilayah "Jawa Tengah" / "Kabupaten Wonosobo"\n', "")],
    ["a partner's hosting and its count", agreement("mitra menyelenggarakan kunjungan maksimal 2 kali per bulan")],
  ])("%s: nothing applied", (_, source) => {
    expect(found(source).length).toBeGreaterThan(0);
    expect(certain(source)).toEqual([]);
  });

  it("`bukan` near the fact `bulan` is a word of the language: its LON3101 fix is only offered", () => {
    const source = rule('ketika bukan minggu\n  maka larang "x"');
    const d = found(source).find((x) => x.code === "LON3101");
    expect(d?.suggestions.some((s) => s.edits[0]?.text === "bulan")).toBe(true);
    expect(certainFixes(found(source)).get("a.lontar") ?? []).toEqual([]);
  });

  it("`hari bukan sabtu dan bukan minggu` is one error, fixed as none of the list", () => {
    const source = rule('ketika hari bukan sabtu dan bukan minggu\n  maka larang "x"');
    expect(found(source).map((d) => d.code)).toEqual(["LON1106"]);
    expect(applyEdits(source, certainFixes(found(source)).get("a.lontar") ?? [])).toContain("ketika hari bukan dalam [sabtu, minggu]");
  });

  it("`maka tutup \"Salat Jumat\"` is offered `larang`, the reason kept", () => {
    const source = rule('ketika hari == jumat\n  maka tutup "Salat Jumat"');
    const d = found(source)[0];
    expect(d?.suggestions.map((s) => s.edits[0]?.text)).toEqual(["larang"]);
    expect(localizeDiagnostic(d!, "id").message).toContain("`maka larang`");
  });
});
