import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const LIBRARY = 'library perpus {\n  name "P"\n  tier village\n  region "Jawa Barat" / "Kota Bandung"\n}\n';
const PERPUSTAKAAN = 'perpustakaan perpus {\n  nama "P"\n  jenjang desa\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\n';

// `at perpus` on a line of its own: the library a head takes (`program kelas at perpus {`) written as a property.
describe("`at <library>` / `di <library>` written in a body", () => {
  it("in a program: one error at `at`, saying where the library goes, with `library perpus` as the certain fix", () => {
    const source = `${LIBRARY}program kelas {\n  title "K"\n  category class\n  schedule once 2027-01-05 at 09:00 for 2h\n  at perpus\n}\n`;
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d?.code).toBe("LON1101");
    expect(d?.location.range.start).toMatchObject({ line: 10, column: 3 });
    expect(d?.message).toContain("the library goes after the name, `program <name> at perpus {`, or in the property `library perpus`");
    const fixed = applyEdits(source, certainFixes(diagnostics).get("a.lontar") ?? []);
    expect(fixed).toContain("\n  library perpus\n");
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
    // Before the schedule, where it starts no property: the same error and fix.
    const before = `${LIBRARY}program kelas {\n  title "K"\n  at perpus\n  category class\n  schedule once 2027-01-05 at 09:00 for 2h\n}\n`;
    const first = checkSource(before, "a.lontar").diagnostics;
    expect(first.map((x) => x.location.range.start.line)).toEqual([8]);
    expect(checkSource(applyEdits(before, certainFixes(first).get("a.lontar") ?? []), "a.lontar").diagnostics).toEqual([]);
  });

  it("in an Indonesian program: the fix writes `perpustakaan`, the message in both languages", () => {
    const source = `${PERPUSTAKAAN}program kelas {\n  judul "K"\n  kategori kelas\n  jadwal sekali 2027-01-05 pukul 09:00 selama 2 jam\n  di perpus\n}\n`;
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(localizeDiagnostic(d as (typeof diagnostics)[number], "id").message).toContain("perpustakaannya ditulis setelah nama, `program <nama> di perpus {`, atau dalam properti `perpustakaan perpus`");
    const fixed = applyEdits(source, certainFixes(diagnostics).get("a.lontar") ?? []);
    expect(fixed).toContain("\n  perpustakaan perpus\n");
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
  });

  it("in a room, which has no such property: the hint names its first line, and there is no fix", () => {
    const { diagnostics } = checkSource(`${PERPUSTAKAAN}ruang aula {\n  di perpus\n  kapasitas 20\n}\n`, "a.lontar");
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(localizeDiagnostic(d as (typeof diagnostics)[number], "id").message).toContain("perpustakaannya ditulis di baris pertama, setelah nama: `ruang <nama> di perpus {`");
    expect(d?.suggestions ?? []).toEqual([]);
  });

  it("says nothing of a library where `at` starts something else: a schedule's time on its own line, an agreement's obligation, a library's body", () => {
    const broken = (source: string): string => checkSource(source, "a.lontar").diagnostics.map((d) => d.message).join("\n");
    expect(broken(`${LIBRARY}program kelas at perpus {\n  title "K"\n  category class\n  schedule every week on tue\n    at 09:00 for 2h\n}\n`)).not.toContain("the library goes");
    expect(broken(`${LIBRARY}program kelas {\n  title "K"\n  at perpus now\n}\n`)).not.toContain("the library goes");
    expect(broken(`library perpus {\n  name "P"\n  at kota\n}\n`)).not.toContain("the library goes");
  });
});
