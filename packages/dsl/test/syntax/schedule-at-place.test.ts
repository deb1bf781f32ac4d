import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

// `… selama 2 jam di p`: a planner naming the library after a schedule's `di`, which takes a time.
describe("a place after a schedule's `at` / `di`", () => {
  it("says where the library and the place are written, in both languages", () => {
    const { diagnostics } = checkSource('program baca {\n  judul "Baca"\n  kategori mendongeng\n  jadwal setiap pekan pada selasa pukul 09:00 selama 2 jam di p\n}\n', "a.lontar");
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d?.code).toBe("LON1101");
    expect(d?.location.range.start).toMatchObject({ line: 4, column: 63 });
    expect(localizeDiagnostic(d as (typeof diagnostics)[number], "id").message).toContain("tulis `program <nama> di <perpustakaan> {`, untuk tempatnya `lokasi <nama>`");
    expect(d?.message).toContain("write `program <name> at <library> {`, for a place `sites <name>`");
  });

  it("keeps the plain message for a time of day in words", () => {
    for (const word of ["noon", "pagi", "sore"]) {
      const { diagnostics } = checkSource(`program b {\n  schedule every week on tue at ${word} for 2h\n}\n`, "a.lontar");
      expect(diagnostics.map((d) => d.message).join("\n"), word).not.toContain("sites <name>");
    }
  });

  it("keeps the plain message when a time is misspelt there", () => {
    const { diagnostics } = checkSource('program b {\n  schedule every week on tue at 9 for 2h\n}\n', "a.lontar");
    expect(diagnostics.map((d) => d.message).join("\n")).not.toContain("sites <name>");
  });
});
