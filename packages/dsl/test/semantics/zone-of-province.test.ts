/**
 * LON3015: a library's `timezone` that keeps other clocks than its province (found by a walk:
 * `zona_waktu "Asia/Jakarta"` in Nusa Tenggara Timur was taken silently, and every time of
 * the library stood an hour off Kupang's clocks).
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = (province: string, zone: string): string => `perpustakaan p {\n  jenjang desa\n  wilayah "${province}" / "Kota X"\n  zona_waktu "${zone}"\n}\n`;

describe("a library's time zone against its province's", () => {
  it("unlike: a warning at the zone, naming the province's, with it as a fix offered", () => {
    const source = library("Nusa Tenggara Timur", "Asia/Jakarta");
    const [d, ...others] = checkSource(source, "a.lontar").diagnostics;
    expect(others).toEqual([]);
    expect([d?.code, d?.severity]).toEqual(["LON3015", "warning"]);
    expect(source.slice(d?.location.range.start.offset, d?.location.range.end.offset)).toBe('"Asia/Jakarta"');
    expect(localizeDiagnostic(d!, "id").message).toContain("`Asia/Jakarta` bukan zona waktu Nusa Tenggara Timur (`Asia/Makassar`, WITA)");
    expect(d?.suggestions.map((s) => [s.preferred, s.edits.map((e) => e.text)])).toEqual([[undefined, ['"Asia/Makassar"']]]);
  });

  it("alike, or the same clocks under another name (Pontianak keeps WIB): nothing", () => {
    expect(checkSource(library("Nusa Tenggara Timur", "Asia/Makassar"), "a.lontar").diagnostics).toEqual([]);
    expect(checkSource(library("Kalimantan Barat", "Asia/Jakarta"), "a.lontar").diagnostics).toEqual([]);
    expect(checkSource(library("Jawa Barat", "Asia/Pontianak"), "a.lontar").diagnostics).toEqual([]);
  });
});
