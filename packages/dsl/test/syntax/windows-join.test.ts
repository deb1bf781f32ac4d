/**
 * `buka senin..jumat 08:00-16:00 dan sabtu 08:00-12:00` (a walk of stop 56): days and hours
 * joined with `dan` were told "`buka` takes one value: each other one goes on a line of its
 * own", though `buka` lists its days and hours with `,`. Now the `dan` is the list-join
 * mistake, `,` its certain fix, for `buka` and a person's `tersedia` alike.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = (open: string) => `perpustakaan p {\n  jenjang kota\n  wilayah "Aceh" / "Kota Langsa"\n  buka ${open}\n}\n`;
const staff = (available: string) => `${library("senin..sabtu 08:00-16:00")}staf rina di p {\n  peran pustakawan\n  tersedia ${available}\n}\n`;

const errors = (source: string) => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");

describe("days and hours joined with `dan`", () => {
  it("is the list-join mistake at `dan`, with `,` as the certain fix that checks clean", () => {
    for (const [source, fixed] of [
      [library("senin..jumat 08:00-16:00 dan sabtu 08:00-12:00"), "  buka senin..jumat 08:00-16:00, sabtu 08:00-12:00\n"],
      [library("senin..kamis 08:00-15:00, jumat 08:00-11:00 dan sabtu 08:00-12:00"), "  buka senin..kamis 08:00-15:00, jumat 08:00-11:00, sabtu 08:00-12:00\n"],
      [staff("senin, rabu 08:00-12:00 dan jumat 13:00-16:00"), "  tersedia senin, rabu 08:00-12:00, jumat 13:00-16:00\n"],
      // Days joined before their hours: one window of two days, not a Monday with no hours (the review of stop 56: a false LON3009 beside it).
      [library("senin dan selasa 08:00-12:00"), "  buka senin, selasa 08:00-12:00\n"],
    ] as const) {
      const [d, ...rest] = errors(source);
      expect(rest, source).toEqual([]);
      expect(d?.code).toBe("LON1106");
      expect(localizeDiagnostic(d!, "id").message).toBe("`dan` di antara dua butir daftar: Lontar mendaftarnya dengan `,`");
      const repaired = applyEdits(source, certainFixes(errors(source)).get("a.lontar") ?? []);
      expect(repaired).toContain(fixed);
      expect(checkSource(repaired, "a.lontar").diagnostics.filter((x) => x.severity === "error")).toEqual([]);
    }
  });

  it("leaves a repeated property that is no list as before: each value on a line of its own", () => {
    const source = `${library("senin..jumat 08:00-16:00")}program a di p {\n  kategori mendongeng\n  jadwal sekali 2027-03-01 pukul 10:00 dan sekali 2027-03-02 pukul 10:00\n}\n`;
    const [d] = errors(source);
    expect(localizeDiagnostic(d!, "id").message).toBe("`jadwal` berisi satu nilai: nilai lainnya masing-masing ditulis pada barisnya sendiri, `jadwal sekali 2027-03-02 pukul 10:00`");
  });
});
