/**
 * `tingkat sd, smp` (a one-roof school, satu atap, from a planner's walk): one error at the
 * comma saying a school library has one level and what to write instead; no fix is applied.
 */
import { describe, expect, it } from "vitest";
import { certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = (line: string): string => `perpustakaan p {\n  jenjang sekolah\n  ${line}\n  wilayah "Jawa Tengah" / "Kabupaten Wonosobo"\n}\n`;

describe("two school levels for one school library", () => {
  it.each(["tingkat sd, smp", "jenjang_sekolah sd, smp"])("`%s`: one error that says a school library has one level", (line) => {
    const found = checkSource(library(line), "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(found.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(found[0]!, "id").message).toContain("untuk sekolah satu atap");
    expect(localizeDiagnostic(found[0]!, "en").message).toContain("a school library has one school level");
    expect(certainFixes(found).size).toBe(0);
  });
});
