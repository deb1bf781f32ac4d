import { describe, expect, it } from "vitest";
import { analyzeWorkspace, WorkspaceSession } from "../../src/index.js";

const LIBRARY = `library perpus_nagari {
  tier village
  region "Sumatera Barat" / "Kota Solok"
}
`;
const PROGRAM = `program kelas_menulis {
  category class
  schedule every week on mon at 08:30 for 2h
}
`;
const SPRING = { from: "2027-03-01", to: "2027-05-31" };

function analyze(text: string, defaultHorizon?: { from: string; to: string }) {
  return analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text }], readFile: () => undefined, ...(defaultHorizon === undefined ? {} : { defaultHorizon }) });
}

describe("the default horizon (a command's --from/--to) of a workspace that declares none", () => {
  it("gives a schedule without `from` its start: no LON4006, the rule starts at its first date", () => {
    expect(analyze(LIBRARY + PROGRAM).diagnostics.map((d) => d.code)).toEqual(["LON4006"]);
    const result = analyze(LIBRARY + PROGRAM, SPRING);
    expect(result.diagnostics).toEqual([]);
    const schedule = result.workspace?.programs[0]?.schedules;
    // 2027-03-01 is a Monday: the first instance.
    expect(JSON.stringify(schedule)).toContain("2027-03-01T08:30");
    expect(result.workspace?.horizon).toEqual(SPRING);
  });

  // Found in a user walk: `cakrawala Januari - Desember 2027` gave its syntax error and a false
  // LON4006 at every schedule without a start ("declare a horizon": one was declared).
  it("a horizon written but not read is its syntax error alone: no schedule misses a start for it", () => {
    for (const written of ["horizon January - December 2027", "cakrawala Januari - Desember 2027", "horizon 2027-01-01 2027-12-31", "horizon"]) {
      const codes = analyze(`${written}\n${LIBRARY}${PROGRAM}`).diagnostics.map((d) => d.code);
      expect(codes.length, written).toBeGreaterThan(0);
      expect(codes, written).not.toContain("LON4006");
      expect(codes.every((c) => c.startsWith("LON1")), written).toBe(true);
    }
    // Across edits too: the horizon broken, then mended.
    const session = new WorkspaceSession({ root: "/ws", readFile: () => undefined });
    session.open("main.lontar", `horizon January - December 2027\n${LIBRARY}${PROGRAM}`, 1);
    expect(session.analyzeNow().diagnostics.map((d) => d.code)).not.toContain("LON4006");
    session.change("main.lontar", 2, [{ text: `${LIBRARY}${PROGRAM}` }]);
    expect(session.analyzeNow().diagnostics.map((d) => d.code)).toEqual(["LON4006"]);
  });

  it("yields to a declared horizon", () => {
    const declared = analyze(`horizon 2026-01-01..2026-12-31\n${LIBRARY}${PROGRAM}`, SPRING);
    expect(declared.diagnostics).toEqual([]);
    expect(declared.workspace?.horizon).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(JSON.stringify(declared.workspace?.programs[0]?.schedules)).toContain("2026-01-05T08:30");
  });

  it("is the session's as well, across edits", () => {
    const session = new WorkspaceSession({ root: "/ws", readFile: () => undefined, defaultHorizon: SPRING });
    session.open("main.lontar", LIBRARY + PROGRAM, 1);
    expect(session.analyzeNow().diagnostics).toEqual([]);
    expect(session.change("main.lontar", 2, [{ text: LIBRARY + PROGRAM.replace("08:30", "09:00") }])).toBe(true);
    const after = session.analyzeNow();
    expect(after.diagnostics).toEqual([]);
    expect(JSON.stringify(after.workspace?.programs[0]?.schedules)).toContain("2027-03-01T09:00");
  });
});
