/**
 * A program held at partners' places only (`lokasi dispus`) that needs a room: a room belongs
 * to a library and is used where it is, so the plan gave the session a room it cannot have
 * (found by the Kupang school librarian's walk, stop 44: `check` was clean and the plan booked
 * the school's reading room for a contest at the Dinas). LON3201 at the need.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const workspace = (program: string): string =>
  `cakrawala 2027-01-01..2027-12-31\nperpustakaan smpn2 {\n  jenjang sekolah\n  tingkat smp\n  wilayah "Nusa Tenggara Timur" / "Kota Kupang"\n}\nmitra dispus { jenis opd }\nmitra pkk { jenis pkk }\nruang ruang_baca di smpn2 { kapasitas 30 }\nprogram lomba di smpn2 {\n  kategori lomba_bercerita\n  mitra dispus\n  jadwal sekali 2027-04-22 pukul 08:00 selama 3 jam\n${program}}\n`;
/** The LON3201 of a room away from the program's places (the workspace declares no staff: a staff need is LON3201 of its own). */
const found = (program: string) => checkSource(workspace(program), "a.lontar").diagnostics.filter((d) => d.code === "LON3201" && localizeDiagnostic(d, "en").message.includes("held at"));

describe("a room needed where the program is not", () => {
  it("a named room of the library, the program held at a partner's: one error at the room, in both languages", () => {
    const [d, ...rest] = found("  lokasi dispus\n  butuh ruang ruang_baca\n");
    expect(rest).toEqual([]);
    expect(localizeDiagnostic(d!, "id").message).toBe("`ruang_baca` adalah ruang `smpn2`, padahal programnya diadakan di `dispus`: ruang dipakai di tempatnya; adakan programnya di `smpn2`, atau hapus ruangnya");
    expect(localizeDiagnostic(d!, "en").message).toContain("`ruang_baca` is a room of `smpn2`, but the program is held at `dispus`");
  });

  it("any room, the program held at two partners' places: one error at the need", () => {
    const all = found("  lokasi dispus, pkk\n  butuh ruang\n");
    expect(all.map((d) => localizeDiagnostic(d, "en").message)).toEqual(["a room is needed, but the program is held at `dispus`, `pkk`, where no room is declared (a room belongs to a library); leave the room out, or hold the program at a library"]);
  });

  it("no error when the program is held at its library, or a library is among its places", () => {
    expect(found("  butuh ruang ruang_baca\n")).toEqual([]);
    expect(found("  lokasi smpn2, dispus\n  butuh ruang ruang_baca\n")).toEqual([]);
    expect(found("  lokasi dispus\n  butuh 1 staf\n")).toEqual([]);
  });
});
