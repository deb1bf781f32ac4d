/**
 * Braces in the wrong place: a declaration's missing `}` (LON1105), a `}` that closes a
 * declaration before its last properties, and a `}` that closes nothing (early-close.ts).
 * Each is one error whose certain fix leaves the file clean.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const errors = (source: string): ReturnType<typeof checkSource>["diagnostics"] => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
const fixed = (source: string): string => applyEdits(source, certainFixes(errors(source)).get("a.lontar") ?? []);

const LIBRARY = 'cakrawala 2027-01-01..2027-12-31\nperpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n}\n';
const PROGRAM = (body: string): string => `${LIBRARY}program dongeng di p {\n  kategori mendongeng\n${body}`;

describe("braces in the wrong place", () => {
  it("a missing `}` before the next declaration: LON1105, fixed by a `}` on its own line after the last property", () => {
    const source = 'cakrawala 2027-01-01..2027-12-31\nperpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n\nruang aula di p {\n  kapasitas 40\n}\n';
    const found = errors(source);
    expect(found.map((d) => d.code)).toEqual(["LON1105"]);
    expect(localizeDiagnostic(found[0]!, "id").suggestions[0]?.message).toBe("tambahkan `}` untuk menutup `perpustakaan p`");
    expect(fixed(source)).toBe(source.replace('"Jawa Tengah"\n', '"Jawa Tengah"\n}\n'));
    expect(errors(fixed(source))).toEqual([]);
  });

  it("a missing `}` at the file's end, and under an indented declaration, indented as its keyword", () => {
    expect(errors(fixed(LIBRARY.slice(0, -2)))).toEqual([]);
    const indented = 'cakrawala 2027-01-01..2027-12-31\n  perpustakaan p {\n    jenjang desa\n    wilayah "Jawa Tengah"\n';
    expect(fixed(indented)).toBe(`${indented.slice(0, -1)}\n  }\n`);
  });

  it("a `}` before the program's last properties is one error at that `}`, and the properties are the program's", () => {
    const source = PROGRAM("}\n  jadwal sekali 2027-03-06 pukul 09:00 selama 2 jam\n}\n");
    const found = errors(source);
    expect(found.map((d) => [d.code, d.location.range.start.line])).toEqual([["LON1101", 8]]);
    expect(localizeDiagnostic(found[0]!, "id").message).toBe("`}` ini menutup `program dongeng` sebelum `jadwal`-nya di baris 9: hapus `}` ini, dan `}` di baris 10 yang menutup `program dongeng`");
    expect(localizeDiagnostic(found[0]!, "en").message).toBe("this `}` closes `program dongeng` before its `jadwal` on line 9: delete it, and the `}` on line 10 closes `program dongeng`");
    // No "program requires `jadwal`": the schedule after the early `}` is read as the program's.
    expect(fixed(source)).toBe(PROGRAM("  jadwal sekali 2027-03-06 pukul 09:00 selama 2 jam\n}\n"));
    expect(errors(fixed(source))).toEqual([]);
  });

  it("a `}` at the end of a property's line, before the next property: only the brace is deleted", () => {
    const source = PROGRAM("  jadwal sekali 2027-03-06 pukul 09:00 selama 2 jam }\n  peserta 20\n}\n");
    expect(errors(source)).toHaveLength(1);
    expect(fixed(source)).toBe(PROGRAM("  jadwal sekali 2027-03-06 pukul 09:00 selama 2 jam \n  peserta 20\n}\n"));
    expect(errors(fixed(source))).toEqual([]);
  });

  it("a `}` (or two) after a closed declaration closes nothing: one error, deleted by the fix", () => {
    for (const extra of ["}\n", "}}\n", "}\n}\n"]) {
      const source = `${LIBRARY}${extra}ruang aula di p { kapasitas 40 }\n`;
      const found = errors(source);
      expect(found).toHaveLength(1);
      expect(localizeDiagnostic(found[0]!, "id").message).toBe("`}` ini tidak menutup apa pun: `perpustakaan p` sudah ditutup oleh `}` sebelumnya; hapus");
      expect(fixed(source)).toBe(`${LIBRARY}ruang aula di p { kapasitas 40 }\n`);
    }
  });

  it("says nothing certain where the braces are not plain: a block inside a declaration, or no `}` after the lines", () => {
    // `kepala { … }` inside a library: which `}` is extra is a guess (info-line.test.ts too).
    const nested = `${LIBRARY.slice(0, -2)}  kepala {\n    nama "Bu Rina"\n  }\n}\n`;
    expect(errors(nested).length).toBeGreaterThan(0);
    expect(certainFixes(errors(nested)).get("a.lontar") ?? []).toEqual([]);
  });

  // Found by a review: a `}` moved up (no `}` after the lines) was LON1104 at the next property, and in Bahasa Indonesia "a program requires `jadwal`" too.
  it("a `}` moved up before the last properties is one error at it, whose fix moves it after them, before the next declaration or at the file's end", () => {
    for (const after of ["ruang aula di p { kapasitas 40 }\n", ""]) {
      const source = PROGRAM(`}\n  jadwal sekali 2027-03-06 pukul 09:00 selama 2 jam\n  peserta 20\n${after === "" ? "" : "\n"}${after}`);
      const found = errors(source);
      expect(found.map((d) => [d.code, d.location.range.start.line])).toEqual([["LON1101", 8]]);
      expect(localizeDiagnostic(found[0]!, "id").message).toBe("`}` ini menutup `program dongeng` sebelum `jadwal`-nya di baris 9: pindahkan ke setelah properti terakhirnya, di baris 10");
      expect(localizeDiagnostic(found[0]!, "id").suggestions[0]?.message).toBe("pindahkan `}` ke setelah properti terakhirnya");
      expect(fixed(source)).toBe(PROGRAM(`  jadwal sekali 2027-03-06 pukul 09:00 selama 2 jam\n  peserta 20\n}\n${after === "" ? "" : "\n"}${after}`));
      expect(errors(fixed(source))).toEqual([]);
    }
  });

  it("a property whose keyword is also a declaration's (`mitra`, `partners`) after an early `}` is read so too", () => {
    const partner = `mitra m {\n  jenis sekolah\n}\n`;
    const source = PROGRAM(`}\n  mitra m\n  jadwal sekali 2027-03-06 pukul 09:00 selama 2 jam\n}\n`).replace("program dongeng", `${partner}program dongeng`);
    expect(errors(source).map((d) => d.code)).toEqual(["LON1101"]);
    expect(errors(fixed(source))).toEqual([]);
  });

  it("offers, and does not apply, a fix that would join lines saying again what the declaration says (what is left of a deleted declaration, maybe)", () => {
    const source = `${LIBRARY}ruang aula di p {\n  kapasitas 40\n}\n  kapasitas 50\n}\n`;
    const found = errors(source);
    expect(found.map((d) => d.code)).toEqual(["LON1101"]);
    expect(found[0]?.suggestions[0]?.edits.length).toBe(1);
    expect(certainFixes(found).get("a.lontar") ?? []).toEqual([]);
  });

  it("writes the `}` it adds with the file's line breaks", () => {
    const source = PROGRAM("  jadwal sekali 2027-03-06 pukul 09:00 selama 2 jam\n").replace(/\n/g, "\r\n");
    expect(fixed(source)).toBe(`${source}}\r\n`);
    expect(fixed(source).replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("a declaration written inside another (a room in its library): one error at the missing `}`, whose fix closes the outer one before it and deletes the `}` after it", () => {
    const source = `${LIBRARY.slice(0, -2)}  ruang aula {\n    kapasitas 30\n  }\n}\n`;
    const found = errors(source);
    expect(found.map((d) => [d.code, d.location.range.start.line])).toEqual([["LON1105", 4]]);
    expect(localizeDiagnostic(found[0]!, "id").message).toBe("`ruang aula` dideklarasikan di dalam `perpustakaan p`: deklarasi tidak bersarang; tutup `perpustakaan p` dengan `}` sebelumnya, lalu sebut perpustakaannya di kepalanya: `ruang aula di p {`");
    expect(localizeDiagnostic(found[0]!, "en").message).toBe("`ruang aula` is declared inside `perpustakaan p`: declarations do not nest; close `perpustakaan p` with `}` before it, and name the library in its head: `ruang aula di p {`");
    expect(fixed(source)).toBe(`${LIBRARY}  ruang aula {\n    kapasitas 30\n  }\n`);
    expect(errors(fixed(source))).toEqual([]);
    // Two of a kind that takes no library (staff inside staff): the same, without the head's hint.
    const staff = `${LIBRARY}staf kepala {\n  staf wakil {\n  }\n}\n`;
    expect(errors(staff).map((d) => localizeDiagnostic(d, "en").message)).toEqual(["`staf wakil` is declared inside `staf kepala`: declarations do not nest; close `staf kepala` with `}` before it"]);
  });

  it("a declaration below one left open, not indented inside it, and one whose `}` is followed by another: the errors as before", () => {
    const below = `${LIBRARY.slice(0, -2)}ruang aula {\n  kapasitas 30\n}\n}\n`;
    expect(errors(below).map((d) => d.code)).toEqual(["LON1105", "LON1101"]);
    const two = `${LIBRARY.slice(0, -2)}  ruang aula {\n    kapasitas 30\n  }\n}\n}\n`;
    expect(errors(two).map((d) => d.code)).toEqual(["LON1105", "LON1101"]);
  });
});
