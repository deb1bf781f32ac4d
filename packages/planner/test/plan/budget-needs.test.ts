import { describe, expect, it } from "vitest";
import { unassignedFindings } from "../../src/diagnostics/unassigned-findings.js";
import { unplacedCauses } from "../../src/export/html/unplaced-causes.js";
import { exportCsv } from "../../src/export/csv/export-csv.js";
import type { Plan } from "../../src/plan/plan.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

// A village library's first half of 2026: 26 Saturdays, one of them (2026-03-21, Idul Fitri)
// a holiday, so 25 sessions of `rutin` at Rp 100,000; and a three-day `festival` in June,
// Rp 1,000,000 once for the program. Together they need Rp 3,500,000 of `dana`.
const horizon = { from: "2026-01-01", to: "2026-06-30" };
const rutin = {
  id: "rutin",
  title: "Rutin",
  library: "p",
  category: "storytelling",
  schedules: [{ kind: "rrule", dtstart: "2026-01-03T09:00", rrule: "FREQ=WEEKLY;BYDAY=SA", durationMinutes: 60 }],
  costs: [{ amount: 100_000, per: "session", budget: "dana" }],
};
const festival = {
  id: "festival",
  title: "Festival",
  library: "p",
  category: "festival",
  schedules: [{ kind: "rrule", dtstart: "2026-06-10T13:00", rrule: "FREQ=DAILY;COUNT=3", durationMinutes: 120 }],
  costs: [{ amount: 1_000_000, per: "program", budget: "dana" }],
};
const planWith = (dana: Record<string, unknown>): { plan: Plan; workspace: ReturnType<typeof workspaceOf> } => {
  const workspace = workspaceOf({
    libraries: [library("p")],
    resources: [{ kind: "budget", id: "dana", amount: 1_500_000, period: { from: "2026-01-01", to: "2026-12-31" }, library: "p", ...dana }],
    programs: [rutin, festival],
  });
  return { plan: planWorkspace(workspace, { horizon, seed: 1 }), workspace };
};
const suggestions = (plan: Plan, workspace: ReturnType<typeof workspaceOf>) => unassignedFindings(workspace, plan).map((f) => [f.programId, f.count, f.suggestion]);
const unplaced = (plan: Plan) => plan.occurrences.filter((o) => o.status === "unassigned").length;

describe("the budget a finding asks for is what every session charged to it needs", () => {
  it("names one figure in every finding on the budget: the scheduled and the refused sessions, a per-program cost once", () => {
    const { plan, workspace } = planWith({});
    expect(plan.budget).toEqual([{ budgetId: "dana", amount: 1_500_000, planned: 1_500_000, remaining: 0 }]);
    // 15 sessions of rutin are paid; 10 more and the festival's 3 days are refused. The
    // refusals' own totals differ (Rp 1,600,000 and Rp 2,500,000): the fix is their sum.
    expect(suggestions(plan, workspace)).toEqual([
      ["rutin", 10, "raise budget dana to at least Rp 3,500,000"],
      ["festival", 3, "raise budget dana to at least Rp 3,500,000"],
    ]);
    // The festival's finding names where the money went: rutin's sessions (for rutin's own, that is itself).
    expect(unassignedFindings(workspace, plan).map((f) => f.reason)).toEqual(["budget dana (Rp 1,500,000) would reach Rp 1,600,000", "budget dana (Rp 1,500,000) would reach Rp 2,500,000; `rutin` draws the most from it, Rp 1,500,000"]);
    // The report and the spreadsheets name the same fix.
    const causes = unplacedCauses(plan, workspace, "id");
    expect(causes.flatMap((c) => c.programs.map((p) => p.fix))).toEqual(["Naikkan pagu Dana menjadi paling sedikit Rp 3.500.000.", "Naikkan pagu Dana menjadi paling sedikit Rp 3.500.000."]);
    const csv = exportCsv(plan, workspace, { language: "id" });
    expect(new Set(csv.match(/Naikkan pagu Dana menjadi paling sedikit Rp [\d.]*\d\./g))).toEqual(new Set(["Naikkan pagu Dana menjadi paling sedikit Rp 3.500.000."]));
  });

  it("is told at the cost that draws from the budget, else at the program", () => {
    const span = (line: number) => ({ file: "p.lontar", start: { line, column: 3, offset: line * 10 }, end: { line, column: 30, offset: line * 10 + 27 } });
    const workspace = workspaceOf({
      libraries: [library("p")],
      resources: [{ kind: "budget", id: "dana", amount: 1_500_000, period: { from: "2026-01-01", to: "2026-12-31" }, library: "p" }],
      programs: [{ ...rutin, source: span(1), costs: [{ amount: 100_000, per: "session", budget: "dana", source: span(7) }] }, { ...festival, source: span(20) }],
    });
    const findings = unassignedFindings(workspace, planWorkspace(workspace, { horizon, seed: 1 }));
    expect(findings.map((f) => [f.programId, f.source?.start.line])).toEqual([["rutin", 7], ["festival", 20]]);
  });

  it("settles every finding when the budget is raised to it, in one step", () => {
    expect(unplaced(planWith({ amount: 3_500_000 }).plan)).toBe(0);
    const short = planWith({ amount: 3_499_999 });
    expect(suggestions(short.plan, short.workspace)).toEqual([["rutin", 1, "raise budget dana to at least Rp 3,500,000"]]);
  });

  it("asks a cap for what the busiest of its periods needs", () => {
    // Rp 300,000 a month pays three Saturdays; January and May have five, June four and the festival.
    const { plan, workspace } = planWith({ amount: 10_000_000, cap: { amount: 300_000, per: "month" } });
    expect(new Set(suggestions(plan, workspace).map(([, , s]) => s))).toEqual(new Set(["raise the cap of budget dana to at least Rp 1,400,000 per month"]));
    expect(unplaced(planWith({ amount: 10_000_000, cap: { amount: 1_400_000, per: "month" } }).plan)).toBe(0);
  });

  it("names the other limit too when it is short as well, so that one raise settles every finding", () => {
    // Both short: Rp 1,500,000 in all (Rp 3,500,000 needed) and Rp 300,000 a month (Rp 1,400,000 needed).
    const { plan, workspace } = planWith({ cap: { amount: 300_000, per: "month" } });
    const told = new Set(suggestions(plan, workspace).map(([, , s]) => s));
    expect(told.size).toBeGreaterThan(0);
    for (const s of told) {
      expect(["raise the cap of budget dana to at least Rp 1,400,000 per month, and the budget to at least Rp 3,500,000", "raise budget dana to at least Rp 3,500,000, and its cap to at least Rp 1,400,000 per month"]).toContain(s);
    }
    const fixes = new Set(unplacedCauses(plan, workspace, "id").flatMap((c) => c.programs.map((p) => p.fix)));
    for (const fix of fixes) expect(fix).toMatch(/Rp 1\.400\.000 per bulan/);
    for (const fix of fixes) expect(fix).toMatch(/Rp 3\.500\.000/);
    // Raised as told, nothing is left unplaced; raised one limit only, findings stay.
    expect(unplaced(planWith({ amount: 3_500_000, cap: { amount: 1_400_000, per: "month" } }).plan)).toBe(0);
    expect(unplaced(planWith({ amount: 1_500_000, cap: { amount: 1_400_000, per: "month" } }).plan)).toBeGreaterThan(0);
    expect(unplaced(planWith({ amount: 3_500_000, cap: { amount: 300_000, per: "month" } }).plan)).toBeGreaterThan(0);
  });

  it("names one limit alone when the other would hold", () => {
    const { plan, workspace } = planWith({ amount: 10_000_000, cap: { amount: 300_000, per: "month" } });
    for (const [, , s] of suggestions(plan, workspace)) expect(s).not.toContain("and the budget");
    const roomy = planWith({ cap: { amount: 5_000_000, per: "month" } });
    for (const [, , s] of suggestions(roomy.plan, roomy.workspace)) expect(s).toBe("raise budget dana to at least Rp 3,500,000");
  });

  it("says a program needs more than the budget holds on its own, not which other program drew the most", () => {
    // A one-day contest for 100,000 participants at Rp 1,000 each, against Rp 1,500,000 that rutin draws on too.
    const lomba = { id: "lomba", title: "Lomba", library: "p", category: "reading_contest", expectedParticipants: 100_000, schedules: [{ kind: "once", start: "2026-06-20T08:00", durationMinutes: 120 }], costs: [{ amount: 1_000, per: "participant", budget: "dana" }] };
    const workspace = workspaceOf({
      libraries: [library("p")],
      resources: [{ kind: "budget", id: "dana", amount: 1_500_000, period: { from: "2026-01-01", to: "2026-12-31" }, library: "p" }],
      programs: [rutin, lomba],
    });
    const reasons = unassignedFindings(workspace, planWorkspace(workspace, { horizon, seed: 1 })).filter((f) => f.programId === "lomba").map((f) => f.reason);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain("`lomba` alone needs Rp 100,000,000 from it");
    expect(reasons[0]).not.toContain("draws the most");
    // A program that would fit on its own still names where the money went (the first test).
  });
});
