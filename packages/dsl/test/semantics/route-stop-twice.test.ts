/**
 * `rute bergilir desa_oinlasi, desa_kapan, desa_kapan, …` (a walk of stop 56): a stop written
 * twice in a row was visited twice in a row, with no word. Now LON3008 at the second, a
 * warning, with its deletion offered (a stop visited twice a round may be meant elsewhere in it).
 */
import { describe, expect, it } from "vitest";
import { applyEdits, checkSource, localizeDiagnostic } from "@lontar/dsl";

const source = (route: string) =>
  `perpustakaan p { jenjang kabupaten wilayah "Nusa Tenggara Timur" / "Kabupaten Timor Tengah Selatan" }\nmitra a { jenis komunitas }\nmitra b { jenis komunitas }\nmitra c { jenis komunitas }\nprogram keliling di p {\n  kategori perpustakaan_keliling\n  jadwal setiap minggu pada senin pukul 08:00 selama 4 jam\n  rute bergilir ${route}\n}\ncakrawala 2027-01-01..2027-12-31\n`;
const twice = (text: string) => checkSource(text, "a.lontar").diagnostics.filter((d) => d.text?.key === "LON3008.stopTwice");

describe("a route's stop written twice in a row", () => {
  it("is a warning at the second, in both languages, whose offered deletion leaves the route checking clean", () => {
    const text = source("a, b, b, c");
    const [d, ...rest] = twice(text);
    expect(rest).toEqual([]);
    expect([d?.severity, text.slice(d?.location.range.start.offset, d?.location.range.end.offset)]).toEqual(["warning", "b"]);
    expect(localizeDiagnostic(d!, "id").message).toBe("`b` ditulis dua kali berturut-turut dalam rute: perhentian itu dikunjungi dua kali berturut-turut; hapus salah satunya bila bukan itu maksudnya");
    const fixed = applyEdits(text, d?.suggestions[0]?.edits ?? []);
    expect(fixed).toContain("  rute bergilir a, b, c\n");
    expect(twice(fixed)).toEqual([]);
  });

  it("leaves a stop visited twice a round apart from itself", () => {
    expect(twice(source("a, b, a, c"))).toEqual([]);
  });
});
