/**
 * LON3008 where one of two ways of writing a program's library or places is not used, found
 * by a Sleman planner's walk (stop 55): `program dongeng di dispus_sleman { perpustakaan
 * desa_a }` was planned at desa_a in silence, and `lokasi c` beside `rute bergilir a, b` was
 * never visited. Each is a warning at the one not used, in both languages; the same library
 * twice, or one way alone, is none.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const libraries = 'perpustakaan dispus { jenjang kabupaten  wilayah "DI Yogyakarta" / "Kabupaten Sleman" }\nperpustakaan desa_a { jenjang desa  wilayah "DI Yogyakarta" / "Kabupaten Sleman" }\n';
const program = (header: string, lines: string): string => `${libraries}program dongeng${header} {\n  kategori mendongeng\n  jadwal setiap sabtu pukul 09:00 selama 1 jam mulai 2027-01-02\n${lines}}\n`;
const warnings = (source: string): Diagnostic[] => checkSource(source, "main.lontar").diagnostics.filter((d) => d.code === "LON3008");
const at = (source: string, d: Diagnostic | undefined): string => source.slice(d?.location.range.start.offset, d?.location.range.end.offset);

describe("a program's library by its header and by a `perpustakaan` line naming another", () => {
  it("is one warning at the header, which is not used", () => {
    const source = program(" di dispus", "  perpustakaan desa_a\n");
    const [d, ...rest] = warnings(source);
    expect(rest).toEqual([]);
    expect(at(source, d)).toBe("dispus");
    expect(d?.message).toBe("the program is at `dispus` here and at `desa_a` by its `library` line, which is used: this one is not; keep one of them");
    if (d !== undefined) expect(localizeDiagnostic(d, "id").message).toBe("program ini di `dispus` di sini dan di `desa_a` menurut baris `perpustakaan`-nya, yang dipakai: yang ini tidak; pertahankan salah satunya");
  });

  it("is none for the same library twice, or one way alone", () => {
    expect(warnings(program(" di dispus", "  perpustakaan dispus\n"))).toEqual([]);
    expect(warnings(program(" di dispus", ""))).toEqual([]);
    expect(warnings(program("", "  perpustakaan desa_a\n"))).toEqual([]);
  });
});

describe("a program's sites beside its route", () => {
  it("is a warning at the sites, which are not used", () => {
    const source = program(" di dispus", "  rute bergilir desa_a, dispus\n  lokasi desa_a\n");
    const [d, ...rest] = warnings(source);
    expect(rest).toEqual([]);
    expect(at(source, d)).toBe("lokasi desa_a");
    expect(d?.text?.key).toBe("LON3008.sitesBesideRoute");
    if (d !== undefined) expect(localizeDiagnostic(d, "id").message).toContain("`lokasi` tidak dipakai: baris `rute`");
  });

  it("is none for a route alone or sites alone", () => {
    expect(warnings(program(" di dispus", "  rute bergilir desa_a, dispus\n"))).toEqual([]);
    expect(warnings(program(" di dispus", "  lokasi desa_a\n"))).toEqual([]);
  });
});
