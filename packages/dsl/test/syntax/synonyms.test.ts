/**
 * Words a planner writes for a keyword they are not spelled like: `kali` for `sesi` in an
 * obligation, `setiap` for `per`, `sejak` for `mulai`, `di` before a day for `pada`. Each is
 * one error at the word, naming the keyword, with it as the certain fix; the fixed file is clean.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const WORKSPACE = (line: string, schedule = "jadwal setiap minggu pada selasa pukul 09:00 selama 2 jam mulai 2026-01-06"): string =>
  `perpustakaan p {\n  jenjang kota\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nmitra m {\n  jenis sekolah\n}\nprogram kelas di p {\n  kategori kelas\n  ${schedule}\n}\nkesepakatan mou {\n  antara p dan m\n  berlaku 2026-01-01..2026-12-31\n  ${line}\n}\n`;
const OBLIGATION = "minimal 10 sesi kelas per semester";

function applied(source: string, diagnostics: readonly Diagnostic[]): string {
  const edits = diagnostics.flatMap((d) => d.suggestions.filter((s) => s.preferred === true).flatMap((s) => s.edits));
  return [...edits].sort((a, b) => b.location.range.start.offset - a.location.range.start.offset).reduce((t, e) => t.slice(0, e.location.range.start.offset) + e.text + t.slice(e.location.range.end.offset), source);
}

describe("a synonym where the grammar expects a keyword", () => {
  it.each([
    ["kali for sesi", WORKSPACE("minimal 10 kali kelas per semester"), "kali", "sesi"],
    ["setiap for per", WORKSPACE("minimal 10 sesi kelas setiap semester"), "setiap", "per"],
    ["sejak for mulai", WORKSPACE(OBLIGATION, "jadwal setiap minggu pada selasa pukul 09:00 selama 2 jam sejak 2026-01-06"), "sejak", "mulai"],
  ])("%s: one error at the word, the keyword its certain fix", (_, source, written, meant) => {
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1101"]);
    const [d] = diagnostics as [Diagnostic];
    expect(source.slice(d.location.range.start.offset, d.location.range.end.offset)).toBe(written);
    expect(localizeDiagnostic(d, "id").message).toContain(`maksud Anda \`${meant}\`?`);
    expect(d.suggestions.map((s) => [s.edits.map((e) => e.text), s.preferred])).toEqual([[[meant], true]]);
    expect(checkSource(applied(source, diagnostics), "a.lontar").diagnostics).toEqual([]);
  });

  it("`di` before a day in a schedule (`di` is also `pukul`): says a day follows `pada`, and the fix writes `pada`", () => {
    const source = WORKSPACE(OBLIGATION, "jadwal setiap minggu di selasa pukul 09:00 selama 2 jam mulai 2026-01-06");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1101"]);
    const [d] = diagnostics as [Diagnostic];
    expect(localizeDiagnostic(d, "id").message).toContain("hari ditulis setelah `pada`: `pada selasa`");
    expect(d.message).toContain("a day follows `pada`");
    const fixed = applied(source, diagnostics);
    expect(fixed).toBe(WORKSPACE(OBLIGATION));
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
  });

  it.each([["kegiatan", "program", "program kelas di p {"], ["mou", "kesepakatan", "kesepakatan mou {"]])("`%s` where a declaration starts: did you mean `%s`?, the declaration read as meant (nothing else reported)", (written, meant, head) => {
    const source = WORKSPACE(OBLIGATION).replace(head, head.replace(meant, written));
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1104"]);
    expect(localizeDiagnostic(diagnostics[0]!, "id").message).toContain(`maksud Anda \`${meant}\`?`);
    expect(checkSource(applied(source, diagnostics), "a.lontar").diagnostics).toEqual([]);
  });

  it("`pukul` after a flexible schedule (`2 kali per minggu … pukul 09:00`) says it takes a window, and how set days are written", () => {
    const source = WORKSPACE(OBLIGATION, "jadwal 2 kali per minggu pada selasa, jumat pukul 09:00 selama 2 jam");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(diagnostics[0]!, "id").message).toContain("memakai rentang jam (`antara 08:00-12:00`); untuk sesi pada hari dan jam tertentu tulis `setiap minggu pada selasa, jumat pukul 09:00`");
  });

  it("offers no synonym where the keyword it stands for is not expected (`kali` in a flexible schedule stays valid)", () => {
    const source = WORKSPACE(OBLIGATION, "jadwal 2 kali per bulan pada hari_kerja antara 08:00-12:00 selama 2 jam");
    expect(checkSource(source, "a.lontar").diagnostics).toEqual([]);
  });
});
