/**
 * LON4018 timeAfterAlso: a recurring schedule whose only time comes right after an extra
 * date (`… juga 2027-03-18 pukul 10:00`) gives every session that time, though it reads as
 * the date's; found by the review of stop 55 beside the Sleman walk's `juga … pukul` (there
 * with a time before, which is LON1106's error). A warning, the date's own time offered.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const program = (schedule: string): string =>
  `cakrawala 2027-01-01..2027-12-31\nperpustakaan p { jenjang kota  wilayah "Sumatera Barat" / "Kota Solok" }\nprogram k di p {\n  kategori kelas\n  jadwal ${schedule}\n}\n`;
const notes = (source: string) => checkSource(source, "a.lontar").diagnostics.filter((d) => d.text?.key === "LON4018.timeAfterAlso");

describe("a time right after an extra date, the schedule's only one", () => {
  it("is a warning at the date and the time, offering the date's own time (not applied)", () => {
    const source = program("setiap minggu pada kamis selama 2 jam juga 2027-03-18 pukul 10:00");
    const [d, ...rest] = notes(source);
    expect(rest).toEqual([]);
    expect(d?.severity).toBe("warning");
    expect(source.slice(d?.location.range.start.offset, d?.location.range.end.offset)).toBe("2027-03-18 pukul 10:00");
    expect(d?.suggestions.map((s) => [s.edits[0]?.text, s.preferred === true])).toEqual([["2027-03-18T10:00", false]]);
    if (d !== undefined) expect(localizeDiagnostic(d, "id").message).toContain("adalah jam setiap sesi jadwal ini, bukan jam 2027-03-18 saja");
  });

  it("is none for a time before the extra dates, after another part, or for a date with its own time", () => {
    expect(notes(program("setiap minggu pada kamis pukul 10:00 selama 2 jam juga 2027-03-18"))).toEqual([]);
    expect(notes(program("setiap minggu pada kamis juga 2027-03-18 selama 2 jam pukul 10:00"))).toEqual([]);
    expect(notes(program("setiap minggu pada kamis pukul 10:00 selama 2 jam juga 2027-03-18T13:00"))).toEqual([]);
  });
});
