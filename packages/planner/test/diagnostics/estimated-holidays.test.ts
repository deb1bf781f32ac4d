import { LAST_DECREED_YEAR, localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const span = (line: number) => ({ file: "a.lontar", start: { line, column: 1, offset: line * 10 }, end: { line: line + 3, column: 2, offset: line * 10 + 40 } });
const program = (id: string, line: number) => ({
  id, title: id, library: "lib", category: "storytelling", source: span(line),
  schedules: [{ kind: "rrule", dtstart: `${LAST_DECREED_YEAR}-01-03T09:00`, rrule: "FREQ=WEEKLY;BYDAY=SA", durationMinutes: 60 }],
});

// `lontar check` on next year's agreements said nothing about holidays that are estimates.
describe("LON4013: the holidays a plan met are estimates", () => {
  const workspace = workspaceOf({ libraries: [library("lib")], programs: [program("a", 1), program("b", 10)] });

  it("is one note for the workspace, at the first program's first character when its library has no source, naming the years without a decree", () => {
    const horizon = { from: `${LAST_DECREED_YEAR}-07-01`, to: `${LAST_DECREED_YEAR + 2}-06-30` };
    const notes = planDiagnostics(workspace, planWorkspace(workspace, { horizon, seed: 1 }), horizon).filter((d) => d.code === "LON4013");
    expect(notes).toHaveLength(1);
    const [note] = notes;
    if (note === undefined) throw new Error("no note");
    expect(note.severity).toBe("info");
    expect(note.location.range).toEqual({ start: span(1).start, end: span(1).start });
    const years = `${LAST_DECREED_YEAR + 1}, ${LAST_DECREED_YEAR + 2}`;
    expect(note.message).toContain(`the holidays of ${years} are estimates`);
    expect(localizeDiagnostic(note, "id").message).toContain(`hari libur ${years} masih perkiraan`);
  });

  // Found by a user walk: the note sat on a storytelling program, as if that program were at fault.
  it("is at the library's first character when the library has a source: its closures are where the decreed days go", () => {
    const declared = workspaceOf({ libraries: [library("lib", { source: span(40) })], programs: [program("a", 1), program("b", 10)] });
    const horizon = { from: `${LAST_DECREED_YEAR + 1}-01-01`, to: `${LAST_DECREED_YEAR + 1}-12-31` };
    const notes = planDiagnostics(declared, planWorkspace(declared, { horizon, seed: 1 }), horizon).filter((d) => d.code === "LON4013");
    expect(notes.map((d) => d.location.range)).toEqual([{ start: span(40).start, end: span(40).start }]);
  });

  it("is not given for a year with a decree", () => {
    const horizon = { from: `${LAST_DECREED_YEAR}-01-01`, to: `${LAST_DECREED_YEAR}-12-31` };
    expect(planDiagnostics(workspace, planWorkspace(workspace, { horizon, seed: 1 }), horizon).filter((d) => d.code === "LON4013")).toEqual([]);
  });
});
