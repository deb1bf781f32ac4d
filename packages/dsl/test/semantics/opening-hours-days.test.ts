/**
 * A day of a library's opening hours written without hours (`buka senin..jumat 08:00-16:00,
 * minggu`, what is left of `minggu tutup` once `tutup` is taken out) would be open all day:
 * it is LON3009 at the day, in both languages, and a person's `available` day without hours
 * stays a whole day.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = (open: string): string => `perpustakaan p {\n  jenjang desa\n  wilayah "Sumatera Barat" / "Kota Solok"\n  buka ${open}\n}\n`;

describe("a library's opening hours", () => {
  it("with a day without hours: LON3009 at that day, saying to give its hours or leave it out", () => {
    const source = library("senin..jumat 08:00-16:00, minggu");
    const [d, ...others] = checkSource(source, "a.lontar").diagnostics;
    expect(others).toEqual([]);
    expect(d?.code).toBe("LON3009");
    expect(source.slice(d?.location.range.start.offset, d?.location.range.end.offset)).toBe("minggu");
    expect(d?.message).toBe("`minggu` has no hours: opening hours give each day its hours (`minggu 08:00-12:00`), and a day the library is closed is left out");
    expect(localizeDiagnostic(d!, "id").message).toContain("hari perpustakaan tutup tidak ditulis");
    expect(checkSource(library("senin..jumat 08:00-16:00"), "a.lontar").diagnostics).toEqual([]);
  });

  it("leaves a person's available days without hours as whole days", () => {
    const source = `${library("senin..jumat 08:00-16:00")}staf budi di p {\n  tersedia sabtu, minggu\n}\n`;
    expect(checkSource(source, "a.lontar").diagnostics).toEqual([]);
  });
});
