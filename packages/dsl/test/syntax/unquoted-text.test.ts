import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource } from "@lontar/dsl";

const fixAll = (source: string): string => applyEdits(source, certainFixes(checkSource(source, "a.lontar").diagnostics).get("a.lontar") ?? []);

// `nama Dinas Pendidikan Kota`: a text property's words without quotes, the rest of the line quoted by the fix.
describe("a name, a title or a description written without quotes", () => {
  it("is quoted to the end of its line by the certain fix, and the fixed file is clean", () => {
    const source = "mitra disdik {\n  nama Dinas Pendidikan Kota Garut, Bidang 2\n  jenis opd\n}\n";
    const fixed = fixAll(source);
    expect(fixed).toBe('mitra disdik {\n  nama "Dinas Pendidikan Kota Garut, Bidang 2"\n  jenis opd\n}\n');
    expect(checkSource(fixed, "a.lontar").diagnostics).toEqual([]);
  });

  it("is not read where a character between the words is not a token (`kontak: Bu`), which quoting would drop", () => {
    const { diagnostics } = checkSource("mitra disdik {\n  nama \"Dinas Pendidikan\"\n  jenis opd\n}\nprogram p {\n  judul Kelas: Menulis\n}\n", "a.lontar");
    expect(diagnostics.find((d) => d.location.range.start.line === 6 && d.code === "LON1106")).toBeUndefined();
  });

  it("is not certain where a property's keyword is among the words (the next property of a one-line body)", () => {
    const { diagnostics } = checkSource("mitra pkk { nama PKK Desa  jenis pkk }\n", "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1101"]);
    expect(diagnostics[0]?.message).toContain('expected a name in quotes like "Perpustakaan Desa Maju" after `nama`, found `PKK`');
    expect(certainFixes(diagnostics).size).toBe(0);
  });
});
