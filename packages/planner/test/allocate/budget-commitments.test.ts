/**
 * Money that runs short pays first for the sessions the agreements count on. Charged in time
 * order alone, a costly workshop every Saturday from January took the budget, and the monthly
 * class an MoU asks for went unpaid from April: the plan broke the agreement for a program
 * no agreement needs (a Kepala Bidang's reading of a report, stop 48).
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { unassignedDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "./helpers.js";

// To May: 1 June, the first Monday of June, is Hari Lahir Pancasila.
const horizon = { from: "2026-01-01", to: "2026-05-31" };
const cost = [{ amount: 100_000, per: "session", budget: "dana" }];
const weekly = (id: string, dtstart: string, rrule: string): Record<string, unknown> => ({
  id,
  title: id,
  library: "p",
  category: "storytelling",
  schedules: [{ kind: "rrule", dtstart, rrule, durationMinutes: 120 }],
  costs: cost,
  source: { file: "p.lontar", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 8, offset: 7 } },
});

/** A budget of ten sessions; a workshop every Saturday (22) and a class on each month's first Monday (5), all paid from it. */
const workspace = (obligations: readonly Record<string, unknown>[]) =>
  workspaceOf({
    libraries: [library("p")],
    partners: [{ id: "sd1", name: "SD Negeri 1", kind: "school" }],
    resources: [{ kind: "budget", id: "dana", name: "Dana", amount: 1_000_000, period: { from: "2026-01-01", to: "2026-12-31" }, library: "p" }],
    programs: [weekly("workshop", "2026-01-03T09:00", "FREQ=WEEKLY;BYDAY=SA"), weekly("kelas", "2026-01-05T09:00", "FREQ=MONTHLY;BYDAY=1MO")],
    agreements: [{ id: "mou", library: "p", partner: "sd1", validity: horizon, obligations }],
  });

const scheduled = (plan: ReturnType<typeof planWorkspace>, program: string): string[] =>
  plan.occurrences.filter((o) => o.programId === program && o.status === "scheduled").map((o) => o.start.slice(0, 10));

describe("a budget too small for every session", () => {
  it("pays first for the sessions an agreement counts on, then for the rest in time order", () => {
    const plan = planWorkspace(workspace([{ kind: "sessions", program: "kelas", min: 1, per: "month" }]), { horizon, seed: 1 });
    expect(scheduled(plan, "kelas")).toEqual(["2026-01-05", "2026-02-02", "2026-03-02", "2026-04-06", "2026-05-04"]);
    expect(scheduled(plan, "workshop")).toEqual(["2026-01-03", "2026-01-10", "2026-01-17", "2026-01-24", "2026-01-31"]);
    expect(plan.agreements.map((a) => a.status)).toEqual(["ok"]);
    expect(plan.budget.find((b) => b.budgetId === "dana")?.planned).toBe(1_000_000);
    // The workshops refused name the budget: it is what stops them (21 March, Idul Fitri, is cancelled).
    const refused = plan.occurrences.filter((o) => o.programId === "workshop" && o.status === "unassigned");
    expect(refused).toHaveLength(16);
    for (const o of refused) expect(o.reasons?.some((r) => r.constraint === "budget-cap"), o.id).toBe(true);
  });

  it("only as many as the agreement asks for: the class's sessions past its minimum wait their turn in time order", () => {
    const plan = planWorkspace(workspace([{ kind: "sessions", program: "kelas", min: 1, per: "quarter" }]), { horizon, seed: 1 });
    // One class a quarter is owed (5 January, 6 April); the other four are charged in time order with the workshops.
    expect(scheduled(plan, "kelas")).toEqual(["2026-01-05", "2026-02-02", "2026-04-06"]);
    expect(scheduled(plan, "workshop")).toHaveLength(7);
    expect(plan.agreements.map((a) => a.status)).toEqual(["ok"]);
  });

  it("without an agreement on the class, first come, first served", () => {
    const plan = planWorkspace(workspace([]), { horizon, seed: 1 });
    expect(scheduled(plan, "kelas")).toEqual(["2026-01-05", "2026-02-02"]);
    expect(scheduled(plan, "workshop")).toHaveLength(8);
  });

  it("a session the budget cannot pay names the program that drew the most from it, when that is another", () => {
    const ws = workspace([]);
    const plan = planWorkspace(ws, { horizon, seed: 1 });
    const messages = unassignedDiagnostics(ws, plan).map((d) => [localizeDiagnostic(d, "en").message, localizeDiagnostic(d, "id").message]);
    const kelas = messages.find(([en]) => en?.startsWith("`kelas`"));
    expect(kelas?.[0]).toMatch(/would reach Rp 1,100,000; `workshop` draws the most from it, Rp 800,000$/);
    expect(kelas?.[1]).toMatch(/akan terpakai sampai Rp 1\.100\.000; yang paling banyak memakainya `workshop`, Rp 800\.000$/);
    // The workshop's own sessions left unpaid: it is the largest itself, nothing more is said.
    const workshop = messages.find(([en]) => en?.startsWith("`workshop`"));
    expect(workshop?.[0]).toMatch(/would reach Rp 1,100,000$/);
  });
});
