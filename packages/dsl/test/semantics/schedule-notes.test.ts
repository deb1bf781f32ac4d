/**
 * LON4014 and LON4015: a weekly schedule that names no day says which weekday its sessions
 * fall on; a monthly one on day 29–31 names the months that get no session. Warnings, in
 * both languages, and the plan is what they say.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const PROGRAM = (schedule: string): string =>
  `perpustakaan p {\n  jenjang kota\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nprogram kelas di p {\n  kategori kelas\n  jadwal ${schedule}\n}\ncakrawala 2026-01-01..2026-12-31\n`;
const codes = (schedule: string): string[] => checkSource(PROGRAM(schedule), "a.lontar").diagnostics.map((d) => d.code);

describe("a weekly schedule with no day (LON4014)", () => {
  it("names the weekday of its start: `mulai`, else the horizon's first day", () => {
    const [d] = checkSource(PROGRAM("setiap minggu pukul 09:00 selama 2 jam mulai 2026-01-06"), "a.lontar").diagnostics;
    expect(d?.code).toBe("LON4014");
    expect(d?.severity).toBe("warning");
    expect(d?.message).toBe("this weekly schedule names no day: its sessions fall on Tuesday, the weekday of its start (2026-01-06); write `on <day>` (`pada <hari>`) to say which");
    expect(localizeDiagnostic(d!, "id").message).toContain("jatuh pada hari Selasa");
    const [horizon] = checkSource(PROGRAM("setiap minggu pukul 09:00 selama 2 jam"), "a.lontar").diagnostics;
    expect(horizon?.message).toContain("Thursday, the weekday of its start (2026-01-01)");
  });

  it("is quiet when the days are named, after `setiap` or after `pada`, and for other units", () => {
    for (const schedule of ["setiap minggu pada selasa pukul 09:00 selama 2 jam", "setiap selasa pukul 09:00 selama 2 jam", "setiap hari_kerja pukul 09:00 selama 2 jam", "setiap 2 minggu pada sabtu pukul 09:00 selama 2 jam", "setiap bulan pada sabtu pertama pukul 09:00 selama 2 jam"]) {
      expect(codes(schedule), schedule).toEqual([]);
    }
  });
});

describe("a monthly schedule on a day some months lack (LON4015)", () => {
  it.each([
    [31, "there is no session in February, April, June, September and November;"],
    [30, "there is no session in February;"],
    [29, "there is no session in February in years that are not leap years;"],
  ])("day %i: names the months without it", (day, says) => {
    const [d] = checkSource(PROGRAM(`setiap bulan pada tanggal ${day} pukul 09:00 selama 2 jam`), "a.lontar").diagnostics.filter((x) => x.code === "LON4015");
    expect(d?.severity).toBe("warning");
    expect(d?.message).toContain(says);
    expect(localizeDiagnostic(d!, "id").message).toContain(`tanggal ${day} tidak ada di setiap bulan`);
  });

  it("is quiet for a day every month has", () => {
    expect(codes("setiap bulan pada tanggal 28 pukul 09:00 selama 2 jam")).not.toContain("LON4015");
  });
});

describe("a horizon written the wrong way round", () => {
  it("is one error at the horizon (LON3003), not also a missing start (LON4006) at each schedule that would start at it", () => {
    const source = PROGRAM("setiap minggu pada selasa pukul 09:00 selama 2 jam").replace("cakrawala 2026-01-01..2026-12-31", "cakrawala 2026-12-31..2026-01-01");
    expect(checkSource(source, "a.lontar").diagnostics.map((d) => d.code)).toEqual(["LON3003"]);
    // With no horizon at all, the missing start is the schedule's own error.
    expect(checkSource(source.replace(/cakrawala .*\n/, ""), "a.lontar").diagnostics.map((d) => d.code)).toEqual(["LON4006"]);
  });
});
