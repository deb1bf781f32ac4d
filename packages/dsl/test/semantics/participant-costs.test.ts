/**
 * LON3016: a cost `per participant` in a program with no `participants` (found by a walk,
 * stop 54: `biaya Rp 1.500.000 per peserta` in a class with no `peserta` was Rp 0 in the
 * plan, its budget and a bank's cap, and `check` said nothing).
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const LIBRARY = 'perpustakaan p {\n  jenjang desa\n  wilayah "Nusa Tenggara Timur" / "Kabupaten Kupang"\n}\n';
const program = (...lines: string[]): string => `${LIBRARY}\nprogram kelas {\n  kategori pelatihan_literasi\n  jadwal setiap sabtu pukul 09:00 selama 2 jam mulai 2027-03-06 sampai 2027-03-27\n${lines.map((l) => `  ${l}\n`).join("")}}\n`;

describe("a cost per participant", () => {
  it("without `participants`: a warning at each such cost, in both languages", () => {
    const source = program("biaya Rp 1.500.000 per sesi", "biaya Rp 15.000 per peserta", "biaya Rp 2.000 per peserta");
    const found = checkSource(source, "a.lontar").diagnostics;
    expect(found.map((d) => [d.code, d.severity, source.slice(d.location.range.start.offset, d.location.range.end.offset)])).toEqual([
      ["LON3016", "warning", "Rp 15.000 per peserta"],
      ["LON3016", "warning", "Rp 2.000 per peserta"],
    ]);
    expect(localizeDiagnostic(found[0]!, "en").message).toBe(
      "`kelas` is charged Rp 15,000 per participant but declares no `participants`, so the cost counts Rp 0 in the plan and its budgets; add `participants N` (the participants expected at each session), or charge it `per session`",
    );
    expect(localizeDiagnostic(found[0]!, "id").message).toBe(
      "`kelas` dibebani Rp 15.000 per peserta tetapi tidak menyebut `peserta`, sehingga biaya itu dihitung Rp 0 dalam rencana dan anggarannya; tambahkan `peserta N` (peserta yang diharapkan tiap sesi), atau bebankan `per sesi`",
    );
  });

  it("with `participants`, or costs per session and per program only: nothing", () => {
    expect(checkSource(program("peserta 25", "biaya Rp 15.000 per peserta"), "a.lontar").diagnostics).toEqual([]);
    expect(checkSource(program("biaya Rp 15.000 per peserta", "peserta 25"), "a.lontar").diagnostics).toEqual([]);
    expect(checkSource(program("biaya Rp 1.500.000 per sesi", "biaya Rp 5.000.000 per program"), "a.lontar").diagnostics).toEqual([]);
  });
});
