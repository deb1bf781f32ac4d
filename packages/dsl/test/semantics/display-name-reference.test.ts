/**
 * A declaration's display name written where its name stands (`butuh ruang Aula Utama`,
 * `mitra Dinas Pendidikan`): one LON2002 at the whole name as written, whose fix is the
 * declaration meant (its name with `_`, or the one whose `nama` it is), applied on its own
 * when only one fits; the rest of the line is read on.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const HEAD = `perpustakaan p {\n  jenjang kota\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nruang aula_utama di p {\n  nama "Aula Utama"\n  kapasitas 60\n}\nruang baca di p {\n  nama "Ruang Baca Anak"\n  kapasitas 20\n}\nstaf budi di p {\n  peran pustakawan\n}\nmitra disdik {\n  jenis opd\n  nama "Dinas Pendidikan"\n}\n`;
const program = (lines: string): string => `${HEAD}program kelas di p {\n  kategori kelas\n  jadwal setiap minggu pada rabu pukul 09:00 selama 1 jam\n${lines}\n}\ncakrawala 2026-01-01..2026-12-31\n`;
const fixes = (d: Diagnostic | undefined): (readonly [string, boolean])[] => (d?.suggestions ?? []).map((s) => [s.edits.map((e) => e.text).join(""), s.preferred ?? false] as const);

describe("a display name where a name stands (LON2002)", () => {
  it.each([
    ["  butuh ruang Aula Utama, 1 staf dengan peran pustakawan", "Aula Utama", "aula_utama"],
    ["  butuh ruang Ruang Baca Anak", "Ruang Baca Anak", "baca"],
    ["  mitra Dinas Pendidikan", "Dinas Pendidikan", "disdik"],
    // Stop 57: the display name with `_` for its spaces, as an id is written.
    ["  mitra Dinas_Pendidikan", "Dinas_Pendidikan", "disdik"],
    ["  butuh ruang ruang_baca_anak", "ruang_baca_anak", "baca"],
    ["  butuh ruang aula Utama", undefined, undefined],
  ])("%s", (line, written, meant) => {
    const source = program(line);
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    if (written === undefined) {
      // A lower-case first word is a name as written, not a display name: `aula` is looked up alone, and `Utama` is the grammar's error.
      expect(errors.map((d) => d.message).join("\n")).not.toContain("`aula Utama`");
      return;
    }
    expect(errors.map((d) => d.code), line).toEqual(["LON2002"]);
    const [d] = errors;
    expect(source.slice(d!.location.range.start.offset, d!.location.range.end.offset)).toBe(written);
    expect(d?.message).toContain(`\`${written}\` is not declared`);
    expect(localizeDiagnostic(d!, "id").message).toContain(`\`${written}\` tidak dideklarasikan`);
    expect(fixes(d)).toEqual([[meant, true]]);
    const fixed = source.slice(0, d!.location.range.start.offset) + meant + source.slice(d!.location.range.end.offset);
    expect(checkSource(fixed, "a.lontar").diagnostics.filter((x) => x.severity === "error")).toEqual([]);
  });

  it("a display name two declarations share, or none has, is offered, not applied", () => {
    const shared = program("  butuh ruang Ruang Baca Anak").replace('nama "Aula Utama"', 'nama "Ruang Baca Anak"');
    const [d] = checkSource(shared, "a.lontar").diagnostics.filter((x) => x.code === "LON2002");
    expect(fixes(d).every(([, preferred]) => !preferred)).toBe(true);
    const [none] = checkSource(program("  butuh ruang Aula Besar"), "a.lontar").diagnostics.filter((x) => x.severity === "error");
    expect(none?.code).toBe("LON2002");
    expect(fixes(none).every(([, preferred]) => !preferred)).toBe(true);
  });

  // The review of stop 57: a lower-case name near a declared one in spelling is that typo, not another's display name.
  it("a lower-case name with `_` close to a declared name is offered that name, not the one whose display name it spells", () => {
    const text = program("  butuh ruang ruang_baca").replace("ruang aula_utama di p {\n  nama \"Aula Utama\"", "ruang ruang_bacaan di p {\n  nama \"Aula Utama\"").replace('nama "Ruang Baca Anak"', 'nama "Ruang Baca"');
    const [d] = checkSource(text, "a.lontar").diagnostics.filter((x) => x.code === "LON2002");
    expect(d?.suggestions.map((s) => [s.edits[0]?.text, s.preferred === true])).toEqual([["ruang_bacaan", false]]);
  });

  // Stop 57: `antara perpus_sleman dan universitas_uny` for the partner `uny`.
  it("a declared name that is a word of the one written is offered, not applied", () => {
    const [d, ...rest] = checkSource(program("  mitra dinas_disdik_kota"), "a.lontar").diagnostics.filter((x) => x.severity === "error");
    expect(rest).toEqual([]);
    expect(d?.code).toBe("LON2002");
    expect(d?.suggestions[0]?.message).toContain("`disdik`");
    expect(d?.suggestions.some((x) => x.preferred === true)).toBe(false);
    // `disdik` is whole, not misspelt: no offer to rename it.
    expect(d?.suggestions).toHaveLength(1);
    // A word too short to be a name, or no declared word, offers no declared name: only to declare it (stop 58).
    expect((checkSource(program("  mitra sd_di_kota"), "a.lontar").diagnostics.find((x) => x.code === "LON2002")?.suggestions ?? []).map((x) => x.text?.key)).toEqual(["LON2002.declareIt"]);
  });
});
