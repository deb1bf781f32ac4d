/**
 * One missing import is one error: while an import is not read, the names it may declare
 * are not reported undefined (LON2002) at each use; once it is read, a name still
 * undefined is. The same in a whole analysis and in a session's per-document diagnostics.
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkspace, WorkspaceSession } from "@lontar/dsl";

const MAIN = `impor "./mitra.lontar"
perpustakaan p {
  jenjang kota
  wilayah "Jawa Barat" / "Kota Bandung"
}
program x {
  kategori kelas
  jadwal sekali 2026-03-02 pukul 09:00 selama 2 jam
  mitra disdik, dinsos
}
`;
const MITRA = `mitra disdik {\n  jenis opd\n}\n`;

const codes = (files: Record<string, string>): string[] =>
  analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text: MAIN }], readFile: (p) => files[p] }).diagnostics.map((d) => `${d.code} ${d.message}`);

// Found by a walk: `impor "mitra"` beside mitra.lontar gave LON2102, and LON2002 at every name of mitra.lontar used.
describe("names while an import is not read", () => {
  it("reports the missing import alone, not each name it may declare", () => {
    expect(codes({})).toEqual(["LON2102 cannot find `./mitra.lontar` (looked for mitra.lontar); create the file, correct the path, or remove the import"]);
  });

  it("reports a name still undefined once the import is read", () => {
    const found = codes({ "/ws/mitra.lontar": MITRA });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^LON2002 `dinsos` is not declared/);
  });

  it("gives a session's document the same", () => {
    const session = new WorkspaceSession({ root: "/ws", readFile: () => undefined });
    session.open("main.lontar", MAIN, 1);
    expect(session.fastDiagnostics("main.lontar").map((d) => d.code)).toEqual(["LON2102"]);
  });
});
