import { describe, expect, it } from "vitest";
import { formatSource, parseFile } from "@lontar/dsl";

// A walk of stop 41: `fmt` moved `impor "./b.lontar" // sumber daya`'s comment above the next line,
// and the horizon's above the next declaration, where each described the wrong thing.
describe("a comment after an import or the horizon, on its line", () => {
  it.each([
    ['impor "./b.lontar" // sumber daya\ncakrawala 2027-01-01..2027-12-31 // tahun anggaran 2027\n', 'impor "./b.lontar" // sumber daya\n\ncakrawala 2027-01-01..2027-12-31 // tahun anggaran 2027\n'],
    ['import "./a.lontar" // rooms\nimport "./b.lontar"\n// partners, on its own line\nimport "./c.lontar"\n', 'import "./a.lontar" // rooms\nimport "./b.lontar"\n// partners, on its own line\nimport "./c.lontar"\n'],
    ["cakrawala 2027-01-01..2027-12-31 // tahun\n/// Perpustakaan.\nmitra m {\n  jenis sekolah\n}\n", "cakrawala 2027-01-01..2027-12-31 // tahun\n\n/// Perpustakaan.\nmitra m {\n  jenis sekolah\n}\n"],
  ])("stays on its line: %j", (source, formatted) => {
    const once = formatSource(source, "a.lontar").text;
    expect(once).toBe(formatted);
    expect(formatSource(once, "a.lontar").text).toBe(once);
  });

  it("is the item's own, not the next one's, in the tree", () => {
    const [imported, horizon] = parseFile('impor "./b.lontar" // sumber daya\ncakrawala 2027-01-01..2027-12-31\n', "a.lontar").file.items;
    expect(imported).toMatchObject({ kind: "Import", trailingComment: "// sumber daya", leadingComments: [] });
    expect(horizon).toMatchObject({ kind: "Horizon", leadingComments: [] });
  });

  it("is never a `///`, which documents the next declaration (it was put above the import)", () => {
    const source = 'impor "./b.lontar" /// Ruang baca.\nruang a di kota {\n  kapasitas 10\n}\n';
    const [imported, room] = parseFile(source, "a.lontar").file.items;
    expect(imported).toMatchObject({ kind: "Import", leadingComments: [] });
    expect(imported).not.toHaveProperty("trailingComment");
    expect(room).toMatchObject({ kind: "Declaration", doc: ["Ruang baca."] });
    expect(formatSource(source, "a.lontar").text).toBe('impor "./b.lontar"\n\n/// Ruang baca.\nruang a di kota {\n  kapasitas 10\n}\n');
  });
});
