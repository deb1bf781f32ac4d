/**
 * Commas where a planner puts them and Lontar does not: a second value after a property that
 * takes one (`sasaran anak_anak, remaja`, or `… dan remaja`) is one error whose certain fix puts each value on a
 * line of its own, and the values count (nothing else is reported); a comma that ends a line
 * after a whole property, a list's included, is one error whose fix deletes it.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic, parseFile, stripSyntaxDetails, type Diagnostic } from "@lontar/dsl";
import { parseFileWith } from "../../src/syntax/parse.js";

const PROGRAM = (lines: string): string =>
  `perpustakaan p {\n  jenjang kota\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\nruang aula di p {\n  kapasitas 40\n}\nstaf budi di p {\n  peran pustakawan\n  keahlian mendongeng\n}\nprogram dongeng di p {\n  kategori mendongeng\n${lines}  jadwal setiap minggu pada sabtu pukul 09:00 selama 1 jam mulai 2026-01-03\n}\ncakrawala 2026-01-01..2026-12-31\n`;

/** The source with every preferred fix applied, from the last edit back. */
function applied(source: string, diagnostics: readonly Diagnostic[]): string {
  const edits = diagnostics.flatMap((d) => d.suggestions.filter((s) => s.preferred === true).flatMap((s) => s.edits));
  return [...edits].sort((a, b) => b.location.range.start.offset - a.location.range.start.offset).reduce((t, e) => t.slice(0, e.location.range.start.offset) + e.text + t.slice(e.location.range.end.offset), source);
}

describe("a second value of a property that takes one", () => {
  it.each([
    ["two groups", "  sasaran anak_anak, remaja\n", "  sasaran anak_anak\n  sasaran remaja\n", "sasaran remaja"],
    ["three, one with its school level", '  sasaran anak_anak, pelajar "SD/MI", remaja\n', '  sasaran anak_anak\n  sasaran pelajar "SD/MI"\n  sasaran remaja\n', 'sasaran pelajar "SD/MI"'],
  ])("%s: one error at the first comma, each value on its own line by the certain fix", (_, lines, meant, shown) => {
    const source = PROGRAM(lines);
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1101"]);
    const [d] = diagnostics as [Diagnostic];
    expect(d.location.range.start.offset).toBe(source.indexOf(", "));
    expect(d.message).toContain(`\`${shown}\``);
    expect(localizeDiagnostic(d, "id").message).toContain("pada barisnya sendiri");
    expect(d.suggestions.map((s) => [s.message, s.preferred])).toEqual([[`write \`${shown}\` on a line of its own`, true]]);
    const fixed = applied(source, diagnostics);
    expect(fixed).toBe(PROGRAM(meant));
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
  });

  // A walk through seed 000: the last two values joined by a word, as a sentence joins them.
  it.each([
    ["two groups joined by dan", "  sasaran anak_anak dan remaja\n", "  sasaran anak_anak\n  sasaran remaja\n", " dan"],
    ["three, the last two joined by dan", "  sasaran anak_anak, remaja dan umum\n", "  sasaran anak_anak\n  sasaran remaja\n  sasaran umum\n", ", "],
  ])("%s: one error, each value on its own line by the certain fix, no line ending in a space", (_, lines, meant, at) => {
    const source = PROGRAM(lines);
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1101"]);
    expect(diagnostics[0]?.location.range.start.offset).toBe(source.indexOf(at));
    const fixed = applied(source, diagnostics);
    expect(fixed).toBe(PROGRAM(meant));
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
  });

  it("counts the values that follow: the program's audience has each (a wrong one is named, not the comma again)", () => {
    const source = PROGRAM("  sasaran anak_anak, remajaa\n");
    expect(checkSource(source, "a.lontar").diagnostics.map((d) => d.code)).toEqual(["LON1101", "LON3004"]);
    const program = parseFile(source, "a.lontar").file.items[3];
    expect(program?.kind === "Declaration" && program.properties.filter((p) => p.key === "audience").map((p) => p.value.kind === "Reference" ? p.value.name : p.value.kind === "Audience" ? p.value.group.name : "")).toEqual(["anak_anak", "remajaa"]);
  });

  it("leaves a comma after a property that may not be given again to the grammar's error (`kategori a, b`)", () => {
    const codes = checkSource(PROGRAM("").replace("kategori mendongeng", "kategori mendongeng, kelas"), "a.lontar").diagnostics.map((d) => d.code);
    expect(codes).toEqual(["LON1101"]);
    const [d] = checkSource(PROGRAM("").replace("kategori mendongeng", "kategori mendongeng, kelas"), "a.lontar").diagnostics;
    expect(d?.suggestions.every((s) => s.preferred !== true)).toBe(true);
  });

  it("reads alike on the fast path and with the grammar alone", () => {
    const source = PROGRAM("  sasaran anak_anak, remaja, dewasa\n");
    expect(stripSyntaxDetails(parseFileWith(source, "a.lontar", "fast").file)).toEqual(stripSyntaxDetails(parseFileWith(source, "a.lontar", "grammar").file));
  });
});

describe("a comma that ends a line", () => {
  it.each([
    ["after a single value", "  peserta 25,\n", "  peserta 25\n"],
    ["after a list (needs)", "  butuh ruang aula, 1 staf dengan keahlian mendongeng,\n", "  butuh ruang aula, 1 staf dengan keahlian mendongeng\n"],
    ["after a group, before `}`", "  sasaran anak_anak,", "  sasaran anak_anak"],
  ])("%s: one error at the comma, deleted by the certain fix", (_, lines, meant) => {
    const source = lines.endsWith("\n") ? PROGRAM(lines) : PROGRAM("").replace("mulai 2026-01-03\n}", `mulai 2026-01-03\n${lines}}`);
    const expected = lines.endsWith("\n") ? PROGRAM(meant) : PROGRAM("").replace("mulai 2026-01-03\n}", `mulai 2026-01-03\n${meant}}`);
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1101"]);
    const [d] = diagnostics as [Diagnostic];
    expect(source.slice(d.location.range.start.offset, d.location.range.end.offset)).toBe(",");
    expect(d.message).toBe("`,` ends the line with no value after it");
    expect(localizeDiagnostic(d, "id").message).toBe("`,` mengakhiri baris tanpa nilai sesudahnya");
    expect(d.suggestions.map((s) => [s.message, s.preferred])).toEqual([["delete it", true]]);
    const fixed = applied(source, diagnostics);
    expect(fixed).toBe(expected);
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
  });
});

describe("a word for a comma that ends a line", () => {
  it.each([
    ["en", "rule r {\n  when program.category == class and\n  then warn \"x\"\n}\n", "and", "`and` ends the line with no value after it", "`and` mengakhiri baris tanpa nilai sesudahnya"],
    ["id", "aturan r {\n  ketika program.kategori == kelas dan\n  maka peringatkan \"x\"\n}\n", "dan", "`dan` ends the line with no value after it", "`dan` mengakhiri baris tanpa nilai sesudahnya"],
  ])("%s: the error names the word written (it said `,`), deleted by the fix", (_, source, word, en, id) => {
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.code === "LON1101");
    expect(errors.map((d) => source.slice(d.location.range.start.offset, d.location.range.end.offset))).toEqual([word]);
    expect(errors[0]?.message).toBe(en);
    expect(localizeDiagnostic(errors[0]!, "id").message).toBe(id);
  });
});
