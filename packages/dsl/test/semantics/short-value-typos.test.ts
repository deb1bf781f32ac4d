/**
 * A value near an unknown word is fixed without asking only when the word is long enough for the
 * edits to be a typo: one edit in four letters or more, two in seven or more (`implementsi`,
 * `komunitsa`). A short word two edits from a value is another word (`dprd` is not `opd`, `bapak`
 * not `anak`): offered, never applied by `check --fix` (a TPBIS walk: `jenis sma` had become
 * `lsm`, `jenis tk` `pkk`). Schools by their level, a company's CSR and village enterprises are
 * partner kinds of their own words.
 */
import { describe, expect, it } from "vitest";
import { certainFixes, checkSource, type Diagnostic } from "@lontar/dsl";

const partner = (kind: string): string => `mitra m {\n  jenis ${kind}\n}\n`;
const errors = (source: string): Diagnostic[] => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");

describe("how sure a value's typo is", () => {
  it.each(["komunitsa", "univresitas", "madrsah", "medai"])("`jenis %s` is fixed without asking", (kind) => {
    const found = errors(partner(kind));
    expect(found.map((d) => d.code)).toEqual(["LON3004"]);
    expect(certainFixes(found).get("a.lontar")).toHaveLength(1);
  });

  it.each(["dprd", "lsn", "pkj", "pk"])("`jenis %s` is offered a value, not fixed", (kind) => {
    const found = errors(partner(kind));
    expect(found.map((d) => d.code)).toEqual(["LON3004"]);
    expect(found[0]?.suggestions.length).toBeGreaterThan(0);
    expect(certainFixes(found).size).toBe(0);
  });

  it("schools by level, madrasahs, a company's CSR and a village's enterprise are partner kinds", () => {
    for (const kind of ["sd", "smp", "sma", "smk", "tk", "paud", "mts", "ma", "csr", "bumdes", "koperasi", "swasta"]) expect(errors(partner(kind)), kind).toEqual([]);
  });

  it("`tahap pelatihan` is the technical-training stage, as `training` is", () => {
    const library = (stage: string): string => `perpustakaan p {\n  jenjang desa\n  wilayah "Aceh" / "Kota Langsa"\n  tahap ${stage}\n}\n`;
    expect(errors(library("pelatihan"))).toEqual([]);
    const stage = (word: string): string | undefined => checkSource(library(word), "a.lontar").workspace?.libraries[0]?.stage;
    expect(stage("pelatihan")).toBe("bimtek");
    expect(stage("training")).toBe("bimtek");
  });

  it("a village by its province's own name (`jenjang nagari`, `gampong`, `lembang`) is a village library", () => {
    for (const word of ["nagari", "gampong", "pekon", "lembang", "negeri", "kampung"]) {
      const source = `perpustakaan p {\n  jenjang ${word}\n  wilayah "Aceh" / "Kota Langsa"\n}\n`;
      expect(errors(source), word).toEqual([]);
      expect(checkSource(source, "a.lontar").workspace?.libraries[0]?.tier).toBe("desa");
    }
  });
});
