/**
 * A declaration's name written as words with spaces (`program pekan literasi di p {`) is one
 * LON1106 whose fix joins them (notation.test.ts has the case); a word between them spelt
 * nearly as `di`/`at` is that keyword misspelt, not a word of the name (found while adding the
 * reading, stop 44).
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = `perpustakaan p {\n  jenjang desa\n  wilayah "Nusa Tenggara Timur" / "Kota Kupang"\n}\n`;

describe("words with spaces in a declaration's head", () => {
  it.each([
    ["program lomba dii p {\n  kategori klub_buku\n}\n", "ditemukan `dii`; maksud Anda `di`?"],
    ["program lomba ad p {\n  kategori klub_buku\n}\n", "ditemukan `ad`"],
  ])("`%s`: the place's keyword misspelt, not a word of the name", (program, says) => {
    const [first] = checkSource(library + program, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(first?.code).toBe("LON1101");
    expect(localizeDiagnostic(first!, "id").message).toContain(says);
  });

  it("`program pekan literasi di p {`: one name, and the program is read under it", () => {
    const { diagnostics } = checkSource(`${library}program pekan literasi di p {\n  kategori klub_buku\n  jadwal sekali 2027-03-03 pukul 09:00 selama 1 jam\n}\ncakrawala 2027-01-01..2027-12-31\n`, "a.lontar");
    expect(diagnostics.map((d) => [d.code, localizeDiagnostic(d, "en").message])).toEqual([["LON1106", "`pekan literasi`: a name is one word, its words joined with `_`: `pekan_literasi`"]]);
  });
});
