/**
 * A word of another property of the declaration: moved there by the fix when the property it
 * was written under is one the declaration may lack (`tingkat desa` → `jenjang desa`), with
 * what the formatter writes before such a value (`memerlukan tahap`); never moved out of a
 * property the declaration must have (`kategori monitoring`: `monitoring` is also a TPBIS
 * stage, but moving it would leave the program without its category).
 */
import { describe, expect, it } from "vitest";
import { checkSource, type Diagnostic } from "@lontar/dsl";

const LIBRARY = `perpustakaan p {\n  jenjang desa\n  wilayah "Sumatera Barat" / "Kota Solok"\n}\ncakrawala 2027-01-01..2027-12-31\n`;
const program = (line: string): string => `${LIBRARY}program kelas di p {\n  ${line}\n  jadwal sekali 2027-03-01 pukul 09:00 selama 2 jam\n}\n`;
const fixes = (d: Diagnostic | undefined): string[] => (d?.suggestions ?? []).flatMap((s) => s.edits.map((e) => e.text));

describe("a value of another property", () => {
  it("in a property the declaration must have is that property's unknown value, listing the allowed ones, with no fix that moves it", () => {
    const { diagnostics } = checkSource(program("kategori monitoring"), "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON3004"]);
    expect(diagnostics[0]?.message).toContain("is not a known program category");
    expect(fixes(diagnostics[0])).not.toContain("memerlukan monitoring");
  });

  it("in a property the declaration may lack is moved to the property that takes it, and the fixed file is clean", () => {
    const source = `perpustakaan p {\n  tingkat desa\n  wilayah "Sumatera Barat" / "Kota Solok"\n}\n`;
    const [d] = checkSource(source, "a.lontar").diagnostics;
    expect(d?.code).toBe("LON3004");
    expect(fixes(d)).toEqual(["jenjang desa"]);
    expect(checkSource(source.replace("tingkat desa", "jenjang desa"), "a.lontar").diagnostics).toEqual([]);
  });

  it("writes what the formatter writes before the value it is moved to (`memerlukan tahap`)", () => {
    const source = `${LIBRARY}program kelas di p {\n  kategori kelas\n  sasaran monitoring\n  jadwal sekali 2027-03-01 pukul 09:00 selama 2 jam\n}\n`;
    const [d] = checkSource(source, "a.lontar").diagnostics;
    expect(fixes(d)).toEqual(["memerlukan tahap monitoring"]);
    expect(checkSource(source.replace("sasaran monitoring", "memerlukan tahap monitoring"), "a.lontar").diagnostics).toEqual([]);
  });
});
