/**
 * A library's break written as a line (`istirahat 12:00-13:00`, `ishoma …`, `istirahat jumat
 * 11:30-13:00`, `break …`): one error; when the `buka` lines are plain windows the fix splits
 * each window the break falls inside, on its days, and removes the line.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = (body: string): string => `cakrawala 2027-01-01..2027-12-31\nperpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah"\n${body}}\n`;
const errors = (source: string): ReturnType<typeof checkSource>["diagnostics"] => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");

describe("a library's break written as a line", () => {
  it.each([
    ["  buka senin..jumat 08:00-16:00, sabtu 08:00-12:00\n  istirahat 12:00-13:00\n", "  buka senin..jumat 08:00-12:00, senin..jumat 13:00-16:00, sabtu 08:00-12:00\n"],
    ["  buka senin..kamis 07:30-15:30, jumat 07:30-16:00\n  istirahat jumat 11:30-13:00\n", "  buka senin..kamis 07:30-15:30, jumat 07:30-11:30, jumat 13:00-16:00\n"],
    ["  ishoma 12:00-13:00\n  buka senin, rabu 08:00-16:00\n", "  buka senin, rabu 08:00-12:00, senin, rabu 13:00-16:00\n"],
  ])("is one error, the windows split by the fix: %j", (body, fixed) => {
    const source = library(body);
    const found = errors(source);
    expect(found.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(found[0]!, "id").message).toContain("jam istirahat perpustakaan membagi jam bukanya");
    const after = applyEdits(source, certainFixes(found).get("a.lontar") ?? []);
    expect(after).toBe(library(fixed));
    expect(errors(after)).toEqual([]);
  });

  it("only shows how when there is no window to split, or the break is outside every window", () => {
    for (const body of ["  istirahat 12:00-13:00\n", "  buka senin..jumat 13:00-16:00\n  istirahat 12:00-13:00\n", "  buka senin..jumat 08:00-16:00\n  istirahat sabtu 12:00-13:00\n"]) {
      const found = errors(library(body));
      expect(found.map((d) => d.code)).toEqual(["LON1101"]);
      expect(localizeDiagnostic(found[0]!, "en").message).toContain("a library's break splits its opening hours");
      expect(certainFixes(found).get("a.lontar") ?? []).toEqual([]);
    }
  });

  it("only offers the split where it would move or lose a comment", () => {
    for (const body of ["  buka senin..jumat 08:00-16:00 // jam layanan\n  istirahat 12:00-13:00\n", "  buka senin..jumat 08:00-16:00\n  // makan siang\n  istirahat 12:00-13:00\n", "  buka senin..jumat 08:00-16:00\n  istirahat 12:00-13:00 // ishoma\n"]) {
      const found = errors(library(body));
      expect(localizeDiagnostic(found[0]!, "id").message, body).toContain("`buka senin..jumat 08:00-12:00, senin..jumat 13:00-16:00`");
      expect(certainFixes(found).get("a.lontar") ?? [], body).toEqual([]);
    }
  });

  it("`buka senin..jumat 8-12, 13-16` is two LON1106, fixed together as two windows", () => {
    const source = library("  buka senin..jumat 8-12, 13-16\n");
    let text = source;
    for (let round = 0; round < 3; round++) text = applyEdits(text, certainFixes(errors(text)).get("a.lontar") ?? []);
    expect(errors(source).map((d) => d.code)).toEqual(["LON1106", "LON1106"]);
    expect(text).toBe(library("  buka senin..jumat 08:00-12:00, senin..jumat 13:00-16:00\n"));
  });
});
