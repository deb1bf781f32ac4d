/**
 * LON2004: a program that does not say which library runs it, in a workspace of several
 * libraries, offers each library as a fix (`at <library>` after its name, `di` in
 * Indonesian); none is preferred, and each applied leaves no LON2004.
 */
import { describe, expect, it } from "vitest";
import { checkSource, type Diagnostic } from "@lontar/dsl";

const libraries = (count: number, keyword = "library", tier = "tier"): string =>
  Array.from({ length: count }, (_, i) => `${keyword} lib${i + 1} { ${tier} desa region "Aceh" / "Kota Langsa" }\n`).join("");

const whichLibrary = (source: string): Diagnostic[] => checkSource(source, "main.lontar").diagnostics.filter((d) => d.code === "LON2004");

function applied(source: string, d: Diagnostic, choice: number): string {
  const edit = d.suggestions[choice]?.edits[0];
  if (edit === undefined) throw new Error("no edit");
  return source.slice(0, edit.location.range.start.offset) + edit.text + source.slice(edit.location.range.end.offset);
}

describe("LON2004: which library runs a program", () => {
  it("offers `at <library>` for each library, none preferred, each a fix", () => {
    const source = `${libraries(2)}program tanpa {\n  category class\n  schedule once 2026-04-20 at 08:00 for 2h\n}\n`;
    const [d, ...rest] = whichLibrary(source);
    expect(rest).toEqual([]);
    expect(d?.suggestions.map((s) => s.edits.map((e) => e.text))).toEqual([["tanpa at lib1"], ["tanpa at lib2"]]);
    expect(d?.suggestions.some((s) => s.preferred === true)).toBe(false);
    if (d === undefined) return;
    for (const choice of [0, 1]) expect(whichLibrary(applied(source, d, choice))).toEqual([]);
  });

  it("writes `di` in an Indonesian declaration, in the reader's language", () => {
    const source = `${libraries(2, "perpustakaan", "jenjang").replaceAll("region", "wilayah")}program tanpa {\n  kategori kelas\n  jadwal sekali 2026-04-20 pukul 08:00 selama 2 jam\n}\n`;
    const [d] = whichLibrary(source);
    expect(d?.suggestions.map((s) => s.edits[0]?.text)).toEqual(["tanpa di lib1", "tanpa di lib2"]);
    if (d !== undefined) expect(whichLibrary(applied(source, d, 1))).toEqual([]);
  });

  it("writes `di` for a program written in Indonesian in a file whose libraries are written in English (`program` is spelled alike)", () => {
    const source = `${libraries(2)}program tanpa {\n  kategori kelas\n  jadwal sekali 2026-04-20 pukul 08:00 selama 2 jam\n}\n`;
    const [d] = whichLibrary(source);
    expect(d?.suggestions.map((s) => s.edits[0]?.text)).toEqual(["tanpa di lib1", "tanpa di lib2"]);
  });

  it("offers at most five; a `library` property written wrong is its own one error (the name in quotes, LON1106), not LON2004", () => {
    const program = `program tanpa {\n  category class\n  schedule once 2026-04-20 at 08:00 for 2h\n}\n`;
    expect(whichLibrary(`${libraries(7)}${program}`)[0]?.suggestions).toHaveLength(5);
    const broken = `${libraries(2)}program tanpa {\n  category class\n  library "lib1"\n  schedule once 2026-04-20 at 08:00 for 2h\n}\n`;
    const errors = checkSource(broken, "main.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1106"]);
  });
});
