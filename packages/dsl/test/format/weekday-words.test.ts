import { describe, expect, it } from "vitest";
import { formatSource } from "@lontar/dsl";
import { parseFileWith } from "../../src/syntax/parse.js";
import { stripSyntaxDetails } from "../../src/syntax/ast-equality.js";

// The formatter wrote `setiap ahad` as `setiap minggu pada minggu` and `setiap hari kerja`
// as `setiap minggu pada hari kerja`: days as written, and right after `setiap` when they were.
const library = 'perpustakaan d { nama "D" jenjang desa wilayah "Jawa Timur" / "Kabupaten Ngawi" }\n';
const tail = "pukul 09:00 selama 2 jam mulai 2027-01-01 sampai 2027-03-01";
const program = (schedule: string): string => `${library}program p di d {\n  judul "P"\n  kategori mendongeng\n  jadwal ${schedule} ${tail}\n}\n`;

describe("days of the week as written", () => {
  it.each([
    ["setiap ahad", "setiap ahad"],
    ["setiap hari kerja", "setiap hari kerja"],
    ["setiap akhir pekan", "setiap akhir pekan"],
    ["setiap sen..jum", "setiap sen..jum"],
    ["setiap sabtu, minggu", "setiap sabtu, minggu"],
    ["setiap minggu pada minggu", "setiap minggu pada minggu"],
    ["setiap pekan pada ahad", "setiap pekan pada ahad"],
    ["setiap bulan pada sab terakhir", "setiap bulan pada sab terakhir"],
    ["setiap 2 pekan pada kamis", "setiap 2 pekan pada kamis"],
  ])("`%s` is written `%s`, and again the same", (written, formatted) => {
    const once = formatSource(program(written), "a.lontar");
    expect(once.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(once.text).toContain(`jadwal ${formatted} ${tail}`);
    expect(formatSource(once.text, "a.lontar").text).toBe(once.text);
    // The same tree whatever the words.
    expect(stripSyntaxDetails(parseFileWith(once.text, "a.lontar", "grammar").file)).toEqual(stripSyntaxDetails(parseFileWith(program(written), "a.lontar", "grammar").file));
  });

  it("never writes Sunday right after `setiap`, where `minggu` is a week", () => {
    // `every sun` in an Indonesian file: Sunday is `minggu` there, so the unit is written.
    const source = `${library}program p di d {\n  judul "P"\n  kategori mendongeng\n  jadwal setiap sun ${tail}\n}\n`;
    const { text } = formatSource(source, "a.lontar");
    expect(text).toContain("jadwal setiap sun");
    const sunday = `${library}program p di d { judul "P" kategori mendongeng jadwal setiap minggu ${tail} }\n`;
    // `setiap minggu` alone is every week: the trees differ, and the formatter keeps it.
    expect(formatSource(sunday, "a.lontar").text).toContain("jadwal setiap minggu pukul");
  });

  it("reads the words alike in the grammar and the fast reader", () => {
    for (const written of ["setiap ahad", "setiap hari kerja", "setiap sen..jum", "setiap bulan pada sab terakhir", "setiap week pada saturday"]) {
      const source = program(written);
      expect(JSON.stringify(parseFileWith(source, "a.lontar", "fast")), written).toBe(JSON.stringify(parseFileWith(source, "a.lontar", "grammar")));
    }
  });
});
