/**
 * Text pasted from a word processor, a phone or a chat: curly-quoted strings are read as the
 * strings they stand for, with one LON1008 warning each and the straight quotes as a certain
 * fix; typographic dashes as `-` (LON1009); no-break, typographic and zero-width spaces are spaces. The formatter writes both
 * plainly; fast and full readings agree.
 */
import { describe, expect, it } from "vitest";
import { checkSource, formatSource, localizeDiagnostic, parseFile, stripSyntaxDetails, type Diagnostic } from "@lontar/dsl";

const LIBRARY = (name: string, space = " "): string => `perpustakaan p {\n  nama ${name}\n  jenjang${space}kota\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\n`;
const applied = (source: string, diagnostics: readonly Diagnostic[]): string => {
  const edits = diagnostics.flatMap((d) => d.suggestions.filter((s) => s.preferred === true).flatMap((s) => s.edits));
  return [...edits].sort((a, b) => b.location.range.start.offset - a.location.range.start.offset).reduce((t, e) => t.slice(0, e.location.range.start.offset) + e.text + t.slice(e.location.range.end.offset), source);
};

describe("text pasted with curly quotes and odd spaces", () => {
  it.each(["“Perpustakaan Kota”", "„Perpustakaan Kota”", "„Perpustakaan Kota“", "‟Perpustakaan Kota”", '"Perpustakaan Kota”'])("%s: one warning at the text, read as the straight string, fixed certainly", (written) => {
    const source = LIBRARY(written);
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([["LON1008", "warning"]]);
    const at = source.indexOf(written);
    expect(diagnostics[0]?.location.range.start.offset).toBe(at);
    expect(diagnostics[0]?.location.range.end.offset).toBe(at + written.length);
    const fixed = applied(source, diagnostics);
    expect(fixed).toBe(LIBRARY('"Perpustakaan Kota"'));
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
    expect(stripSyntaxDetails(parseFile(source, "a.lontar").file)).toEqual(stripSyntaxDetails(parseFile(fixed, "a.lontar").file));
    expect(formatSource(source, "a.lontar").text).toBe(formatSource(fixed, "a.lontar").text);
  });

  it.each([["no-break", "\u00a0"], ["narrow no-break", "\u202f"], ["thin", "\u2009"], ["ideographic", "\u3000"]])("reads a %s space as a space, and the formatter writes a plain one", (_, space) => {
    const source = LIBRARY('"Perpustakaan Kota"', space);
    expect(checkSource(source, "a.lontar").diagnostics).toEqual([]);
    expect(formatSource(source, "a.lontar").text).toBe(formatSource(LIBRARY('"Perpustakaan Kota"'), "a.lontar").text);
  });

  it("reads `“text\"` (a straight closing quote) as the string too, with the fix offered but not certain", () => {
    const source = LIBRARY('“Perpustakaan Kota"');
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1008"]);
    expect(diagnostics[0]?.suggestions.map((s) => [s.edits.map((e) => e.text), s.preferred ?? false])).toEqual([[['"'], false]]);
  });

  it("takes no `“` for a closing quote (`“Perpus “Kota” Solok”`, `“Perpustakaan Kota“`): an error at the first quote, not a text cut short", () => {
    for (const name of ["“Perpus “Kota” Solok”", "“Perpustakaan Kota“"]) {
      const [first] = checkSource(LIBRARY(name), "a.lontar").diagnostics;
      expect(first?.code, name).toBe("LON1001");
      expect(first?.location.range.start.offset).toBe(LIBRARY(name).indexOf("“"));
    }
  });

  it("does not let a hundred curly-quoted texts hide an error (warnings never take an error's place)", () => {
    const rooms = Array.from({ length: 120 }, (_, i) => `ruang r${i} di p {\n  nama “Ruang ${i}”\n  kapasitas 10\n}\n`).join("");
    const source = `perpustakaan p {\n  jenjang kota\n  wilayah "Aceh" / "Kota Langsa"\n  buka senin..jumat 08:00-16:00 sabtu 08:00-12:00\n}\n${rooms}`;
    expect(checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual(["LON1101"]);
    expect(formatSource(source, "a.lontar").changed).toBe(false);
  });

  it("keeps curly quotes inside a straight-quoted text as its content, and reports an unclosed curly quote as before", () => {
    const inside = LIBRARY('"Taman Baca “Pelangi”"');
    expect(checkSource(inside, "a.lontar").diagnostics).toEqual([]);
    const name = parseFile(inside, "a.lontar").file.items[0];
    expect(name?.kind === "Declaration" && name.properties[0]?.value).toMatchObject({ kind: "String", value: "Taman Baca “Pelangi”" });
    expect(checkSource(LIBRARY("“Perpustakaan Kota"), "a.lontar").diagnostics.map((d) => d.code)).toContain("LON1001");
  });

  it.each(["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"])("reads %s in `08:00–16:00` as `-`: one LON1009 warning naming it, `-` its certain fix", (dash) => {
    const hours = (join: string): string => LIBRARY('"P"').replace("}\n", `  buka senin..kamis 08:00${join}16:00\n}\n`);
    const source = hours(dash);
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([["LON1009", "warning"]]);
    expect(diagnostics[0]?.location.range.start.offset).toBe(source.indexOf(dash));
    expect(diagnostics[0]?.message).toContain(`U+${dash.charCodeAt(0).toString(16).toUpperCase()}`);
    expect(localizeDiagnostic(diagnostics[0]!, "id").message).toContain("pengolah kata");
    const fixed = applied(source, diagnostics);
    expect(fixed).toBe(hours("-"));
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
    expect(stripSyntaxDetails(parseFile(source, "a.lontar").file)).toEqual(stripSyntaxDetails(parseFile(fixed, "a.lontar").file));
    expect(formatSource(source, "a.lontar").text).toBe(formatSource(fixed, "a.lontar").text);
  });

  it("takes `senin–kamis` as a range of days joined another way (LON1106, `..` its fix), not also as a dash to write `-`", () => {
    const source = LIBRARY('"P"').replace("}\n", "  buka senin – kamis 08:00-16:00\n}\n");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1106"]);
    expect(diagnostics[0]?.message).toContain("`–` between two days");
    expect(checkSource(applied(source, diagnostics), "a.lontar").diagnostics).toEqual([]);
  });

  it("reads `bobot 30%` as the number with one LON1001 that names it, the `%` deleted by the certain fix", () => {
    const kpi = (weight: string): string => `kpi iku {\n  indikator kegiatan metrik activities bobot ${weight} target 10 per bulan\n}\n`;
    const source = kpi("30%");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1001"]);
    expect(diagnostics[0]?.message).toBe("`30%`: a weight, a target or a share is written as the number alone, `30`");
    expect(localizeDiagnostic(diagnostics[0]!, "id").message).toBe("`30%`: bobot, target atau bagian ditulis angkanya saja, `30`");
    const fixed = applied(source, diagnostics);
    expect(fixed).toBe(kpi("30"));
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
    // A `%` after no number stays an unexpected character, with no fix.
    expect(checkSource(kpi("% 30"), "a.lontar").diagnostics.map((d) => [d.message, d.suggestions.length])).toEqual([["unexpected character `%`", 0]]);
  });

  it("reads `peserta ±40` as the number with one LON1001 that says so, the `±` deleted by the certain fix", () => {
    const program = (count: string): string => `${LIBRARY('"P"')}program k di p {\n  kategori kelas\n  peserta ${count}\n  jadwal sekali 2026-02-02 pukul 09:00 selama 1 jam\n}\n`;
    const source = program("±40");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1001"]);
    expect(diagnostics[0]?.message).toBe("`±40`: a count is written as its number alone, the most expected: `40`");
    expect(localizeDiagnostic(diagnostics[0]!, "id").message).toBe("`±40`: jumlah ditulis angkanya saja, jumlah terbanyak yang diharapkan: `40`");
    expect(applied(source, diagnostics)).toBe(program("40"));
    expect(checkSource(program("40"), "a.lontar").diagnostics).toEqual([]);
  });

  it.each([
    ["a colon after a property's keyword", "mitra m {\n  jenis: sekolah\n}\n", "`:` after `jenis`: a property's value follows its keyword with a space only, as in `jenis …`"],
    ["a semicolon at the end of a line", "mitra m {\n  jenis sekolah;\n}\n", "`;`: a property ends where its line ends, with nothing after it"],
  ])("%s: one LON1001 that says how Lontar writes it, the sign deleted by the certain fix", (_, line, message) => {
    const source = `${LIBRARY('"P"')}${line}`;
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([["LON1001", message]]);
    expect(localizeDiagnostic(diagnostics[0]!, "id").message).not.toBe(message);
    expect(checkSource(applied(source, diagnostics), "a.lontar").diagnostics).toEqual([]);
  });

  it.each([["after a name", "mitra m\u200b { jenis sekolah }"], ["inside a keyword", "mitra m { je\u200bnis sekolah }"], ["a word joiner", "mitra m { jenis\u2060 sekolah }"]])(
    "names an invisible character %s (LON1001, one error, no echo) and deletes it as the certain fix",
    (_, line) => {
      const source = `${LIBRARY('"P"')}${line}\n`;
      const { diagnostics } = checkSource(source, "a.lontar");
      expect(diagnostics.map((d) => d.code)).toEqual(["LON1001"]);
      expect(localizeDiagnostic(diagnostics[0]!, "id").message).toMatch(/^ada karakter tak terlihat di sini, U\+(200B ZERO WIDTH SPACE|2060 WORD JOINER)/);
      expect(checkSource(applied(source, diagnostics), "a.lontar").diagnostics).toEqual([]);
    },
  );
});
