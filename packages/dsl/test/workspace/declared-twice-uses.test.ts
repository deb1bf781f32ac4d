/**
 * A name declared twice with two kinds (a partner given a village library's name): LON2001
 * reports the two declarations, and the uses of the name are not also "of the wrong kind",
 * which they are only of the declaration the binder met first (a walk of stop 59: three
 * errors, two of them at the library's right uses in other files).
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkspace } from "@lontar/dsl";

const WORKSPACE =
  'cakrawala 2027-01-01..2027-12-31\nperpustakaan perpusdes_nita {\n  jenjang desa\n  wilayah "Nusa Tenggara Timur" / "Kabupaten Sikka"\n}\n' +
  "program kelas_a di perpusdes_nita {\n  kategori kelas\n  jadwal sekali 2027-03-01 pukul 09:00 selama 1 jam\n}\n" +
  "kesepakatan mou {\n  antara perpusdes_nita dan pkk\n  berlaku 2027-01-01..2027-12-31\n  minimal 1 sesi kelas_a per tahun\n}\n";
const PARTNERS = (extra: string) => `mitra pkk {\n  nama "TP PKK"\n  jenis pkk\n}\n${extra}`;
const codes = (partners: string) =>
  analyzeWorkspace({ root: "/ws", files: [{ path: "/ws/mitra.lontar", text: partners }, { path: "/ws/workspace.lontar", text: WORKSPACE }] }).diagnostics.map((d) => `${d.location.file} ${d.code}`);

describe("a name declared twice, with two kinds", () => {
  it("is the one LON2001, its uses not also of the wrong kind", () => {
    expect(codes(PARTNERS('mitra perpusdes_nita {\n  nama "Pemerintah Desa Nita"\n  jenis pemdes\n}\n'))).toEqual(["workspace.lontar LON2001"]);
  });

  // A review of stop 59: two partners of one name hid "a library is needed here" and "a room is needed here".
  it("keeps the error of a use that no declaration of the name fits", () => {
    const twice = PARTNERS('mitra pkk {\n  nama "TP PKK lagi"\n  jenis pkk\n}\n');
    const found = analyzeWorkspace({ root: "/ws", files: [{ path: "/ws/mitra.lontar", text: twice }, { path: "/ws/workspace.lontar", text: WORKSPACE.replace("di perpusdes_nita", "di pkk") }] }).diagnostics;
    expect(found.map((d) => d.code).sort()).toEqual(["LON2001", "LON2003"]);
  });

  it("leaves a use of the wrong kind of a name declared once", () => {
    const once = analyzeWorkspace({ root: "/ws", files: [{ path: "/ws/mitra.lontar", text: PARTNERS("") }, { path: "/ws/workspace.lontar", text: WORKSPACE.replace("di perpusdes_nita", "di pkk") }] }).diagnostics;
    expect(once.map((d) => d.code)).toEqual(["LON2003"]);
  });
});
