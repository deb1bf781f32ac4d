/**
 * `jum'at`, `Jum’at`: a day written with an apostrophe, as Indonesian often spells Friday, is one
 * LON1001 at the whole word with the word without it as the certain fix, and is read as that day
 * (it had been an unexpected `'`, then the English `at` read as a keyword, and the offered fix
 * left `jum'08:00`). Two spellings of one day are one suggestion (`rabo`: `rabu`, not also `rab`).
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const library = (hours: string): string => `perpustakaan d {\n  jenjang kota\n  wilayah "Sumatera Barat" / "Kota Solok"\n  buka ${hours}\n}\n`;
const errors = (source: string): Diagnostic[] => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");

describe("a word written with an apostrophe", () => {
  it.each(["jum'at", "Jum\u2019at", "jum`at"])("`%s` is one error at the word, fixed as `jumat`, and read as Friday", (day) => {
    const source = library(`senin..kamis 08:00-16:00, ${day} 08:00-11:30`);
    const found = errors(source);
    expect(found.map((d) => d.code)).toEqual(["LON1001"]);
    expect(source.slice(found[0]!.location.range.start.offset, found[0]!.location.range.end.offset)).toBe(day);
    expect(localizeDiagnostic(found[0]!, "id").message).toBe(`\`${day}\`: Lontar menulis kata itu tanpa tanda petik, \`jumat\``);
    const fixed = applyEdits(source, certainFixes(found).get("a.lontar") ?? []);
    expect(fixed).toBe(library("senin..kamis 08:00-16:00, jumat 08:00-11:30"));
    expect(errors(fixed)).toEqual([]);
  });

  it("an apostrophe in a word that is none of the language's stays an unexpected character", () => {
    const found = errors(library("senin..kamis 08:00-16:00, do'a 08:00-11:30"));
    const unexpected = found.filter((d) => d.code === "LON1001");
    expect(unexpected.map((d) => localizeDiagnostic(d, "en").message)).toEqual(["unexpected character `'`"]);
    expect(certainFixes(unexpected).size).toBe(0);
  });

  it("`rabo` is offered Wednesday once, in its usual spelling", () => {
    const found = errors(library("senin..selasa 08:00-16:00, rabo 08:00-11:30"));
    expect(found.map((d) => d.code)).toEqual(["LON1102"]);
    expect(found[0]?.suggestions.map((s) => s.edits[0]?.text)).toEqual(["rabu"]);
  });
});
