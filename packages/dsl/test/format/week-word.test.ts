import { describe, expect, it } from "vitest";
import { formatSource } from "@lontar/dsl";
import { parseFileWith } from "../../src/syntax/parse.js";
import { stripSyntaxDetails } from "../../src/syntax/ast-equality.js";

// Bahasa Indonesia has two words for a week: `minggu` (also Sunday) and `pekan`. The
// formatter wrote every Indonesian week as `minggu`, changing the word a planner chose.
const library = 'perpustakaan d { nama "D" jenjang desa wilayah "Jawa Timur" / "Kabupaten Ngawi" }\n';
const places: readonly (readonly [string, string])[] = [
  ["a recurrence", 'program p di d { judul "P" kategori mendongeng jadwal setiap WEEK pada selasa pukul 09:00 selama 2 jam }\n'],
  ["a recurrence with an interval", 'program p di d { judul "P" kategori mendongeng jadwal setiap 2 WEEK pada selasa pukul 09:00 selama 2 jam }\n'],
  ["a flexible schedule", 'program p di d { judul "P" kategori mendongeng jadwal 2 kali per WEEK pada senin..jumat antara 08:00-12:00 selama 1 jam }\n'],
  ["a budget's cap", "anggaran a di d { jumlah Rp 1.000.000 periode 2027 batas Rp 100.000 per WEEK }\n"],
  ["a person's hours", "staf s di d { maks 20 jam per WEEK }\n"],
  ["an agreement's provision and session bound", "kesepakatan k { antara d dan m berlaku 2027-01-01..2027-12-31 perpustakaan menyediakan koleksi paket 4 setiap WEEK minimal 2 sesi p per WEEK }\n"],
  ["an indicator", "kpi i { indikator kunjungan bobot 25 target 300 per WEEK }\n"],
];

describe("the week as written (`pekan` or `minggu`)", () => {
  for (const [where, template] of places) {
    for (const word of ["pekan", "minggu"]) {
      it(`keeps \`${word}\` in ${where}`, () => {
        const source = library + template.replaceAll("WEEK", word);
        const { text, diagnostics } = formatSource(source, "a.lontar");
        expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        const other = word === "pekan" ? "minggu" : "pekan";
        expect(text).toContain(` ${word}`);
        // `minggu` is also Sunday, which none of these sources names.
        expect(text).not.toMatch(new RegExp(`\\b${other}\\b`));
        expect(formatSource(text, "a.lontar").text).toBe(text);
      });
    }

    it(`reads \`pekan\` in ${where} alike in the grammar and the fast reader, and as \`minggu\` otherwise`, () => {
      const pekan = library + template.replaceAll("WEEK", "pekan");
      const grammar = parseFileWith(pekan, "a.lontar", "grammar");
      expect(JSON.stringify(parseFileWith(pekan, "a.lontar", "fast"))).toBe(JSON.stringify(grammar));
      expect(JSON.stringify(grammar)).toContain('"weekWord":"pekan"');
      const minggu = parseFileWith(library + template.replaceAll("WEEK", "minggu"), "a.lontar", "grammar");
      expect(stripSyntaxDetails(grammar)).toEqual(stripSyntaxDetails(minggu));
    });
  }
});

// `tutup pada hari libur dan cuti bersama` was written `tutup pada libur nasional`, which
// reads as if cuti bersama were not meant (the holidays include it either way).
describe("the words of public holidays in `closed on …`", () => {
  const lib = (closed: string): string => `perpustakaan d {\n  nama "D"\n  jenjang desa\n  wilayah "Jawa Timur" / "Kabupaten Ngawi"\n  ${closed}\n}\n`;
  it.each([
    "tutup pada hari libur dan cuti bersama",
    "tutup pada libur nasional dan cuti bersama",
    "tutup pada hari libur",
    "tutup pada libur nasional",
    "closed on holidays and collective leave",
    "closed on public holidays",
  ])("keeps `%s`, alike in both readers, the same tree as the canonical words", (closed) => {
    const source = lib(closed);
    const once = formatSource(source, "a.lontar").text;
    expect(once).toBe(source);
    expect(JSON.stringify(parseFileWith(source, "a.lontar", "fast"))).toBe(JSON.stringify(parseFileWith(source, "a.lontar", "grammar")));
    const canonical = lib(closed.startsWith("tutup") ? "tutup pada libur nasional" : "closed on public holidays");
    expect(stripSyntaxDetails(parseFileWith(source, "a.lontar", "grammar").file)).toEqual(stripSyntaxDetails(parseFileWith(canonical, "a.lontar", "grammar").file));
  });

  it("writes the other language's canonical words when the file is written in it", () => {
    expect(formatSource(lib("tutup pada hari libur dan cuti bersama"), "a.lontar", { lang: "en" }).text).toContain("closed on public holidays\n");
  });
});
