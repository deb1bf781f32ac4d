/**
 * A need that no resource of the workspace meets while an import was not read (a walk of
 * stop 57: `lontar check workspace.lontar` with the resources' import misspelt gave six "no
 * staff with role" errors before the one at the import): only the import's error is said,
 * for the file not read may declare them. With every import read, the needs are checked.
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkspace } from "@lontar/dsl";

const MAIN = (imported: string) =>
  `impor "${imported}"\nperpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah" / "Kabupaten Klaten"\n}\nprogram dongeng di p {\n  kategori mendongeng\n  jadwal sekali 2027-02-02 pukul 09:00 selama 1 jam\n  butuh 2 staf dengan peran pustakawan, ruang dengan kapasitas >= 30\n}\n`;
const RESOURCES = "staf ani di p {\n  peran pustakawan\n}\nstaf budi di p {\n  peran pustakawan\n}\nruang aula di p {\n  kapasitas 40\n}\n";
const analyze = (imported: string, resources = RESOURCES) => {
  const files = new Map([["sumberdaya.lontar", resources]]);
  return analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text: MAIN(imported) }], readFile: (path) => files.get(path.replace(/^\/ws\//, "")) });
};

describe("needs while an import was not read", () => {
  it("are not said to be unmet: the import's error alone", () => {
    expect(analyze("./sumber-daya.lontar").diagnostics.map((d) => d.code)).toEqual(["LON2102"]);
  });

  it("are met with the import read, and unmet ones are said when every import is read", () => {
    expect(analyze("./sumberdaya.lontar").diagnostics).toEqual([]);
    expect(analyze("./sumberdaya.lontar", RESOURCES.replaceAll("pustakawan", "sopir")).diagnostics.map((d) => d.code)).toEqual(["LON3202"]);
  });
});
