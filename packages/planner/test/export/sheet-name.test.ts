import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sheetNames } from "../../src/export/xlsx/sheet-name.js";
import { wellFormed } from "../../src/export/text.js";

describe("a workbook's sheet names", () => {
  // Found by a user walk: the library's tab read "Dinas Perpustakaan dan Kearsipa", cut mid-word as if whole,
  // and a province's regency libraries "Perpustakaan Umum Kabupaten Alo", "… Kabupaten Kup".
  it("shorten a name past 31 characters to its first word, an ellipsis and its last words", () => {
    const name = sheetNames();
    expect(name("Dinas Perpustakaan dan Kearsipan Kabupaten Maluku Tengah")).toBe("Dinas … Kabupaten Maluku Tengah");
    expect(name("Perpustakaan Umum Kabupaten Alor")).toBe("Perpustakaan … Kabupaten Alor");
    expect(name("Perpustakaan Umum Kabupaten Sumba Barat Daya")).toBe("Perpustakaan … Sumba Barat Daya");
    expect(name("Maria Pattinasarany")).toBe("Maria Pattinasarany");
    expect(name("Dinas Perpustakaan dan Kearsipan Kabupaten Maluku Tengah")).toBe("Dinas … Maluku Tengah (2)");
  });

  it("tell two names alike at both ends apart by more of their first words", () => {
    const name = sheetNames();
    expect(name("Perpustakaan Umum Kabupaten Kupang")).toBe("Perpustakaan … Kabupaten Kupang");
    expect(name("Perpustakaan Desa (contoh) Kabupaten Kupang")).toBe("Perpustakaan Desa … Kupang");
  });

  it("cut a name with no room for its words with an ellipsis, not as if whole", () => {
    expect(sheetNames()("Perpustakaandankearsipandaerahprovinsi Maluku")).toBe("Perpustakaandankearsipandaerah…");
  });

  it("keep every name within 31 characters and unique", () => {
    const name = sheetNames();
    const names = Array.from({ length: 12 }, () => name("Perpustakaan Umum Daerah Kabupaten Timor Tengah Utara"));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(12);
    for (const n of names) expect([...n].length).toBeLessThanOrEqual(31);
  });

  // Found by the outputs walk: a school library named "Perpustakaan SD Inpres Nita — Pojok Baca 📚📚📚" kept a
  // 31-character tab name, but Excel (like ExcelJS and Apache POI) counts UTF-16 units, where an emoji is two:
  // over the limit, and Excel opens the file only after "repairing" it.
  it("count a name's length as Excel does, in UTF-16 units (an emoji is two), and never split a character", () => {
    const name = sheetNames();
    const school = name("Perpustakaan SD Inpres Nita 📚📚📚");
    expect([...school].length).toBeLessThanOrEqual(31);
    expect(school.length).toBeLessThanOrEqual(31);
    expect(school).toBe("Perpustakaan … Nita 📚📚📚");
    expect(name("📚".repeat(40))).toBe(`${"📚".repeat(15)}…`);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }), (words) => {
        const next = sheetNames();
        for (let k = 0; k < 3; k++) {
          const sheet = next(words.join(" "));
          expect(sheet.length).toBeLessThanOrEqual(31);
          expect(wellFormed(sheet)).toBe(sheet);
        }
      }),
      { numRuns: 300, seed: 31 },
    );
  });
});
