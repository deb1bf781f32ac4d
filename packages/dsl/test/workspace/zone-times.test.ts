/**
 * A time written with another zone's name than its library's (`pukul 09:00 WIB` in a library
 * in WITA): the fix writes the library's time, not the time as written (which would move the
 * session by the zones' difference).
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkspace, localizeDiagnostic, WorkspaceSession, type Diagnostic } from "@lontar/dsl";

const library = (province: string): string => `perpustakaan p {\n  jenjang desa\n  wilayah "${province}" / "Kota X"\n}\ncakrawala 2027-01-01..2027-12-31\n`;
const PROGRAM = (time: string): string => `program kelas di p {\n  kategori kelas\n  jadwal sekali 2027-03-01 pukul ${time} selama 2 jam\n}\n`;
const analyze = (...texts: string[]) => analyzeWorkspace({ root: "/ws", files: texts.map((text, i) => ({ path: `f${i}.lontar`, text })), readFile: () => undefined });
const fixes = (d: Diagnostic | undefined): string[] => (d?.suggestions ?? []).filter((s) => s.preferred === true).flatMap((s) => s.edits.map((e) => e.text));

describe("a time written in another zone than its library's", () => {
  it("is the library's time: `09:00 WIB` in Nusa Tenggara Timur (WITA) is 10:00, in both languages, and the fixed file is clean", () => {
    const source = library("Nusa Tenggara Timur") + PROGRAM("09:00 WIB");
    const [d, ...others] = analyze(source).diagnostics;
    expect(others).toEqual([]);
    expect(d?.message).toBe("`09:00 WIB` is 10:00 in its library's zone (WITA): Lontar reads a time in the library's zone, so it writes `10:00`");
    expect(localizeDiagnostic(d!, "id").message).toBe("`09:00 WIB` adalah pukul 10:00 di zona waktu perpustakaannya (WITA): Lontar membaca jam dalam zona waktu perpustakaan, jadi menulis `10:00`");
    expect(fixes(d)).toEqual(["10:00"]);
    expect(analyze(source.replace("09:00 WIB", "10:00")).diagnostics).toEqual([]);
  });

  it("finds the library in another file, and an editor's session says the same", () => {
    const [d] = analyze(PROGRAM("09:00 WIT"), library("Sumatera Barat")).diagnostics;
    expect(fixes(d)).toEqual(["07:00"]);
    const session = new WorkspaceSession({ root: "/ws", readFile: () => undefined });
    session.open("a.lontar", PROGRAM("09:00 WIT"), 1);
    session.open("b.lontar", library("Sumatera Barat"), 1);
    expect(fixes(session.fastDiagnostics("a.lontar")[0])).toEqual(["07:00"]);
  });

  it("in the library's own zone, is the time alone", () => {
    const [d] = analyze(library("Nusa Tenggara Timur") + PROGRAM("09:00 WITA")).diagnostics;
    expect(fixes(d)).toEqual(["09:00"]);
    expect(d?.message).toContain("so it writes the time alone");
  });

  it("moves every time of another mistake's fix: hours after their days or after `antara`, a time with no `pukul`, a session on several days", () => {
    const lines = [
      "buka senin..jumat pukul 08.00-16.00 WIB",
    ];
    const program = `program kelas di p {\n  kategori kelas\n  jadwal 2 kali per bulan pada selasa antara pukul 13.00-16.00 WIB selama 2 jam\n  jadwal setiap sabtu 10.00 WIB selama 1 jam\n  jadwal 2027-07-21..2027-07-23 pukul 09.00 WIB selama 4 jam\n}\n`;
    const source = library("Nusa Tenggara Timur").replace("}\n", `  ${lines.join("\n  ")}\n}\n`) + program;
    const found = analyze(source).diagnostics;
    expect(found.map((d) => fixes(d)[0])).toEqual(["09:00-17:00", "14:00-17:00", "pukul 11:00", "2027-07-21..2027-07-23 harian 10:00-14:00"]);
    expect(found[0]?.message).toBe("`pukul 08.00-16.00 WIB` is written in another zone than its library's (WITA): Lontar reads times in the library's zone, so it writes `09:00-17:00`");
    expect(localizeDiagnostic(found[2]!, "id").message).toBe("`10.00 WIB` ditulis dalam zona waktu lain dari zona perpustakaannya (WITA): Lontar membaca jam dalam zona waktu perpustakaan, jadi menulis `pukul 11:00`");
    // In the library's own zone, each is its own mistake's fix.
    expect(analyze(library("Sumatera Barat").replace("}\n", `  ${lines.join("\n  ")}\n}\n`) + program).diagnostics.map((d) => fixes(d)[0])).toEqual(["08:00-16:00", "13:00-16:00", "pukul 10:00", "2027-07-21..2027-07-23 harian 09:00-13:00"]);
  });

  it("with an hour of no minutes or of one digit, is one mistake; one that may be the afternoon's offers both readings, moved to the library's zone", () => {
    const offered = (d: Diagnostic | undefined): string[] => (d?.suggestions ?? []).flatMap((s) => s.edits.map((e) => e.text));
    // `pukul 9 WITA`, `pukul 9 WIB` (stop 42: two errors, the hour's and the zone's).
    for (const [time, fix] of [["9 WITA", "09:00"], ["9 WIB", "10:00"], ["3 sore WIB", "16:00"]] as const) {
      const found = analyze(library("Nusa Tenggara Timur") + PROGRAM(time)).diagnostics;
      expect(found.map((d) => [d.code, fixes(d)]), time).toEqual([["LON1106", [fix]]]);
    }
    // `3:00 WIB` was "3:00 in its library's zone", and its fix kept the hour of WIB.
    for (const [time, readings] of [["3 WITA", ["03:00", "15:00"]], ["3:00 WITA", ["03:00", "15:00"]], ["3.00 WITA", ["03:00", "15:00"]], ["3 WIB", ["04:00", "16:00"]], ["3:00 WIB", ["04:00", "16:00"]], ["3.30 WIB", ["04:30", "16:30"]]] as const) {
      const found = analyze(library("Nusa Tenggara Timur") + PROGRAM(time)).diagnostics;
      expect(found.map((d) => [d.code, fixes(d), offered(d)]), time).toEqual([["LON1106", [], readings]]);
    }
    const [other] = analyze(library("Nusa Tenggara Timur") + PROGRAM("3:00 WIB")).diagnostics;
    expect(localizeDiagnostic(other!, "id").message).toBe("`3:00 WIB` adalah pukul 04:00 atau 16:00 di zona waktu perpustakaannya (WITA): Lontar membaca jam dalam zona waktu perpustakaan dalam 24 jam, jadi menulis yang dimaksud");
    const [own] = analyze(library("Nusa Tenggara Timur") + PROGRAM("3 WITA")).diagnostics;
    expect(own?.message).toBe("`3 WITA` is in the morning or the afternoon: Lontar reads a time in its library's zone on a 24-hour clock, so it writes the time alone, `03:00` or `15:00`");
    // Either reading, written, is clean.
    expect(analyze(library("Nusa Tenggara Timur") + PROGRAM("16:00")).diagnostics).toEqual([]);
  });

  it("falling on another day in the library's zone, has no fix", () => {
    const [d] = analyze(library("Papua") + PROGRAM("23:30 WIB")).diagnostics;
    expect(d?.message).toContain("falls on another day in its library's zone (WIT)");
    expect(d?.suggestions).toEqual([]);
  });
});
