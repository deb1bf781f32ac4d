import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource } from "@lontar/dsl";

const file = "a.lontar";
const partner = (kind: string): string => `mitra m {\n  nama "M"\n  jenis ${kind}\n}\n`;

// A value the table lists, misspelt: as one close keyword is, the one value near it by spelling is the certain fix.
describe("a misspelt value's fix (LON3004)", () => {
  it("is applied by `check --fix` when one allowed value is near by spelling", () => {
    const source = partner("sekolh");
    const { diagnostics } = checkSource(source, file);
    expect(diagnostics.map((d) => d.code)).toEqual(["LON3004"]);
    expect(diagnostics[0]?.suggestions?.[0]).toMatchObject({ preferred: true });
    const fixed = applyEdits(source, certainFixes(diagnostics).get(file) ?? []);
    expect(fixed).toBe(partner("sekolah"));
    expect(checkSource(fixed, file).diagnostics).toEqual([]);
  });

  it("keeps the planner's own word when the typo is of another spelling of a value (`klub_bku` → `klub_buku`, not `diskusi_buku`)", () => {
    const program = (category: string): string => `perpustakaan p {\n  nama "P"\n  jenjang desa\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nprogram k di p {\n  judul "K"\n  kategori ${category}\n  jadwal sekali 2027-01-05 pukul 09:00 selama 2 jam\n}\n`;
    for (const [typo, meant] of [["klub_bku", "klub_buku"], ["lokakaria", "lokakarya"]] as const) {
      const { diagnostics } = checkSource(program(typo), file);
      expect(diagnostics.map((d) => d.code), typo).toEqual(["LON3004"]);
      const fixed = applyEdits(program(typo), certainFixes(diagnostics).get(file) ?? []);
      expect(fixed, typo).toBe(program(meant));
      expect(checkSource(fixed, file).diagnostics, typo).toEqual([]);
    }
  });

  it("stays a question when the word only ends a value (`gilir` for `buku_bergilir`) or several are near", () => {
    const program = 'perpustakaan p {\n  nama "P"\n  jenjang desa\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nprogram k di p {\n  judul "K"\n  kategori gilir\n  jadwal sekali 2027-01-05 pukul 09:00 selama 2 jam\n}\n';
    const affixed = checkSource(program, file).diagnostics;
    expect(affixed.map((d) => d.code)).toEqual(["LON3004"]);
    expect(JSON.stringify(affixed[0]?.suggestions)).toContain("buku_bergilir");
    expect(certainFixes(affixed).get(file) ?? []).toEqual([]);
    // Nothing near: no fix at all.
    expect(certainFixes(checkSource(partner("perempuan"), file).diagnostics).get(file) ?? []).toEqual([]);
  });
  it("stays a question when the word starts with a value (`pelatihan_komputer` is not `pelatihan`): a guess at the meaning, not a typo", () => {
    const program = (category: string): string => `perpustakaan p {\n  nama "P"\n  jenjang desa\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nprogram k di p {\n  judul "K"\n  kategori ${category}\n  jadwal sekali 2027-01-05 pukul 09:00 selama 2 jam\n}\n`;
    const prefixed = checkSource(program("pelatihan_komputer"), file).diagnostics;
    expect(prefixed.map((d) => d.code)).toEqual(["LON3004"]);
    expect(JSON.stringify(prefixed[0]?.suggestions)).toContain("pelatihan");
    expect(certainFixes(prefixed).get(file) ?? []).toEqual([]);
  });

  it("offers the value that shares a whole part with the word when none is near by spelling (`pembelajaran_sebaya`), first in the list, as a question", () => {
    const program = `perpustakaan p {\n  nama "P"\n  jenjang desa\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nprogram k di p {\n  judul "K"\n  kategori pembelajaran_sebaya\n  jadwal sekali 2027-01-05 pukul 09:00 selama 2 jam\n}\n`;
    const [diagnostic, ...others] = checkSource(program, file).diagnostics;
    expect(others).toEqual([]);
    expect(diagnostic?.code).toBe("LON3004");
    expect(diagnostic?.suggestions?.map((x) => x.edits?.[0]?.text)).toEqual(["pertemuan_pembelajaran_antar_sesama"]);
    expect(diagnostic?.message).toContain("nearest allowed: `pertemuan_pembelajaran_antar_sesama`,");
    expect(certainFixes([diagnostic!]).get(file) ?? []).toEqual([]);
  });

  // A walk of stop 59: `kategori literasi` offered `literasi_digital` alone, not `pelatihan_literasi`.
  it("offers every value that holds the word as a whole part, two or three of them, as a question", () => {
    const program = `perpustakaan p {\n  nama "P"\n  jenjang desa\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nprogram k di p {\n  judul "K"\n  kategori literasi\n  jadwal sekali 2027-01-05 pukul 09:00 selama 2 jam\n}\n`;
    const [diagnostic, ...others] = checkSource(program, file).diagnostics;
    expect(others).toEqual([]);
    expect(diagnostic?.suggestions?.map((x) => x.message)).toEqual(["did you mean `literasi_digital`?", "did you mean `pelatihan_literasi`?"]);
    expect(diagnostic?.message).toContain("nearest allowed: `literasi_digital`, `pelatihan_literasi`,");
    expect(certainFixes([diagnostic!]).get(file) ?? []).toEqual([]);
  });

  it("takes `murid` for students and `semua_umur` for the general public", () => {
    const program = (audience: string): string => `perpustakaan p {\n  nama "P"\n  jenjang desa\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nprogram k di p {\n  judul "K"\n  kategori kelas\n  sasaran ${audience}\n  jadwal sekali 2027-01-05 pukul 09:00 selama 2 jam\n}\n`;
    for (const audience of ["murid", "semua_umur", 'murid "SD/MI"']) expect(checkSource(program(audience), file).diagnostics, audience).toEqual([]);
    const level = checkSource(program("murid SD"), file).diagnostics;
    expect(applyEdits(program("murid SD"), certainFixes(level).get(file) ?? [])).toBe(program('murid "SD/MI"'));
  });
});
