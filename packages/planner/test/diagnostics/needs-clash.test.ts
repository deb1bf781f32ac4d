import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { unassignedDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2025-01-01", to: "2025-03-31" };
const span = { file: "a.lontar", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };

// LON5103 in Bahasa Indonesia said "its needs cannot all be met at once then", the planner's English.
describe("needs free alone but not together", () => {
  it("are told in the reader's language, in the outputs' words", () => {
    const workspace = workspaceOf({
      libraries: [library("lib")],
      resources: [{ kind: "staff", id: "budi", library: "lib", roles: ["pustakawan"], skills: [] }],
      programs: [{ id: "p", title: "D", library: "lib", category: "storytelling", source: span, needs: [{ kind: "staff", quantity: 1, features: [] }], schedules: [{ kind: "rrule", dtstart: "2025-01-06T09:00", rrule: "FREQ=WEEKLY;BYDAY=MO;COUNT=1", durationMinutes: 60 }] }],
    });
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    // The allocator's reason when every need could be met alone, not all at once (allocate/explain.ts).
    const clash = plan.occurrences.map((o) => ({ ...o, status: "unassigned" as const, assignments: [], reasons: [{ constraint: "unassigned", level: "medium" as const, occurrenceId: o.id, message: `${o.id}: its needs cannot all be met at once then` }] }));
    const [d] = unassignedDiagnostics(workspace, { ...plan, occurrences: clash });
    if (d === undefined) throw new Error("no LON5103");
    expect(localizeDiagnostic(d, "id").message).toBe("`p` tidak dapat berlangsung pada 2025-01-06 pukul 09:00: tiap kebutuhannya dapat dipenuhi sendiri-sendiri, tetapi tidak semuanya sekaligus saat itu");
    expect(d.message).toBe("`p` cannot take place on 2025-01-06 at 09:00: each of its needs can be met on its own, but not all of them at the same time then");
  });
});
