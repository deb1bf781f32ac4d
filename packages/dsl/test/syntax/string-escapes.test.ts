/**
 * Escapes in strings (docs/language.md): `\"`, `\\`, `\n`, `\t`, `\r`; a backslash before any
 * other character is kept as written, by both readers and through the formatter.
 */
import { describe, expect, it } from "vitest";
import { formatSource, parseFile } from "@lontar/dsl";
import { parseFileWith } from "../../src/syntax/parse.js";

const nameOf = (source: string, reader: "fast" | "grammar" = "fast"): unknown => {
  const { file } = reader === "fast" ? parseFile(source, "a.lontar") : parseFileWith(source, "a.lontar", "grammar");
  const item = file.items[0];
  const value = item?.kind === "Declaration" ? item.properties[0]?.value : undefined;
  return value?.kind === "String" ? value.value : undefined;
};
const library = (name: string): string => `perpustakaan p {\n  nama ${name}\n}\n`;

describe("escapes in strings", () => {
  it("read the five escapes", () => {
    expect(nameOf(library(String.raw`"Taman \"Baca\" \\ Desa\tA\nB"`))).toBe('Taman "Baca" \\ Desa\tA\nB');
  });

  it("keep a backslash before any other character, in both readers", () => {
    for (const reader of ["fast", "grammar"] as const) {
      expect(nameOf(library(String.raw`"C:\Data\foto"`), reader)).toBe(String.raw`C:\Data\foto`);
      expect(nameOf(library(String.raw`"Kelas 1\2"`), reader)).toBe(String.raw`Kelas 1\2`);
    }
  });

  it("and the formatter writes a text that reads back the same", () => {
    const source = library(String.raw`"C:\Data\foto"`);
    const formatted = formatSource(source, "a.lontar").text;
    expect(nameOf(formatted)).toBe(String.raw`C:\Data\foto`);
    expect(formatSource(formatted, "a.lontar").text).toBe(formatted);
  });
});
