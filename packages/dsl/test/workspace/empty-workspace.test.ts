/**
 * LON2006: a workspace that declares nothing is said so by `lontar check` (a planner's CI: a
 * check of an emptied file, or of the wrong folder, printed nothing and passed).
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkspace } from "../../src/workspace/analyze.js";
import { emptyWorkspace } from "../../src/workspace/empty-workspace.js";
import { localizeDiagnostic } from "@lontar/core";

const empty = (files: Record<string, string>) => {
  const result = analyzeWorkspace({ root: "/ws", files: Object.entries(files).map(([path, text]) => ({ path, text })) });
  return emptyWorkspace(result.files, result.diagnostics);
};

describe("emptyWorkspace", () => {
  it("is one LON2006 warning at the start of the first file, whether the files are empty or hold comments and imports", () => {
    const d = empty({ "b.lontar": "", "a.lontar": "// still to write\n" });
    expect([d?.code, d?.severity, d?.location.file, d?.location.range.start.line]).toEqual(["LON2006", "warning", "b.lontar", 1]);
    expect(localizeDiagnostic(d!, "id").message).toBe("ruang kerja tidak mendeklarasikan apa pun (2 berkas tanpa perpustakaan, mitra, program atau kesepakatan): periksa apakah folder atau berkas yang diberikan sudah benar");
    expect(empty({ "main.lontar": 'impor "./lain.lontar"\n', "lain.lontar": "// nothing yet\n" })?.code).toBe("LON2006");
  });

  it("is none for a workspace with a declaration or a horizon, nor for one whose files have errors (they say why)", () => {
    expect(empty({ "a.lontar": "", "b.lontar": 'mitra pkk {\n  nama "PKK"\n  jenis pkk\n}\n' })).toBeUndefined();
    expect(empty({ "main.lontar": "cakrawala 2027-01-01..2027-12-31\n" })).toBeUndefined();
    expect(empty({ "a.lontar": "perpustakaan {\n" })).toBeUndefined();
    expect(empty({ "a.lontar": 'impor "./tidak-ada.lontar"\n' })).toBeUndefined();
  });
});
