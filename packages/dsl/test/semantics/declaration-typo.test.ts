/**
 * A declaration's own name misspelt, used rightly everywhere (a walk of stop 41: `perpustakaan
 * perpusds_sardonoharjo`, five uses of `perpusdes_sardonoharjo`): each use's LON2002 offers the
 * declared name, and also renaming the declaration, whose edit is at the declaration (in its
 * own file): following the first offer at every use would spread the typo. Not where another
 * use writes the declared name (an editor walk, stop 50): there the use is the misspelt one.
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkspace, applyEdits, localizeDiagnostic, WorkspaceSession } from "@lontar/dsl";

const LIBRARY = 'perpustakaan perpusds_sardonoharjo {\n  jenjang desa\n  wilayah "DI Yogyakarta" / "Kabupaten Sleman"\n}\n';
const PROGRAMS = ["baca_pkk", "dongeng"].map((p) => `program ${p} di perpusdes_sardonoharjo {\n  kategori mendongeng\n  jadwal sekali 2027-03-02 pukul 09:00 selama 1 jam\n}\n`).join("") + "cakrawala 2027-01-01..2027-12-31\n";
const analyze = (library: string, programs: string) => analyzeWorkspace({ root: "/ws", files: [{ path: "perpustakaan.lontar", text: library }, { path: "program.lontar", text: programs }], readFile: () => undefined }).diagnostics;

describe("a declaration whose name is the misspelt one", () => {
  it("each use offers the declared name and renaming the declaration, neither applied; the rename alone makes the workspace clean", () => {
    const found = analyze(LIBRARY, PROGRAMS);
    expect(found.map((d) => d.code)).toEqual(["LON2002", "LON2002"]);
    const [first] = found;
    expect(localizeDiagnostic(first!, "id").suggestions.map((s) => [s.message, s.edits.map((e) => `${e.location.file}:${e.location.range.start.line}:${e.text}`), s.preferred === true])).toEqual([
      ["ada perpustakaan bernama `perpusds_sardonoharjo`", ["program.lontar:1:perpusds_sardonoharjo"], false],
      ["atau, bila `perpusds_sardonoharjo` yang salah ketik, ganti namanya menjadi `perpusdes_sardonoharjo` di tempat deklarasinya", ["perpustakaan.lontar:1:perpusdes_sardonoharjo"], false],
    ]);
    const rename = first?.suggestions[1]?.edits ?? [];
    expect(analyze(applyEdits(LIBRARY, rename), PROGRAMS)).toEqual([]);
  });

  it("is not offered for a use cut short (`aul` for `aula`) or a name of a series (`sd_2` beside `sd_1`)", () => {
    const short = analyze(LIBRARY, PROGRAMS.replaceAll("perpusdes_sardonoharjo", "perpusds_sardonoharj"));
    expect(short[0]?.suggestions).toHaveLength(1);
    const series = analyze(LIBRARY.replace("perpusds_sardonoharjo", "perpus_1"), PROGRAMS.replaceAll("perpusdes_sardonoharjo", "perpus_2"));
    expect(series[0]?.suggestions).toHaveLength(1);
  });

  it("is not offered where another use writes the declared name, in the whole analysis and in a session's file", async () => {
    const mixed = PROGRAMS.replace("perpusdes_sardonoharjo", "perpusds_sardonoharjo");
    const found = analyze(LIBRARY, mixed);
    expect(found.map((d) => d.code)).toEqual(["LON2002"]);
    expect(found[0]?.suggestions.map((s) => s.text?.key)).toEqual(["LON2002.namedExists"]);
    const session = new WorkspaceSession({ root: "/ws", readFile: () => undefined });
    session.open("/ws/perpustakaan.lontar", LIBRARY, 1);
    session.open("/ws/program.lontar", mixed, 1);
    const fileDiagnostics = await session.diagnostics("/ws/program.lontar");
    expect(fileDiagnostics.map((d) => d.suggestions.map((s) => s.text?.key))).toEqual([["LON2002.namedExists"]]);
  });
});
