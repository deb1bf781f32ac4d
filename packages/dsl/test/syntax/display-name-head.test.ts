import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const PERPUSTAKAAN = 'perpustakaan perpus {\n  nama "P"\n  jenjang desa\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\n';
const PROGRAM_BODY = "  kategori kelas\n  jadwal sekali 2027-01-05 pukul 09:00 selama 2 jam\n}\n";

const fixedText = (source: string, diagnostics: readonly Diagnostic[]): string => applyEdits(source, certainFixes(diagnostics).get("a.lontar") ?? []);

// A name for people written in the head, after the identifier, as forms and other languages write it.
describe("a declaration's name for people written after its identifier", () => {
  it("in a library: one error at the quoted name, saying where it goes, moved into the body as `nama` by the certain fix", () => {
    const source = 'perpustakaan perpus "Perpustakaan Desa Maju" {\n  jenjang desa\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\n';
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d?.code).toBe("LON1101");
    expect(d?.location.range.start).toMatchObject({ line: 1, column: 21 });
    expect(localizeDiagnostic(d as Diagnostic, "id").message).toContain('nama yang dibaca orang ditulis di dalam deklarasi, pada barisnya sendiri: `nama "Perpustakaan Desa Maju"`');
    expect(localizeDiagnostic(d as Diagnostic, "en").message).toContain("a declaration's name for people is written inside it, on its own line");
    const fixed = fixedText(source, diagnostics);
    expect(fixed).toBe('perpustakaan perpus {\n  nama "Perpustakaan Desa Maju"\n  jenjang desa\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\n');
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
  });

  it("in a program placed at its library: `judul`, and the library is still read (no second error for it)", () => {
    const source = `${PERPUSTAKAAN}program bercerita "Bercerita Anak" di perpus {\n${PROGRAM_BODY}`;
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1101"]);
    const fixed = fixedText(source, diagnostics);
    expect(fixed).toContain('program bercerita di perpus {\n  judul "Bercerita Anak"\n  kategori kelas\n');
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
  });

  it("in English, and indented: the property in the file's language at the body's indent", () => {
    const source = '  library perpus "City Library" {\n    tier village\n    region "Jawa Barat" / "Kota Bandung"\n  }\n';
    const { diagnostics } = checkSource(source, "a.lontar");
    const fixed = fixedText(source, diagnostics);
    expect(fixed).toBe('  library perpus {\n    name "City Library"\n    tier village\n    region "Jawa Barat" / "Kota Bandung"\n  }\n');
  });

  it("no fix where moving is not certain: the body names it already, or goes on after `{` on the same line", () => {
    const named = checkSource(`mitra pkk "PKK Desa Maju" {\n  nama "PKK"\n  jenis pkk\n}\n`, "a.lontar").diagnostics;
    expect(named.map((d) => d.code)).toEqual(["LON1101"]);
    expect(named[0]?.suggestions).toEqual([]);
    const oneLine = checkSource(`${PERPUSTAKAAN}program kelas "Kelas" di perpus { kategori kelas }\n`, "a.lontar").diagnostics;
    const error = oneLine.find((d) => d.code === "LON1101");
    expect(error?.message).toContain('`title "Kelas"`');
    expect(error?.suggestions).toEqual([]);
  });

  it("a rule, which has no name for people, keeps the parser's own error", () => {
    const { diagnostics } = checkSource('aturan jumat "Salat Jumat" {\n  ketika hari == jumat\n  maka larang "x"\n}\n', "a.lontar");
    expect(diagnostics.map((d) => d.message).join("\n")).not.toContain("name for people");
  });
});
