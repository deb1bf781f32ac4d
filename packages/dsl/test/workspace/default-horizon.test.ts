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
