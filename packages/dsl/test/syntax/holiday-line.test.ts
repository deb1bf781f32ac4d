/**
 * A library's days off written as holidays (`libur sekolah 2027-06-21..2027-07-10`): one error
 * whose certain fix writes the closure Lontar reads, `tutup <dates> "<reason>"`.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = (line: string): string => `cakrawala 2027-01-01..2027-12-31\nperpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n  ${line}\n}\n`;

describe("holidays written in a library", () => {
  it.each([
    ["libur sekolah 2027-06-21..2027-07-10", 'tutup 2027-06-21..2027-07-10 "Libur sekolah"'],
    ['libur 2027-05-20 "Hari jadi kabupaten"', 'tutup 2027-05-20 "Hari jadi kabupaten"'],
    ["libur kenaikan kelas 2027-06-21..2027-07-10", 'tutup 2027-06-21..2027-07-10 "Libur kenaikan kelas"'],
  ])("`%s` is one error, fixed as `%s`, which checks", (line, fixed) => {
    const source = library(line);
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(errors[0]!, "id").message).toContain("hari libur sebuah perpustakaan adalah penutupan");
    const after = applyEdits(source, certainFixes(errors).get("a.lontar") ?? []);
    expect(after).toBe(library(fixed));
    expect(checkSource(after, "a.lontar").diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("leaves a line with more after its dates to the grammar's own error", () => {
    const errors = checkSource(library("libur sekolah 2027-06-21..2027-07-10 pukul 09:00"), "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.some((d) => localizeDiagnostic(d, "en").message.includes("days off are a closure"))).toBe(false);
  });
});
