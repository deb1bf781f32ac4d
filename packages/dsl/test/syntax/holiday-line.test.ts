/**
 * A library's days off written as holidays (`libur sekolah 2027-06-21..2027-07-10`, `libur
 * nasional`, `cuti bersama 2027-03-09`): one error whose certain fix writes the closure Lontar
 * reads, `tutup <dates> "<reason>"` or `tutup pada libur nasional`; offered, not applied, where
 * the line says less than the closure would do.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = (line: string): string => `cakrawala 2027-01-01..2027-12-31\nperpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n  ${line}\n}\n`;

describe("holidays written in a library", () => {
  it.each([
    ['libur 2027-05-20 "Hari jadi kabupaten"', 'tutup 2027-05-20 "Hari jadi kabupaten"'],
    ["cuti bersama 2027-03-09..2027-03-10", 'tutup 2027-03-09..2027-03-10 "Cuti bersama"'],
    ['libur 2027-06-21, 2027-06-23..2027-06-25 "Hari jadi"', 'tutup 2027-06-21 "Hari jadi"\n  tutup 2027-06-23..2027-06-25 "Hari jadi"'],
  ])("`%s` is one error, fixed as `%s`, which checks", (line, fixed) => {
    const source = library(line);
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(errors[0]!, "id").message).toContain("hari libur perpustakaan ditulis sebagai penutupan (`tutup`)");
    const after = applyEdits(source, certainFixes(errors).get("a.lontar") ?? []);
    expect(after).toBe(library(fixed));
    expect(checkSource(after, "a.lontar").diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it.each([
    ["libur sekolah 2027-06-21..2027-07-10", 'tutup 2027-06-21..2027-07-10 "Libur sekolah"'],
    ["libur kenaikan kelas 2027-06-21..2027-07-10", 'tutup 2027-06-21..2027-07-10 "Libur kenaikan kelas"'],
  ])("only offers `%s` as a closure: school holidays close a school, and a library may run children's programs then", (line, shown) => {
    const errors = checkSource(library(line), "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(errors[0]!, "id").message).toContain(`\`${shown}\``);
    expect(certainFixes(errors).get("a.lontar") ?? []).toEqual([]);
  });

  it("indents a list's further closures as the line is, with a tab too", () => {
    const source = library("libur 2027-06-21, 2027-06-22").replace("  libur", "\tlibur");
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(applyEdits(source, certainFixes(errors).get("a.lontar") ?? [])).toContain('\ttutup 2027-06-21 "Libur"\n\ttutup 2027-06-22 "Libur"\n');
  });

  it("leaves a line with more after its dates to the grammar's own error", () => {
    const errors = checkSource(library("libur sekolah 2027-06-21..2027-07-10 pukul 09:00"), "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.some((d) => localizeDiagnostic(d, "en").message.includes("days off are a closure"))).toBe(false);
  });

  it.each([
    ["libur nasional", "tutup pada libur nasional"],
    ["hari libur", "tutup pada libur nasional"],
    ["libur nasional dan cuti bersama", "tutup pada libur nasional"],
  ])("`%s` alone is closed on the national holidays: `%s`", (line, fixed) => {
    const source = library(line);
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(errors[0]!, "id").message).toContain(`menulis \`${fixed}\``);
    const after = applyEdits(source, certainFixes(errors).get("a.lontar") ?? []);
    expect(after).toBe(library(fixed));
    expect(checkSource(after, "a.lontar").diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("says `public holidays` in an English file as `closed on public holidays`", () => {
    const source = `horizon 2027-01-01..2027-12-31\nlibrary p {\n  tier village\n  region "Jawa Tengah"\n  public holidays\n}\n`;
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(applyEdits(source, certainFixes(errors).get("a.lontar") ?? [])).toBe(source.replace("public holidays", "closed on public holidays"));
  });

  it("only offers the closure for `cuti bersama` alone, which would also close on national holidays", () => {
    const errors = checkSource(library("cuti bersama"), "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(errors[0]!, "id").message).toContain("`tutup pada libur nasional`");
    expect(certainFixes(errors).get("a.lontar") ?? []).toEqual([]);
  });

  it("says a line of national holidays adds nothing to a library already closed on them, and fixes nothing", () => {
    const errors = checkSource(library("tutup pada libur nasional\n  libur nasional"), "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(errors[0]!, "en").message).toContain("this line can go");
    expect(certainFixes(errors).get("a.lontar") ?? []).toEqual([]);
  });

  it("leaves a list that ends in a comma, and a line of other words, to the grammar's own error", () => {
    for (const line of ["libur 2027-06-21,", "libur pagi"]) {
      const errors = checkSource(library(line), "a.lontar").diagnostics.filter((d) => d.severity === "error");
      expect(errors.some((d) => /days off are a closure|closed on national holidays/.test(localizeDiagnostic(d, "en").message))).toBe(false);
    }
  });
});

describe("holidays written in a partner (a school's)", () => {
  const partner = (line: string, english = false): string =>
    english ? `partner sdn { kind school\n  ${line}\n}\n` : `mitra sdn {\n  jenis sekolah\n  ${line}\n}\n`;

  it.each([
    ["libur sekolah 2027-06-21..2027-07-10", "`… kecuali 2027-06-21..2027-07-10`"],
    ["hari libur", "`… kecuali YYYY-MM-DD..YYYY-MM-DD`"],
  ])("`%s` is one error whose hint says a program's `kecuali` keeps its sessions off them, with no fix", (line, shown) => {
    const errors = checkSource(partner(line), "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(errors[0]!, "id").message).toContain(`mitra tidak memiliki hari libur sendiri: agar sesi suatu program tidak jatuh pada hari itu, tulis tanggalnya setelah \`kecuali\` pada jadwal program itu (${shown})`);
    expect(certainFixes(errors).get("a.lontar") ?? []).toEqual([]);
  });

  it("says it in the file's keywords: `except` in an English file", () => {
    const [error] = checkSource(partner("school holidays 2027-06-21..2027-07-10", true), "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(error?.message).toContain("a partner has no days off of its own: to keep a program's sessions off them, write the dates after `except` in that program's schedule (`… except 2027-06-21..2027-07-10`)");
  });

  it("leaves a line that is no holiday to the error it had", () => {
    const [error] = checkSource(partner("kontak 0812"), "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(error?.message ?? "").not.toContain("hari libur sendiri");
  });
});
