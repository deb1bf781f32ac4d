/**
 * A site naming a declaration that is no library or partner (a walk of stop 57: `lokasi aula`,
 * the library's own room, was taken for a place outside the library: the room was not booked,
 * two programs were placed in it at once and a session at 18:00 passed a library closing at
 * 15:30). It is LON2003 at the site, telling a resource's need line, in `lokasi` and in a route.
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkspace, localizeDiagnostic } from "@lontar/dsl";

const LIBRARY = `perpustakaan perpus_sleman {\n  jenjang kabupaten\n  wilayah "DI Yogyakarta" / "Kabupaten Sleman"\n  buka senin..jumat 08:00-15:30\n}\nruang aula di perpus_sleman {\n  kapasitas 80\n}\nmitra sd_1 {\n  jenis sekolah\n}\nanggaran dana di perpus_sleman {\n  jumlah Rp 1.000.000\n  periode 2027\n}\n`;
const PROGRAM = (sites: string): string =>
  `program klub_baca di perpus_sleman {\n  kategori diskusi_buku\n  jadwal setiap minggu pada kamis pukul 13:00 selama 2 jam mulai 2027-01-07 sampai 2027-06-24\n  ${sites}\n}\n`;
const analyze = (text: string) => analyzeWorkspace({ root: "/ws", files: [{ path: "a.lontar", text }], readFile: () => undefined });

describe("a site that names a declaration of another kind (LON2003)", () => {
  it("is an error at the room, telling the need line that books it, in both languages; no plan is made", () => {
    const result = analyze(LIBRARY + PROGRAM("lokasi aula"));
    const [d, ...rest] = result.diagnostics;
    expect(rest).toEqual([]);
    expect([d?.code, d?.severity, d?.location.range.start]).toEqual(["LON2003", "error", expect.objectContaining({ line: 19, column: 10 })]);
    expect(localizeDiagnostic(d!, "id").message).toBe("`aula` adalah ruang, bukan lokasi: sesi memakainya dengan `butuh ruang aula`; lokasi adalah perpustakaan, mitra atau nama tempat");
    expect(localizeDiagnostic(d!, "en").message).toBe("`aula` is a room, not a site: a session uses it with `needs room aula`; a site is a library, a partner or a place of its own");
    expect(d?.related.map((r) => r.location.range.start.line)).toEqual([6]);
    expect(result.workspace).toBeUndefined();
  });

  it("in a route too, and for a program or a budget without a need line", () => {
    expect(analyze(LIBRARY + PROGRAM("rute bergilir sd_1, aula")).diagnostics.map((d) => [d.code, d.location.range.start.column])).toEqual([["LON2003", 23]]);
    const budget = analyze(LIBRARY + PROGRAM("lokasi dana")).diagnostics;
    expect(budget.map((d) => localizeDiagnostic(d, "en").message)).toEqual(["`dana` is a budget, not a site: a site is a library, a partner or a place of its own"]);
    const program = analyze(LIBRARY + PROGRAM("lokasi klub_baca")).diagnostics;
    expect(program.map((d) => d.code)).toEqual(["LON2003"]);
  });

  it("tells each resource kind's need line as the language spells it (the review of stop 57: `butuh paket koleksi` does not parse)", () => {
    const resources = `koleksi paket_sd di perpus_sleman {\n  paket 2\n  eksemplar 40\n}\nperalatan laptop di perpus_sleman {\n  kuantitas 5\n}\nstaf ani di perpus_sleman {\n  peran pustakawan\n}\n`;
    const told = (site: string, lang: "en" | "id") => analyze(LIBRARY + resources + PROGRAM(`lokasi ${site}`)).diagnostics.map((d) => localizeDiagnostic(d, lang).message);
    expect(told("paket_sd", "id")).toEqual(["`paket_sd` adalah paket koleksi, bukan lokasi: sesi memakainya dengan `butuh koleksi paket_sd`; lokasi adalah perpustakaan, mitra atau nama tempat"]);
    expect(told("laptop", "id")[0]).toContain("`butuh peralatan laptop`");
    expect(told("ani", "id")[0]).toContain("`butuh staf ani`");
    expect(told("paket_sd", "en")[0]).toContain("`needs collection paket_sd`");
  });

  it("leaves libraries, partners and places of their own alone", () => {
    expect(analyze(LIBRARY + PROGRAM("lokasi perpus_sleman, sd_1, balai_desa")).diagnostics).toEqual([]);
  });
});
