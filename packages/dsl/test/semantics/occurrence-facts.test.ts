/**
 * LON3106 names a fact or a function as the planner wrote it: `hari` in an Indonesian file
 * was reported as `weekday`, a word the file never had.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const library = 'perpustakaan p { nama "P" jenjang desa wilayah "Jawa Timur" / "Kabupaten Ngawi" }\n';
const program = (when: string): string => `${library}program a di p { judul "A" kategori mendongeng jadwal sekali 2027-03-06 pukul 08:00 selama 2 jam ketika ${when} }\n`;
const lon3106 = (source: string): Diagnostic[] => checkSource(source, "main.lontar").diagnostics.filter((d) => d.code === "LON3106");

describe("LON3106 in the words written", () => {
  it("names `hari` and `tumpang` in an Indonesian gate, in Indonesian, with where days belong", () => {
    const found = lon3106(program("hari == sabtu && tumpang(11:30, 13:00)")).map((d) => localizeDiagnostic(d, "id").message);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^`hari` hanya dikenal untuk sebuah kegiatan/);
    expect(found[1]).toMatch(/^`tumpang` melihat sebuah kegiatan/);
    for (const message of found) expect(message).toContain("ditulis di jadwalnya");
  });

  it("names `weekday` in an English gate", () => {
    const [d] = lon3106('library p { name "P" tier village region "Jawa Timur" }\nprogram a at p { title "A" category storytelling schedule once 2027-03-06 at 08:00 for 2h when weekday == sat }\n');
    expect(d?.message).toMatch(/^`weekday` is only known for an occurrence/);
  });

  it("takes the docs' example of a gate", () => {
    expect(lon3106(program("perpustakaan.tahap >= implementasi"))).toEqual([]);
  });
});
