import { describe, expect, it } from "vitest";
import { sheetNames } from "../../src/export/xlsx/sheet-name.js";

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
});
