import { findStage, localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { gateDiagnostics } from "../../src/diagnostics/gate-diagnostics.js";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2025-03-01", to: "2025-03-31" };
const schedules = [{ kind: "rrule", dtstart: "2025-03-03T09:00", rrule: "FREQ=WEEKLY;BYDAY=MO;COUNT=3", durationMinutes: 60 }];
const span = (line: number) => ({ file: "p.lontar", start: { line, column: 1, offset: line * 10 }, end: { line, column: 2, offset: line * 10 + 1 } });
const program = (id: string, line: number, extra: Record<string, unknown> = {}) => ({ id, title: id, library: "lib", category: "storytelling", schedules, source: span(line), ...extra });

const workspace = workspaceOf({
  libraries: [library("lib", { stage: "implementasi" })],
  programs: [program("terlalu_dini", 1, { gate: { minStage: "pendampingan" } }), program("sudah_boleh", 2, { gate: { minStage: "sosialisasi" } }), program("bebas", 3)],
});

describe("LON5104: a program its TPBIS stage keeps from running", () => {
  const plan = planWorkspace(workspace, { horizon, seed: 1 });

  it("warns once at each program whose every session is cancelled by its stage, naming both stages in each language", () => {
    const gated = new Set(plan.occurrences.filter((o) => o.status === "cancelled").map((o) => o.programId));
    const diagnostics = gateDiagnostics(workspace, plan);
    expect(diagnostics.map((d) => d.location.range.start.line)).toEqual(workspace.programs.filter((p) => gated.has(p.id)).map((p) => p.source?.start.line));
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of diagnostics) {
      const program = workspace.programs.find((p) => p.source?.start.line === diagnostic.location.range.start.line);
      const required = findStage(workspace.stageModel, program?.gate?.minStage ?? "");
      const current = findStage(workspace.stageModel, workspace.libraries[0]?.stage ?? "");
      const count = plan.occurrences.filter((o) => o.programId === program?.id).length;
      expect(diagnostic).toMatchObject({ code: "LON5104", severity: "warning" });
      for (const language of ["en", "id"] as const) {
        const message = localizeDiagnostic(diagnostic, language).message;
        expect(message).toContain(`\`${program?.id}\``);
        expect(message).toContain(required?.labels[language]);
        expect(message).toContain(current?.labels[language]);
        expect(message).toContain(String(count));
      }
    }
  });

  it("is among the plan's diagnostics, and says nothing when the library has reached the stage", () => {
    expect(planDiagnostics(workspace, plan, horizon).filter((d) => d.code === "LON5104")).toEqual(gateDiagnostics(workspace, plan));
    const reached = workspaceOf({ ...workspace, libraries: [library("lib", { stage: "pendampingan" })] });
    expect(gateDiagnostics(reached, planWorkspace(reached, { horizon, seed: 1 }))).toEqual([]);
  });

  it("still warns when some sessions fall on holidays and the stage cancels all the others", () => {
    // Weekly on Mondays in May 2025: 2025-05-12 (Waisak) and 2025-05-13 (its cuti bersama) are holidays in the bundled calendar; Monday 12 May is one.
    const may = { from: "2025-05-01", to: "2025-05-31" };
    const weekly = [{ kind: "rrule", dtstart: "2025-05-05T09:00", rrule: "FREQ=WEEKLY;BYDAY=MO;COUNT=4", durationMinutes: 60 }];
    const gatedOnly = workspaceOf({ ...workspace, programs: [program("terlalu_dini", 1, { gate: { minStage: "pendampingan" }, schedules: weekly })] });
    const mayPlan = planWorkspace(gatedOnly, { horizon: may, seed: 1 });
    const reasons = mayPlan.occurrences.map((o) => (o.reasons ?? []).map((r) => r.constraint).join("+"));
    expect(reasons.filter((r) => r.includes("stage-gate")).length).toBeGreaterThan(0);
    expect(reasons.filter((r) => !r.includes("stage-gate")).length).toBeGreaterThan(0);
    expect(mayPlan.occurrences.every((o) => o.status === "cancelled")).toBe(true);
    expect(gateDiagnostics(gatedOnly, mayPlan).map((d) => d.code)).toEqual(["LON5104"]);
  });
});
