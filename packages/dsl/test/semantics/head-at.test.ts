/**
 * `at <library>` after the name of a declaration that belongs to no library (`partner sd1 at
 * perpus {`) was read and dropped without a word: the partner passed `check` as if it were
 * the library's. It is LON3006, with the edit that deletes it, and for an agreement or a KPI
 * the place its library is written instead.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = 'library perpus { name "P" tier village region "Nusa Tenggara Timur" }\n';
const perpustakaan = 'perpustakaan perpus { nama "P" jenjang desa wilayah "Nusa Tenggara Timur" }\n';

function errors(source: string): ReturnType<typeof checkSource>["diagnostics"] {
  return checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
}

describe("`at <library>` after the name of a kind that belongs to no library", () => {
  it("is LON3006 for a partner, at the library's name, and `check --fix` deletes it", () => {
    const source = `${library}partner sd1 at perpus { name "SD 1" kind school }\n`;
    const [d, ...rest] = errors(source);
    expect(rest).toEqual([]);
    expect(d?.code).toBe("LON3006");
    expect(d?.message).toBe("a partner belongs to no library, so `at perpus` means nothing here; delete it");
    expect(d?.location.range.start).toMatchObject({ line: 2, column: 16 });
    const fixed = applyEdits(source, certainFixes(errors(source)).get("a.lontar") ?? []);
    expect(fixed).toBe(`${library}partner sd1 { name "SD 1" kind school }\n`);
    expect(errors(fixed)).toEqual([]);
  });

  it("speaks the file's keywords and the reader's language", () => {
    const [d] = errors(`${perpustakaan}mitra sd1 di perpus { nama "SD 1" jenis sekolah }\n`);
    expect(d && localizeDiagnostic(d, "id").message).toBe("mitra tidak dimiliki perpustakaan, jadi `di perpus` tidak berarti di sini; hapus");
  });

  it("says where an agreement's library goes, and offers the deletion without applying it", () => {
    const source = `${library}partner sd1 { kind school }\nagreement mou at perpus {\n  between perpus and sd1\n  valid 2027-01-01..2027-12-31\n}\n`;
    const [d] = errors(source);
    expect(d?.message).toBe("an agreement belongs to no library, so `at perpus` means nothing here; its parties go in its body, `between perpus and <partner>`");
    expect(d?.suggestions[0]?.edits[0]?.text).toBe("");
    expect(certainFixes(errors(source)).get("a.lontar") ?? []).toEqual([]);
  });

  it("says where a KPI's libraries go, in Indonesian keywords for an Indonesian file", () => {
    const [d] = errors(`${perpustakaan}kpi k di perpus {\n  indikator kegiatan bobot 20 target 4 per bulan\n}\n`);
    expect(d && localizeDiagnostic(d, "id").message).toBe(
      "KPI tidak dimiliki perpustakaan, jadi `di perpus` tidak berarti di sini; perpustakaan yang diukurnya ditulis di badannya, `berlaku untuk perpus`",
    );
  });

  it("is not reported where the kind takes it: a program, each resource", () => {
    for (const head of ["room aula at perpus { capacity 20 }", "staff s at perpus { role librarian }", "budget b at perpus { amount Rp 1.000.000 }"]) {
      expect(errors(`${library}${head}\n`).filter((d) => d.code === "LON3006")).toEqual([]);
    }
  });
});
