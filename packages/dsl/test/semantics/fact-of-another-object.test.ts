import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const rule = (condition: string): string => `perpustakaan p {\n  jenjang kota\n  wilayah "Aceh" / "Kota Langsa"\n}\naturan r {\n  ketika ${condition}\n  maka larang "x"\n}\n`;
const only = (source: string): Diagnostic => {
  const { diagnostics } = checkSource(source, "a.lontar");
  expect(diagnostics.map((d) => d.code)).toEqual(["LON3101"]);
  return diagnostics[0] as Diagnostic;
};

// A field written on the object planners say it of: a session's category (it is its program's), a program's start (its session's).
describe("a fact's field on another object", () => {
  it("between a session and its program, names the one fact of that field, as the certain fix, in the field's language", () => {
    for (const [written, meant] of [["kegiatan.kategori == perpustakaan_keliling", "program.kategori"], ["program.mulai < 13:00", "kegiatan.mulai"], ["occurrence.category == class", "program.category"]] as const) {
      const source = rule(written);
      const d = only(source);
      expect(localizeDiagnostic(d, "id").message).toContain(`fakta dengan nama itu adalah \`${meant}\``);
      expect(d.message).toContain(`the fact of that name is \`${meant}\``);
      const fixed = applyEdits(source, certainFixes([d]).get("a.lontar") ?? []);
      expect(fixed).toContain(`ketika ${meant}`);
      expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
    }
  });

  it("a field written alone (`tanggal`, `jenjang`) names its one fact as the certain fix; `id`, which two facts have, lists the nearest", () => {
    for (const [written, meant] of [['tanggal == "2027-08-17"', "kegiatan.tanggal"], ["jenjang == desa", "perpustakaan.jenjang"], ["kategori == mendongeng", "program.kategori"]] as const) {
      const source = rule(written);
      const d = only(source);
      const fixed = applyEdits(source, certainFixes([d]).get("a.lontar") ?? []);
      expect(fixed).toContain(`ketika ${meant}`);
      expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
    }
    expect(only(rule('id == "x"')).message).toContain("nearest allowed");
  });

  it("a library's field meant of a program is offered, not applied; a field no fact has keeps the list of the nearest", () => {
    const library = only(rule("perpustakaan.kategori == kelas"));
    expect(library.suggestions.map((s) => s.preferred === true)).toEqual([false]);
    expect(only(rule('program.judul == "x"')).message).toContain("nearest allowed");
  });
});
