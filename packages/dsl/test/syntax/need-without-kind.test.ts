/**
 * `butuh aula` (a walk through seed 000): a need that names the resource without its kind
 * said only what was expected after `butuh`. When the file declares the resource, its kind is
 * certain and is the fix (`butuh ruang aula`); else the hint shows the form.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const perpus = 'perpustakaan p { jenjang kota wilayah "Aceh" / "Kota Langsa" }\nruang aula di p { kapasitas 20 }\nstaf rina di p { peran pustakawan }\n';
const program = (needs: string): string => `${perpus}program a di p {\n  kategori storytelling\n  jadwal sekali 2027-03-01 pukul 10:00\n  butuh ${needs}\n}\n`;

function errors(source: string): ReturnType<typeof checkSource>["diagnostics"] {
  return checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
}

describe("a need without its resource's kind", () => {
  it("takes the kind this file declares as the certain fix, in the file's keywords and the reader's language", () => {
    const source = program("aula");
    const [d, ...rest] = errors(source);
    expect(rest).toEqual([]);
    expect(d?.location.range.start).toMatchObject({ line: 7, column: 9 });
    expect(d && localizeDiagnostic(d, "id").message).toContain("`aula` dideklarasikan di berkas ini sebagai `ruang aula`, dan kebutuhan menyebut jenisnya sebelum nama: `butuh ruang aula`");
    const fixed = applyEdits(source, certainFixes(errors(source)).get("a.lontar") ?? []);
    expect(fixed).toContain("\n  butuh ruang aula\n");
    expect(errors(fixed)).toEqual([]);
  });

  it("after a comma of the need's line too", () => {
    const source = program("ruang aula, rina");
    const fixed = applyEdits(source, certainFixes(errors(source)).get("a.lontar") ?? []);
    expect(fixed).toContain("\n  butuh ruang aula, staf rina\n");
    expect(errors(fixed)).toEqual([]);
  });

  it("shows the form, with no fix, for a name the file does not declare", () => {
    const source = program("mobil");
    const [d] = errors(source);
    expect(d?.message).toContain("a need names the resource's kind before it, as `needs room mobil`");
    expect(certainFixes(errors(source)).get("a.lontar") ?? []).toEqual([]);
  });

  it("counts people by their role: `butuh 2 pustakawan` is fixed as staff with that role, a role of this file's staff", () => {
    const source = program("ruang aula, 1 pustakawan");
    const [d, ...rest] = errors(source);
    expect(rest).toEqual([]);
    expect(d && localizeDiagnostic(d, "id").message).toContain("kebutuhan menghitung orang menurut perannya, sebagai staf dengan peran itu: `1 staf dengan peran pustakawan`");
    const fixed = applyEdits(source, certainFixes(errors(source)).get("a.lontar") ?? []);
    expect(fixed).toContain("\n  butuh ruang aula, 1 staf dengan peran pustakawan\n");
    expect(errors(fixed)).toEqual([]);
  });

  it("fixes a word for a role no staff of this file has yet (`sopir`), and only offers it for any other word", () => {
    const sopir = program("1 sopir");
    expect(applyEdits(sopir, certainFixes(errors(sopir)).get("a.lontar") ?? [])).toContain("\n  butuh 1 staf dengan peran sopir\n");
    for (const needs of ["2 aula", "1 penjaga"]) {
      const source = program(needs);
      const [d] = errors(source);
      expect(d && localizeDiagnostic(d, "en").message).toMatch(/if `\w+` is a role, a need counts people as staff with that role/);
      expect(certainFixes(errors(source)).get("a.lontar") ?? []).toEqual([]);
    }
  });

  it("only offers the role where a clause follows the word, or the word is most often a partner's person (`narasumber`)", () => {
    for (const needs of ["2 pustakawan dengan keahlian mendongeng", "1 narasumber"]) {
      const source = program(needs);
      expect(errors(source).length, needs).toBeGreaterThan(0);
      expect(certainFixes(errors(source)).get("a.lontar") ?? [], needs).toEqual([]);
    }
  });
});
