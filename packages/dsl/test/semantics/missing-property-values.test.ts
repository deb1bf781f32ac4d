/**
 * A required property left out (LON3007) whose value must be one of a set: the message names
 * the values in the file's words, so a planner sees what to write (`tingkat`: `"SD/MI"`, …).
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const needs = (source: string, lang: "en" | "id"): string[] =>
  checkSource(source, "a.lontar").diagnostics.filter((d) => d.code === "LON3007").map((d) => localizeDiagnostic(d, lang).message);

describe("a required property left out, with the values it takes", () => {
  it("names every value when few (a school library's level; a library's tier)", () => {
    const school = 'cakrawala 2027-01-01..2027-06-30\nperpustakaan s {\n  jenjang sekolah\n  wilayah "Jawa Tengah"\n}\n';
    expect(needs(school, "id")).toEqual(['perpustakaan sekolah memerlukan `tingkat`: jenjang sekolah, salah satu dari `"SD/MI"`, `"SMP/MTs"` atau `"SMA/MA/SMK"`']);
    const library = 'library l {\n  region "Jawa Tengah"\n}\n';
    expect(needs(library, "en")[0]).toBe("a library needs `tier`: a library tier, one of `national`, `province`, `regency`, `city`, `district`, `village`, `urban_village`, `school`, `university`, `special` or `tbm`");
  });

  it("names some and where to find the rest when many (a program's category), and the property written whole for a property of no set", () => {
    const program = 'perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n}\nprogram x di p {\n  judul "X"\n}\n';
    const [category, schedule] = needs(program, "id");
    expect(category).toBe("program memerlukan `kategori`: kategori program seperti `pelatihan_literasi`, `literasi_digital`, `mendongeng`, `lomba_membaca`, `diskusi_buku`, …; `lontar explain kategori` menampilkan semuanya (17)");
    // A walk (stop 53): "program memerlukan `jadwal`" alone did not say how to write one.
    expect(schedule).toBe("program memerlukan `jadwal`, seperti `jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam`");
  });

  it("names them in the reader's language in a new `program x { }`, whose keyword is spelled alike in both, and in the file's once a property tells it", () => {
    const fresh = "program lomba_bercerita {\n}\n";
    expect(needs(fresh, "id")[0]).toMatch(/^program memerlukan `kategori`: kategori program seperti `pelatihan_literasi`, .*`lontar explain kategori`/);
    expect(needs(fresh, "en")[0]).toMatch(/^a program needs `category`: a program category such as `literacy_training`, .*`lontar explain category`/);
    const english = 'program lomba_bercerita {\n  title "Lomba"\n}\n';
    expect(needs(english, "id")[0]).toMatch(/^program memerlukan `kategori`: kategori program seperti `literacy_training`/);
  });
});
