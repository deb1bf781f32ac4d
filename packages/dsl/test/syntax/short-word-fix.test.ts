/**
 * A word of one or two letters where a keyword is expected (`da` under a schedule's line, from
 * an editor walk typing `dan…`): "did you mean `di`?" was a certain fix, which an editor's
 * fix-all on save would write mid-word. It is offered, not certain; a longer typo stays certain.
 * Nor is a word of the language itself (`hari` where `dari` fits, from a planner's walk: the
 * certain fix had turned `minggu kedua hari selasa` into `minggu kedua dari selasa`), save a synonym.
 */
import { describe, expect, it } from "vitest";
import { certainFixes, checkSource } from "@lontar/dsl";

const program = (line: string): string =>
  `perpustakaan p { jenjang desa wilayah "Aceh" / "Kota Langsa" }\nprogram r di p {\n  kategori klub_buku\n  jadwal sekali 2027-02-01 pukul 09:00\n  ${line}\n}\n`;

describe("a keyword's fix for a short word", () => {
  it.each(["d", "da", "bi"])("`%s`: offered, not certain", (word) => {
    const { diagnostics } = checkSource(program(word), "a.lontar");
    const offered = diagnostics.flatMap((d) => d.suggestions.map((s) => [s.edits[0]?.text, s.preferred ?? false]));
    expect(offered).toContainEqual(["di", false]);
    expect(certainFixes(diagnostics).get("a.lontar") ?? []).toEqual([]);
  });

  it("a typo of three letters or more stays certain (`kategorri`)", () => {
    const { diagnostics } = checkSource(program("kategorri klub_buku"), "a.lontar");
    expect(certainFixes(diagnostics).get("a.lontar")?.map((e) => e.text)).toEqual(["kategori"]);
  });

  it("a word of the language (`hari` where `dari` would fit) is offered, not certain", () => {
    const source = `perpustakaan p { jenjang desa wilayah "Aceh" / "Kota Langsa" }\nprogram r di p {\n  kategori klub_buku\n  jadwal setiap minggu pada selasa pukul 09:00 selama 2 jam hari 2027-01-01\n}\n`;
    const { diagnostics } = checkSource(source, "a.lontar");
    const offered = diagnostics.flatMap((d) => d.suggestions.map((s) => [s.edits[0]?.text, s.preferred ?? false]));
    expect(offered).toContainEqual(["dari", false]);
    expect(certainFixes(diagnostics).get("a.lontar") ?? []).toEqual([]);
  });
});

describe("a declaration keyword written with capitals at the top of a file (`Program dongeng_anak {`)", () => {
  it("is that keyword: a certain fix, as a capitalised keyword inside a declaration is", () => {
    const source = `Perpustakaan p {\n  jenjang desa\n  wilayah "Aceh" / "Kota Langsa"\n}\nProgram dongeng_anak di p {\n  kategori klub_buku\n  jadwal sekali 2027-02-01 pukul 09:00 selama 1 jam\n}\n`;
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual(["LON1104", "LON1104"]);
    expect(certainFixes(diagnostics).get("a.lontar")?.map((e) => e.text)).toEqual(["perpustakaan", "program"]);
  });
});
