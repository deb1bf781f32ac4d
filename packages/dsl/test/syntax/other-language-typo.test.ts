/**
 * A misspelt keyword nearest to the other language's spelling is offered in the file's
 * language (`audiens` in Bahasa Indonesia is near `audience`: its keyword there is
 * `sasaran`), and a syntax error in a declaration hides no wrong value on its other lines.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const LIBRARY = `perpustakaan p {\n  jenjang desa\n  wilayah "Sumatera Barat" / "Kota Solok"\n}\ncakrawala 2027-01-01..2027-12-31\n`;
const program = (lines: string): string => `${LIBRARY}program kelas di p {\n${lines}\n}\n`;

describe("a typo nearest to a keyword of the other language", () => {
  it("is offered in the file's language: `audiens` → `sasaran`, and the fixed file is clean", () => {
    const source = program("  kategori kelas\n  jadwal sekali 2027-03-01 pukul 09:00 selama 2 jam\n  audiens ibu_ibu");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1101"]);
    const [d] = diagnostics as [Diagnostic];
    expect(localizeDiagnostic(d, "id").message).toContain("maksud Anda `sasaran`?");
    expect(d.suggestions.flatMap((s) => s.edits.map((e) => e.text))).toEqual(["sasaran"]);
    expect(checkSource(source.replace("audiens", "sasaran"), "a.lontar").diagnostics).toEqual([]);
  });

  it("in a file in English, a typo of an English keyword stays English", () => {
    const source = `library p {\n  tier village\n  region "Sumatera Barat" / "Kota Solok"\n}\nhorizon 2027-01-01..2027-12-31\nprogram kelas at p {\n  category class\n  audiense women\n}\n`;
    const [d] = checkSource(source, "a.lontar").diagnostics;
    expect(d?.suggestions.flatMap((s) => s.edits.map((e) => e.text))).toEqual(["audience"]);
  });
});

describe("a declaration with a syntax error", () => {
  it("still reports a wrong value on another line, and no missing property", () => {
    const { diagnostics } = checkSource(program("  kapasitass 30\n  kategori kelasx"), "a.lontar");
    expect(diagnostics.map((d) => [d.code, d.location.range.start.line])).toEqual([["LON1101", 7], ["LON3004", 8]]);
  });
});
