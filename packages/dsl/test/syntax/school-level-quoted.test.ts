/**
 * `tingkat "SMP/MTs"`: a school library's level in quotes, as the docs' value table and the
 * messages write it (and as `sasaran pelajar "SMP/MTs"` takes it), is the level, with no error.
 * It was LON1101 "expected a school level, one of `"SD/MI"`, `"SMP/MTs"` or `"SMA/MA/SMK"` …,
 * found `"SMP/MTs"`" (found by the Kupang school librarian's walk, stop 44).
 */
import { describe, expect, it } from "vitest";
import { checkSource, formatSource } from "@lontar/dsl";

const library = (level: string, lang: "en" | "id"): string =>
  lang === "id"
    ? `perpustakaan p {\n  jenjang sekolah\n  tingkat ${level}\n  wilayah "Nusa Tenggara Timur" / "Kota Kupang"\n}\n`
    : `library p {\n  tier school\n  level ${level}\n  region "Nusa Tenggara Timur" / "Kota Kupang"\n}\n`;

describe("a school level written in quotes", () => {
  it.each([
    ['"SD/MI"', "id", "sd_mi"],
    ['"SMP/MTs"', "id", "smp_mts"],
    ['"SMA/MA/SMK"', "id", "sma_ma_smk"],
    ['"smp / mts"', "id", "smp_mts"],
    ['"SMP/MTs"', "en", "smp_mts"],
  ] as const)("%s (%s) is the level %s, with no diagnostic", (level, lang, value) => {
    const { diagnostics, workspace } = checkSource(library(level, lang), "a.lontar");
    expect(diagnostics).toEqual([]);
    expect(workspace?.libraries[0]).toMatchObject({ tier: "sekolah", schoolLevel: value });
  });

  it("is formatted as the level's word, which reads the same", () => {
    const formatted = formatSource(library('"SMP/MTs"', "id"), "a.lontar");
    expect(formatted.text).toContain("tingkat smp_mts\n");
    expect(checkSource(formatted.text ?? "", "a.lontar").workspace?.libraries[0]).toMatchObject({ schoolLevel: "smp_mts" });
  });

  it("a text in quotes that is no level is still an error", () => {
    const codes = checkSource(library('"Perguruan Tinggi"', "id"), "a.lontar").diagnostics.map((d) => d.code);
    expect(codes.length).toBeGreaterThan(0);
  });
});
