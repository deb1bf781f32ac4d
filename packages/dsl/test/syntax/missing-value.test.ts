/**
 * A property keyword left without its value at the end of its line: one error at that
 * keyword, and the next line read as its own property (not taken as the value).
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic, parseFile } from "@lontar/dsl";
import { parseFileFast, parseFileWith } from "../../src/syntax/parse.js";

const EN = (body: string): string => `library p {\n  tier city\n  region "Jawa Barat" / "Kota Bandung"\n}\nprogram k at p {\n${body}\n  schedule once 2026-02-02 at 09:00 for 1h\n}\n`;
const ID = (body: string): string => `perpustakaan p {\n  jenjang kota\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nprogram k di p {\n${body}\n  jadwal sekali 2026-02-02 pukul 09:00 selama 1 jam\n}\n`;
const program = (source: string) => parseFile(source, "a.lontar").file.items.find((i) => i.kind === "Declaration" && i.declarationKind === "program");

describe("a property keyword left without its value", () => {
  it.each([
    ["en", EN("  category\n  audience children"), "category", "audience", "expected a program category such as `literacy_training`, `digital_literacy`, `storytelling`, `reading_contest`, `book_discussion`, … after `category`"],
    ["id", ID("  kategori\n  sasaran anak_anak"), "kategori", "audience", "diharapkan kategori program seperti `pelatihan_literasi`, `literasi_digital`, `mendongeng`, `lomba_membaca`, `diskusi_buku`, … setelah `kategori`"],
  ] as const)("%s: one error at the keyword, the next line read as its own property", (lang, source, keyword, nextKey, says) => {
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    const at = source.indexOf(`  ${keyword}\n`) + 2;
    expect(errors[0]?.location.range.start.offset).toBe(at);
    expect(errors[0]?.location.range.end.offset).toBe(at + keyword.length);
    expect(localizeDiagnostic(errors[0]!, lang).message).toContain(says);
    const node = program(source);
    expect(node?.kind === "Declaration" && node.properties.map((p) => p.key)).toContain(nextKey);
    expect(node?.kind === "Declaration" && node.broken?.map((b) => b.keyword?.text)).toEqual([keyword]);
  });

  it("reports two keywords in a row without values as two errors, the same on every reading path", () => {
    const source = EN("  category\n  audience");
    const errors = (diagnostics: readonly { code: string; severity: string; location: { range: { start: { line: number } } } }[]) =>
      diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.location.range.start.line]);
    expect(errors(checkSource(source, "a.lontar").diagnostics)).toEqual([["LON1101", 6], ["LON1101", 7]]);
    expect(errors(parseFileWith(source, "a.lontar", "grammar").diagnostics)).toEqual(errors(parseFile(source, "a.lontar").diagnostics));
    expect(parseFileFast(source, "a.lontar")).toBeUndefined();
  });

  it("places a missing text after a keyword at that keyword, not at the next line", () => {
    const source = EN("  title\n  category class");
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(errors[0]?.location.range.start.offset).toBe(source.indexOf("  title\n") + 2);
  });

  it("still reads a one-word value on the next line when that word starts no property", () => {
    expect(checkSource(EN("  category\n    class"), "a.lontar").diagnostics).toEqual([]);
  });

  it.each([
    ["en", EN("  title \"K\"\n  category"), "category", "expected a program category such as `literacy_training`", "`lontar explain category` lists all 17"],
    ["id", ID("  judul \"K\"\n  kategori"), "kategori", "diharapkan kategori program seperti `pelatihan_literasi`", "`lontar explain kategori` menampilkan semuanya (17)"],
  ] as const)("%s: a keyword whose value must be one of a list, left bare before `}`, names the list in the file's words", (lang, base, keyword, says, more) => {
    const source = base.replace(/\n {2}(jadwal|schedule) [^\n]*/, "");
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(errors[0]?.location.range.start.offset).toBe(source.indexOf(`  ${keyword}\n`) + 2);
    for (const reader of [lang, lang === "en" ? "id" : "en"] as const) {
      // Whatever the message's language, the words offered are the file's.
      const message = localizeDiagnostic(errors[0]!, reader).message;
      expect(message).toContain(lang === "en" ? "`literacy_training`" : "`pelatihan_literasi`");
      expect(message).not.toContain(lang === "en" ? "`pelatihan_literasi`" : "`literacy_training`");
    }
    expect(localizeDiagnostic(errors[0]!, lang).message).toContain(says);
    expect(localizeDiagnostic(errors[0]!, lang).message).toContain(more);
  });

  it("lists every allowed value when there are few, and says `a value` where any text goes", () => {
    const agreement = (line: string): string => `${EN("  category class")}\nagreement m {\n${line}\n  title "M"\n}\n`;
    const kind = checkSource(agreement("  kind"), "a.lontar").diagnostics.filter((d) => d.code === "LON1101");
    expect(kind.map((d) => localizeDiagnostic(d, "en").message)).toEqual(["expected an agreement kind, one of `mou` or `pks`, after `kind` (`title` on the next line starts a property of its own)"]);
    const title = checkSource(EN("  title\n  category class"), "a.lontar").diagnostics.filter((d) => d.code === "LON1101");
    expect(localizeDiagnostic(title[0]!, "en").message).not.toContain("such as `");
  });

  it.each([
    ["id", "tahap 2", "diharapkan tahap TPBIS, salah satu dari `sosialisasi`, `bimtek`, `implementasi`, `pendampingan`, `monitoring_evaluasi` atau `replikasi`, setelah `tahap`, ditemukan `2`"],
    ["en", "stage 2", "expected a TPBIS stage, one of `socialisation`, `training`, `implementation`, `mentoring`, `monitoring` or `replication`, after `stage`, found `2`"],
  ] as const)("%s: a number where one of a few values goes lists them all", (lang, line, says) => {
    const source = lang === "id" ? ID("  kategori kelas").replace("  jenjang kota\n", `  jenjang kota\n  ${line}\n`) : EN("  category class").replace("  tier city\n", `  tier city\n  ${line}\n`);
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(errors[0]!, lang).message).toBe(says);
  });
});
