/**
 * A site declared nowhere whose name is one or two letters from a declared library or partner
 * (a walk of stop 41: `rute bergilir …, perpusdes_sindoharjo, …` for the declared
 * `perpusdes_sinduharjo` planned visits to a made-up place, and the library's calendar lost them):
 * LON2005, a warning offering the declared name; a place of its own named like nothing declared is quiet.
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkspace, localizeDiagnostic, WorkspaceSession, type Diagnostic } from "@lontar/dsl";

const VILLAGES = ["sardonoharjo", "sinduharjo", "sukoharjo"].map((v) => `perpustakaan perpusdes_${v} {\n  jenjang desa\n  wilayah "DI Yogyakarta" / "Kabupaten Sleman"\n}\n`).join("");
const PROGRAM = (sites: string): string =>
  `program pusling di perpusdes_sardonoharjo {\n  kategori perpustakaan_keliling\n  jadwal setiap 2 minggu pada rabu pukul 08:30 selama 3 jam mulai 2027-01-06\n  ${sites}\n}\ncakrawala 2027-01-01..2027-12-31\n`;
const analyze = (text: string) => analyzeWorkspace({ root: "/ws", files: [{ path: "a.lontar", text }], readFile: () => undefined });
const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => d.code);

describe("a site named almost like a declared library or partner (LON2005)", () => {
  it("in a route: one warning at the site, offering the declared name (not applied on its own), in both languages", () => {
    const result = analyze(VILLAGES + PROGRAM("rute bergilir perpusdes_sardonoharjo, perpusdes_sindoharjo, perpusdes_sukoharjo"));
    const [d, ...rest] = result.diagnostics;
    expect(rest).toEqual([]);
    expect([d?.code, d?.severity, d?.location.range.start.column]).toEqual(["LON2005", "warning", 41]);
    expect(localizeDiagnostic(d!, "id").message).toBe("`perpusdes_sindoharjo` tidak dideklarasikan di mana pun, jadi menjadi lokasi tersendiri (sesinya tidak di perpustakaan `perpusdes_sinduharjo`); maksud Anda `perpusdes_sinduharjo`?");
    expect(d?.suggestions.map((s) => [s.edits[0]?.text, s.preferred === true])).toEqual([["perpusdes_sinduharjo", false]]);
    // A warning: the plan is made all the same.
    expect(result.workspace).toBeDefined();
  });

  it("in `lokasi`, and quiet for places of their own and for declared sites", () => {
    expect(codes(analyze(VILLAGES + PROGRAM("lokasi perpusdes_sukoharjoo")).diagnostics)).toEqual(["LON2005"]);
    expect(analyze(VILLAGES + PROGRAM("lokasi balai_desa_sinduharjo, kampung_jawa, perpusdes_sukoharjo")).diagnostics).toEqual([]);
    // Names of a series, differing in their numbers alone, are other places: `sd_2`, `sd_12` beside the partner `sd_1`; a letter off is a typo.
    const partners = 'mitra sd_1 {\n  jenis sekolah\n}\nmitra sdn_1_ngaglik {\n  jenis sekolah\n}\n';
    expect(analyze(VILLAGES + partners + PROGRAM("lokasi sd_2, sd_12")).diagnostics).toEqual([]);
    expect(codes(analyze(VILLAGES + partners + PROGRAM("lokasi sdn_1_ngaglk, sd_l")).diagnostics)).toEqual(["LON2005", "LON2005"]);
  });

  it("in an editor's session, goes when the declaration it means is renamed to the site's name in another file", () => {
    const session = new WorkspaceSession({ root: "/ws", readFile: () => undefined });
    session.open("a.lontar", PROGRAM("rute bergilir perpusdes_sardonoharjo, perpusdes_sindoharjo"), 1);
    session.open("b.lontar", VILLAGES, 1);
    expect(codes(session.fastDiagnostics("a.lontar"))).toEqual(["LON2005"]);
    session.change("b.lontar", 2, [{ text: VILLAGES.replace("perpusdes_sinduharjo", "perpusdes_sindoharjo") }]);
    expect(session.fastDiagnostics("a.lontar")).toEqual([]);
  });
});
