/**
 * Comments written as other languages write them, `# …` and `/* … *\/`: one LON1001 each, at
 * the comment, with the `//` comment it stands for as a certain fix; nothing else is reported
 * for the words inside, and the fixed file reads as if the comment had been written so.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic, parseFile, stripSyntaxDetails, type Diagnostic } from "@lontar/dsl";
import { parseFileWith } from "../../src/syntax/parse.js";

const ROOM = (comment: string, trailing = ""): string =>
  `perpustakaan p {\n  nama "Perpustakaan Kota"\n  jenjang kota\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\n${comment}\nruang aula di p {\n  kapasitas 60${trailing}\n}\n`;
const applied = (source: string, diagnostics: readonly Diagnostic[]): string => {
  const edits = diagnostics.flatMap((d) => d.suggestions.filter((s) => s.preferred === true).flatMap((s) => s.edits));
  return [...edits].sort((a, b) => b.location.range.start.offset - a.location.range.start.offset).reduce((t, e) => t.slice(0, e.location.range.start.offset) + e.text + t.slice(e.location.range.end.offset), source);
};

/** The one diagnostic of `source`, checked as LON1001 at `written`, and the text its certain fix gives. */
function oneFixed(source: string, written: string): string {
  const { diagnostics } = checkSource(source, "a.lontar");
  expect(diagnostics.map((d) => d.code)).toEqual(["LON1001"]);
  const at = source.indexOf(written);
  expect(diagnostics[0]?.location.range.start.offset).toBe(at);
  expect(diagnostics[0]?.location.range.end.offset).toBe(at + written.length);
  // The full grammar reads it the same way as the default reader.
  expect(parseFileWith(source, "a.lontar", "grammar").diagnostics.map((d) => d.code)).toEqual(["LON1001"]);
  const fixed = applied(source, diagnostics);
  expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
  return fixed;
}

describe("comments written with `#` or `/* */`", () => {
  it.each([
    ["# Aula lantai 2", "// Aula lantai 2"],
    ["## Ruang", "// Ruang"],
    ["#", "//"],
    ["#TODO ruang baru", "//TODO ruang baru"],
    ["/* Aula lantai 2 */", "// Aula lantai 2"],
    ["/* Aula\n   lantai 2 */", "// Aula\n// lantai 2"],
    ["/*\n * Aula\n * lantai 2\n */", "// Aula\n// lantai 2"],
    ["/** Aula lantai 2 */", "/// Aula lantai 2"],
    ["/**\n * Aula lantai 2\n */", "/// Aula lantai 2"],
    ["/* Aula lantai 2", "// Aula lantai 2"],
    ["/***/", "//"],
    ["/**** Aula lantai 2 ****/", "// Aula lantai 2"],
    // A block commented out with its comment: the outer block is the comment, to its own `*/`.
    ["/* lama: /* kapasitas 40 */ */", "// lama: /* kapasitas 40 */"],
    ["/*\nruang lama di p { /* rusak */\n  kapasitas 10\n}\n*/", "// ruang lama di p { /* rusak */\n//   kapasitas 10\n// }"],
    // A `/*` inside never closed: the block ends at its first `*/`, as C reads it.
    ["/* a /* b */", "// a /* b"],
  ])("`%s` on its own line: one error, fixed to `%s`", (comment, expected) => {
    const source = ROOM(comment);
    expect(oneFixed(source, comment)).toBe(ROOM(expected));
  });

  it.each([
    [" # dua lantai", " // dua lantai"],
    [" /* dua lantai */", " // dua lantai"],
    [" /** dua lantai */", " // dua lantai"],
    [" /* dua\n     lantai */", " // dua\n  // lantai"],
  ])("`%s` after a property: one error, fixed to `%s` (indented as the line)", (comment, expected) => {
    const source = ROOM("", comment);
    expect(oneFixed(source, comment.trimStart())).toBe(ROOM("", expected));
  });

  it("rewrites blocks followed on their line by other comments only (`/* a */ /* b */`, `/* a */ // b`), each certainly", () => {
    for (const [comment, expected] of [["/* a */ /* b */", "// a // b"], ["/* a */ // b", "// a // b"], ["/* a */ # b", "// a // b"]] as const) {
      const source = ROOM(comment);
      const { diagnostics } = checkSource(source, "a.lontar");
      expect(diagnostics.every((d) => d.code === "LON1001" && d.suggestions.some((x) => x.preferred === true)), comment).toBe(true);
      const fixed = applied(source, diagnostics);
      expect(fixed, comment).toBe(ROOM(expected));
      expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
    }
  });

  it("keeps the shape of what a block holds: its later lines' indentation past the least of them", () => {
    const block = "/*\nruang lama di p {\n  kapasitas 10\n}\n*/";
    expect(oneFixed(ROOM(block), block)).toBe(ROOM("// ruang lama di p {\n//   kapasitas 10\n// }"));
  });

  it("keeps a file's CRLF line breaks in the lines it writes", () => {
    const source = ROOM("/* Aula\n   lantai 2 */").replace(/\n/g, "\r\n");
    expect(oneFixed(source, "/* Aula\r\n   lantai 2 */")).toBe(ROOM("// Aula\n// lantai 2").replace(/\n/g, "\r\n"));
  });

  it("offers no rewriting of a block with text after its `*/` on the line (the text would become comment)", () => {
    const source = ROOM("/* aula */ ruang rapat di p { kapasitas 10 }");
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1001"]);
    expect(diagnostics[0]?.suggestions).toEqual([]);
    // The message does not send the planner to write `//` there, which would comment out the rest of the line.
    expect(localizeDiagnostic(diagnostics[0]!, "en").message).toContain("`//` here would make the rest of its line a comment too");
    expect(localizeDiagnostic(diagnostics[0]!, "id").message).toContain("`//` di sini akan menjadikan sisa barisnya komentar juga");
    // What follows the block is read: a room declared after it is in the tree.
    expect(parseFile(source, "a.lontar").file.items.filter((i) => i.kind === "Declaration")).toHaveLength(3);
  });

  it("reads a file on after an unclosed `/*`: the comment ends with its line", () => {
    const source = `/* catatan\n${ROOM("")}`;
    const fixed = oneFixed(source, "/* catatan");
    expect(fixed).toBe(`// catatan\n${ROOM("")}`);
    expect(stripSyntaxDetails(parseFile(source, "a.lontar").file)).toEqual(stripSyntaxDetails(parseFile(fixed, "a.lontar").file));
  });

  it("leaves `#` that is no comment (`#40`), and `#` and `/*` inside a string or a pattern, as they were", () => {
    const numbered = checkSource(ROOM("").replace("kapasitas 60", "kapasitas #60"), "a.lontar").diagnostics;
    expect(numbered.map((d) => [d.code, localizeDiagnostic(d, "en").message])).toEqual([["LON1001", "unexpected character `#`"]]);
    expect(checkSource(ROOM("").replace('"Perpustakaan Kota"', '"Perpustakaan # Kota /* 1 */"'), "a.lontar").diagnostics).toEqual([]);
    const rule = 'aturan r {\n  ketika program.id =~ /^#a\\/*b/ maka peringatkan "x"\n}\n';
    expect(parseFile(rule, "a.lontar").diagnostics).toEqual([]);
  });

  it("says so in both languages", () => {
    const [hash] = checkSource(ROOM("# catatan"), "a.lontar").diagnostics;
    const [block] = checkSource(ROOM("/* catatan */"), "a.lontar").diagnostics;
    if (hash === undefined || block === undefined) throw new Error("expected the comments' errors");
    expect(localizeDiagnostic(hash, "en").message).toBe("`#` does not start a comment in Lontar: a comment starts with `//`");
    expect(localizeDiagnostic(hash, "id").message).toBe("`#` tidak memulai komentar di Lontar: komentar diawali `//`");
    expect(localizeDiagnostic(block, "id").message).toBe("`/* … */` bukan komentar di Lontar: setiap baris komentar diawali `//`");
  });

  it("reads a file of many unclosed `/*` lines in one pass, one error each", () => {
    const source = "/*\n".repeat(5_000);
    const { diagnostics } = parseFile(source, "a.lontar");
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.code === "LON1001")).toBe(true);
  });
});
