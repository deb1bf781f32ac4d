import { describe, expect, it } from "vitest";
import { allocate } from "../../src/allocate/allocate.js";
import type { Plan } from "../../src/plan/plan.js";
import { library, occurrenceAt, workspaceOf } from "./helpers.js";

const ws = workspaceOf({
  libraries: [library("lib", { stage: "implementasi" })],
  resources: [
    { kind: "room", id: "aula", capacity: 30, library: "lib" },
    { kind: "budget", id: "dana", amount: 1_000_000, period: { from: "2025-01-01", to: "2025-12-31" } },
  ],
  programs: [
    { id: "p", title: "P", library: "lib", category: "storytelling", needs: [{ kind: "room" }], costs: [{ amount: 400_000, per: "program", budget: "dana" }, { amount: 100_000, per: "session", budget: "dana" }] },
    { id: "q", title: "Q", library: "lib", category: "storytelling", gate: { condition: { kind: "compare", op: ">=", left: { kind: "fact", name: "library.stage" }, right: { kind: "literal", value: "pendampingan" } } } },
  ],
});

const planOf = (occurrences: Plan["occurrences"]): Plan => ({ version: 1, horizon: { from: "2025-03-01", to: "2025-03-31" }, occurrences, violations: [], agreements: [], kpis: [], budget: [], score: { hard: 0, medium: 0, soft: 0 } });

describe("allocate: pinning, gates, per-program costs and time budgets", () => {
  it("keeps pinned assignments even when they collide, and reports the double booking", () => {
    const occurrences = [occurrenceAt("p", "lib", "2025-03-03T09:00", 60), occurrenceAt("p", "lib", "2025-03-03T09:30", 60)];
    const previous = planOf(
      occurrences.map((o) => ({ id: o.id, programId: "p", libraryId: "lib", start: o.start, end: o.end, status: "scheduled", assignments: [{ resourceId: "aula", kind: "room" }] })),
    );
    const result = allocate(ws, occurrences, { seed: 1, previous, pinned: occurrences.map((o) => o.id) });
    expect(result.occurrences.map((o) => o.assignments)).toEqual([[{ resourceId: "aula", kind: "room" }], [{ resourceId: "aula", kind: "room" }]]);
    expect(result.violations).toEqual([expect.objectContaining({ constraint: "no-double-booking", level: "hard", resourceId: "aula" })]);
    expect(result.score.hard).toBe(1);
  });

  it("cancels a program whose gate condition fails at its library", () => {
    const result = allocate(ws, [occurrenceAt("q", "lib", "2025-03-03T09:00", 60)], { seed: 1 });
    expect(result.occurrences[0]).toMatchObject({ status: "cancelled", reasons: [expect.objectContaining({ constraint: "stage-gate" })] });
  });

  it("charges a per-program cost once, at the first session", () => {
    const dates = ["2025-03-03", "2025-03-10", "2025-03-17", "2025-03-24", "2025-03-31", "2025-04-07", "2025-04-14"];
    const result = allocate(ws, dates.map((d) => occurrenceAt("p", "lib", `${d}T09:00`, 60)), { seed: 1 });
    // 400,000 once + 100,000 per session: six sessions use exactly the 1,000,000; the seventh would not fit.
    expect(result.occurrences.map((o) => o.status)).toEqual(["scheduled", "scheduled", "scheduled", "scheduled", "scheduled", "scheduled", "unassigned"]);
    expect(result.occurrences[6]?.reasons?.[0]).toMatchObject({ constraint: "budget-cap" });
  });

  it("stops the search at the time limit, read from the clock it is given", () => {
    let tick = 0;
    const now = (): number => (tick += 1000);
    const result = allocate(ws, [occurrenceAt("p", "lib", "2025-03-03T09:00", 60)], { seed: 1, maxSteps: 100_000, timeLimitMs: 1500, now });
    expect(result.stats.steps).toBeLessThan(100_000);
    expect(result.occurrences[0]?.status).toBe("scheduled");
  });
});
