import { describe, expect, it } from "vitest";
import { Plan } from "../../src/plan/plan.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const ws = workspaceOf({
  libraries: [library("lib", { openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat"], time: { start: "08:00", end: "16:00" } }], closures: [{ kind: "range", range: { from: "2025-03-31", to: "2025-04-01" }, reason: "Cuti bersama Idul Fitri" }], openOnCollectiveLeave: true })],
  partners: [{ id: "sd1", name: "SD Negeri 1", kind: "school" }],
  resources: [
    { kind: "room", id: "aula", capacity: 40, library: "lib" },
    { kind: "staff", id: "ani", roles: ["pustakawan"], library: "lib" },
    { kind: "staff", id: "budi", roles: ["pustakawan"], library: "lib" },
    { kind: "budget", id: "apbdes", amount: 1_000_000, period: { from: "2025-01-01", to: "2025-12-31" } },
  ],
  programs: [
    {
      id: "dongeng",
      title: "Dongeng anak",
      library: "lib",
      category: "storytelling",
      expectedParticipants: 30,
      schedules: [{ kind: "rrule", dtstart: "2025-03-03T09:00", rrule: "FREQ=WEEKLY;BYDAY=MO", durationMinutes: 90 }],
      needs: [{ kind: "room" }, { kind: "staff", role: "pustakawan" }],
      costs: [{ amount: 50_000, per: "session", budget: "apbdes" }],
    },
    {
      id: "klub",
      title: "Klub baca",
      library: "lib",
      category: "book_discussion",
      schedules: [{ kind: "rrule", dtstart: "2025-03-03T09:30", rrule: "FREQ=WEEKLY;BYDAY=MO", durationMinutes: 60 }],
      needs: [{ kind: "staff", role: "pustakawan" }],
    },
  ],
  agreements: [{ id: "mou", library: "lib", partner: "sd1", validity: { from: "2025-01-01", to: "2025-12-31" }, obligations: [{ kind: "sessions", program: "dongeng", min: 4, per: "month" }] }],
  kpis: [{ id: "kpi", appliesTo: ["lib"], indicators: [{ id: "sesi", metric: "sessions", weight: 1, target: 4, per: "month" }] }],
});

describe("planWorkspace", () => {
  const horizon = { from: "2025-03-01", to: "2025-04-30" };

  it("expands, allocates, checks agreements, projects KPIs and sums budgets into a valid plan", () => {
    const plan = planWorkspace(ws, { horizon, seed: 3 });
    expect(Plan.safeParse(plan).success).toBe(true);
    const dongeng = plan.occurrences.filter((o) => o.programId === "dongeng");
    expect(dongeng.find((o) => o.start.startsWith("2025-03-31"))).toMatchObject({ status: "cancelled", reasons: [expect.objectContaining({ constraint: "closure" })] });
    const scheduled = dongeng.filter((o) => o.status === "scheduled");
    expect(scheduled).toHaveLength(8);
    for (const o of scheduled) expect(o.assignments.map((a) => a.kind).sort()).toEqual(["room", "staff"]);
    const klub = plan.occurrences.filter((o) => o.programId === "klub" && o.status === "scheduled");
    for (const k of klub) {
      const d = dongeng.find((o) => o.start.slice(0, 10) === k.start.slice(0, 10));
      expect(d?.assignments.find((a) => a.kind === "staff")?.resourceId).not.toBe(k.assignments[0]?.resourceId);
    }
    expect(plan.budget).toEqual([{ budgetId: "apbdes", amount: 1_000_000, planned: 400_000, remaining: 600_000 }]);
    expect(plan.agreements[0]?.findings.map((f) => [f.period.from, f.planned, f.ok])).toEqual([
      ["2025-03-01", 4, true],
      ["2025-04-01", 4, true],
    ]);
    expect(plan.kpis).toEqual([{ kpiId: "kpi", libraryId: "lib", projected: { sesi: 8 }, score: 100 }]);
    expect(plan.score.hard).toBe(0);
  });

  it("gives the same bytes for the same input and seed", () => {
    const a = JSON.stringify(planWorkspace(ws, { horizon, seed: 11 }));
    const b = JSON.stringify(planWorkspace(ws, { horizon, seed: 11 }));
    expect(b).toBe(a);
  });

  it("reports progress up to the step budget", () => {
    const seen: number[] = [];
    planWorkspace(ws, { horizon, seed: 1, maxSteps: 500, onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((x, i) => i === 0 || x >= (seen[i - 1] ?? 0))).toBe(true);
  });
});

describe("planWorkspace with flexible schedules", () => {
  it("places flexible sessions in free candidate slots on different days", () => {
    const flexible = workspaceOf({
      libraries: [library("lib")],
      resources: [{ kind: "room", id: "aula", capacity: 40, library: "lib" }],
      programs: [
        { id: "tetap", title: "Tetap", library: "lib", category: "storytelling", schedules: [{ kind: "rrule", dtstart: "2025-03-03T09:00", rrule: "FREQ=DAILY;COUNT=5", durationMinutes: 120 }], needs: [{ kind: "room" }] },
        {
          id: "lentur",
          title: "Lentur",
          library: "lib",
          category: "book_discussion",
          schedules: [{ kind: "flexible", count: 2, per: "week", durationMinutes: 60, windows: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "09:00", end: "12:00" } }], within: { from: "2025-03-03", to: "2025-03-09" } }],
          needs: [{ kind: "room" }],
        },
      ],
    });
    const plan = planWorkspace(flexible, { horizon: { from: "2025-03-03", to: "2025-03-09" }, seed: 2 });
    const lentur = plan.occurrences.filter((o) => o.programId === "lentur");
    expect(lentur).toHaveLength(2);
    for (const o of lentur) {
      expect(o.status).toBe("scheduled");
      expect(o.start.slice(11, 16) >= "11:00").toBe(true);
    }
    expect(new Set(lentur.map((o) => o.start.slice(0, 10))).size).toBe(2);
    expect(plan.score.hard).toBe(0);
  });
});
