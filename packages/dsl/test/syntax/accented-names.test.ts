/**
 * A name with a letter outside a-z (`bu_maría`): names are ASCII (the core's identifier, and
 * they become ICS UIDs, file names and plan.json keys), so LON1001 says how a name is
 * written and offers its ASCII spelling as the certain fix, with nothing after it about the
 * rest of the name (no `did you mean` a keyword for the `a` after the `í`).
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkspace, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";

const LIBRARY = 'perpustakaan lib {\n  jenjang kota\n  wilayah "Sumatera Barat" / "Kota Solok"\n}\n';
const applied = (source: string, diagnostics: readonly Diagnostic[]): string => {
  const edits = diagnostics.flatMap((d) => d.suggestions.filter((s) => s.preferred === true).flatMap((s) => s.edits));
  return [...edits].sort((a, b) => b.location.range.start.offset - a.location.range.start.offset).reduce((t, e) => t.slice(0, e.location.range.start.offset) + e.text + t.slice(e.location.range.end.offset), source);
};
const check = (text: string): readonly Diagnostic[] => analyzeWorkspace({ root: "/ws", files: [{ path: "/ws/a.lontar", text }] }).diagnostics;

describe("a name with an accented letter", () => {
  it.each([
    ["staf bu_maría di lib {\n  peran pustakawan\n}\n", "bu_maría", "bu_maria"],
    ["staf bu_maría {\n  peran pustakawan\n}\n", "bu_maría", "bu_maria"],
    ["staff bu_maría at lib {\n  role librarian\n}\n", "bu_maría", "bu_maria"],
    ["staf josé_maría di lib {\n  peran pustakawan\n}\n", "josé_maría", "jose_maria"],
    ["staf pak_öz di lib {\n  peran pustakawan\n}\n", "pak_öz", "pak_oz"],
    // A walk (stop 54): NTT's place names hold apostrophes (Oe'Ekam, Ba'a); one error and no fix became two errors.
    ["ruang desa_oe'ekam di lib {\n  kapasitas 20\n}\n", "desa_oe'ekam", "desa_oeekam"],
    ["ruang desa_ba\u2019a di lib {\n  kapasitas 20\n}\n", "desa_ba\u2019a", "desa_baa"],
    ["ruang desa_oé'ekam di lib {\n  kapasitas 20\n}\n", "desa_oé'ekam", "desa_oeekam"],
  ])("%j: one LON1001 saying names use a-z, 0-9 and `_`, the ASCII spelling its certain fix", (staff, name, ascii) => {
    const source = `${LIBRARY}${staff}`;
    const diagnostics = check(source);
    expect(diagnostics.map((d) => d.code)).toEqual(["LON1001"]);
    const [only] = diagnostics;
    if (only === undefined) throw new Error("no diagnostic");
    expect(only.message).toBe(`\`${name}\`: a name is written with the letters a-z, the digits 0-9 and \`_\` only: write \`${ascii}\``);
    expect(localizeDiagnostic(only, "id").message).toBe(`\`${name}\`: nama hanya ditulis dengan huruf a-z, angka 0-9 dan \`_\`: tulis \`${ascii}\``);
    expect(only.message).not.toMatch(/did you mean/);
    const at = source.indexOf(name);
    expect([only.location.range.start.offset, only.location.range.end.offset]).toEqual([at, at + name.length]);
    const fixed = applied(source, diagnostics);
    expect(fixed).toBe(source.replace(name, ascii));
    expect(check(fixed)).toEqual([]);
  });

  it("a letter with no a-z spelling is told how names are written, with no fix and no keyword suggestion", () => {
    const diagnostics = check(`${LIBRARY}staf bu_Ωmega di lib {\n  peran pustakawan\n}\n`);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([["LON1001", "`bu_Ωmega`: a name is written with the letters a-z, the digits 0-9 and `_` only"]]);
    expect(diagnostics[0]?.suggestions).toEqual([]);
  });

  it("a use of such a name is the one LON1001, not also an undeclared part of it (a review of stop 58)", () => {
    // `mitra bumdes_ñoñó` was also "`bumdes_` is not declared", offered declared as `bumdes_`.
    const program = (partner: string) => `${LIBRARY}program x di lib {\n  kategori kelas\n  mitra ${partner}\n  jadwal sekali 2027-03-01 pukul 09:00 selama 1 jam\n}\n`;
    expect(check(program("bumdes_ñoñó")).map((d) => d.code)).toEqual(["LON1001"]);
    expect(check(program("bumdes_Ωmega")).map((d) => d.code)).toEqual(["LON1001"]);
    // Its fix's name is checked once written: undeclared there, with its declaration offered.
    const fixed = check(program("bumdes_nono"));
    expect(fixed.map((d) => d.code)).toEqual(["LON2002"]);
    expect(fixed[0]?.suggestions[0]?.message).toContain("bumdes_nono {");
  });

  it("other unexpected characters keep their message", () => {
    expect(check(`${LIBRARY}staf bu_maria @ di lib {\n  peran pustakawan\n}\n`).map((d) => d.message)[0]).toBe("unexpected character `@`");
    // An apostrophe after a name, not inside one, is no part of it.
    expect(check(`${LIBRARY}staf bu_maria' di lib {\n  peran pustakawan\n}\n`).map((d) => d.message)[0]).toBe("unexpected character `'`");
  });
});
