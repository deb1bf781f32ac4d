/**
 * LON4014, LON4015 and LON4017: a weekly schedule that names no day says which weekday its
 * sessions fall on; a monthly one on day 29–31 names the months that get no session; sessions
 * in the small hours offer the afternoon's time. Warnings, in both languages, and the plan is
 * what they say.
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

describe("sessions that start in the small hours (LON4017)", () => {
  it("warns at the time from 00:00 to 04:59 on every kind of schedule with a start, offering the afternoon's time, not applied", () => {
    for (const [schedule, time, afternoon] of [
      ["setiap minggu pada rabu pukul 01:30 selama 1 jam", "01:30", "13:30"],
      ["sekali 2026-03-04 pukul 00:15 selama 1 jam", "00:15", "12:15"],
      ["setiap bulan pada tanggal 5 pukul 04:59 selama 1 jam", "04:59", "16:59"],
      ['rrule "FREQ=WEEKLY;BYDAY=MO" mulai 2026-01-05 pukul 03:00 selama 1 jam', "03:00", "15:00"],
    ] as const) {
      const found = checkSource(PROGRAM(schedule), "a.lontar").diagnostics;
      expect(found.map((d) => d.code), schedule).toEqual(["LON4017"]);
      const [d] = found;
      expect(d?.severity).toBe("warning");
      expect(PROGRAM(schedule).slice(d!.location.range.start.offset, d!.location.range.end.offset)).toBe(time);
      expect(d?.message).toBe(`the sessions start at ${time}, in the small hours of the night: times are on a 24-hour clock, so the afternoon is \`${afternoon}\`; keep \`${time}\` if the night is meant`);
      expect(localizeDiagnostic(d!, "id").message).toContain(`dini hari`);
      expect(d?.suggestions.map((f) => [f.edits.map((e) => e.text).join(""), f.preferred ?? false])).toEqual([[afternoon, false]]);
    }
  });

  it("is quiet from 05:00 and at night before midnight", () => {
    for (const schedule of ["setiap minggu pada rabu pukul 05:00 selama 1 jam", "setiap minggu pada rabu pukul 19:30 selama 2 jam", "setiap minggu pada rabu pukul 13:30 selama 1 jam"]) {
      expect(codes(schedule), schedule).toEqual([]);
    }
  });
});
