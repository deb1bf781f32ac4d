/**
 * A partner's share of an agreement (`partner pays Rp … for <program>`) is money from outside
 * the library's budgets: it pays the program's costs before the budgets do. Until stop 49 the
 * budgets were charged the whole cost (Langsa's APBK "paid" Rp 40.000.000 for a festival an
 * NGO pays Rp 25.000.000 of, and a budget too small refused sessions the share pays for), and
 * a share was "met" as soon as anything planned cost a rupiah (Rp 18.000.000 planned against
 * Rp 120.000.000 read "met"). A share `from <budget>` is money in that budget.
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { complianceDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { budgetSection } from "../../src/export/html/budget-section.js";
import type { Plan } from "../../src/plan/plan.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "./helpers.js";

// Five Saturdays in January 2026, each session Rp 300.000 from a budget of Rp 1.000.000 (three sessions' worth).
const horizon = { from: "2026-01-01", to: "2026-01-31" };
const source = { file: "p.lontar", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 8, offset: 7 } };
const kelas = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "kelas",
  title: "Kelas",
  library: "p",
  category: "class",
  schedules: [{ kind: "rrule", dtstart: "2026-01-03T09:00", rrule: "FREQ=WEEKLY;BYDAY=SA", durationMinutes: 120 }],
  costs: [{ amount: 300_000, per: "session", budget: "dana" }],
  source,
  ...extra,
});

type Share = Record<string, unknown>;
const share = (amount: number, extra: Share = {}): Share => ({ kind: "budget_share", party: "partner", amount, program: "kelas", source, ...extra });

const workspace = (obligations: readonly Share[], agreement: Record<string, unknown> = {}, more: Record<string, unknown> = {}) =>
  workspaceOf({
    libraries: [library("p", { stage: "sosialisasi" })],
    partners: [{ id: "lsm", name: "LSM Literasi", kind: "ngo" }],
    resources: [{ kind: "budget", id: "dana", name: "Dana", amount: 1_000_000, period: { from: "2026-01-01", to: "2026-12-31" }, library: "p" }],
    programs: [kelas()],
    agreements: [{ id: "mou", library: "p", partner: "lsm", validity: { from: "2026-01-01", to: "2026-12-31" }, obligations, ...agreement }],
    ...more,
  });

const held = (plan: Plan): number => plan.occurrences.filter((o) => o.status === "scheduled").length;
const drawn = (plan: Plan): number | undefined => plan.budget.find((b) => b.budgetId === "dana")?.planned;
const findings = (plan: Plan) => plan.agreements.flatMap((a) => a.findings);

describe("a partner's share from outside the budgets", () => {
  it("without one, the budget pays three of the five sessions", () => {
    const plan = planWorkspace(workspace([]), { horizon, seed: 1 });
    expect(held(plan)).toBe(3);
    expect(drawn(plan)).toBe(900_000);
  });

  it("pays first: with Rp 600.000 from the partner the budget pays the other Rp 900.000 and all five sessions are held", () => {
    const plan = planWorkspace(workspace([share(600_000)]), { horizon, seed: 1 });
    expect(held(plan)).toBe(5);
    expect(drawn(plan)).toBe(900_000);
    expect(plan.budget.find((b) => b.budgetId === "dana")?.remaining).toBe(100_000);
    expect(findings(plan)).toMatchObject([{ kind: "budget_share", expected: "Rp 600000", planned: 1_500_000, ok: true }]);
    expect(findings(plan)[0]?.unused).toBeUndefined();
    expect(plan.agreements[0]?.status).toBe("ok");
  });

  it("the report's months show what the budget pays, not the whole cost", () => {
    const ws = workspace([share(600_000)]);
    const plan = planWorkspace(ws, { horizon, seed: 1 });
    const html = budgetSection(plan, ws, "id");
    // January: five sessions of Rp 300.000, Rp 600.000 of them paid by the partner.
    expect(html).toMatch(/Jan 2026<\/td><td class="num">Rp 900\.000</);
    // And says where the rest went: the sessions' Rp 1.500.000 are the budget's Rp 900.000 and the partner's Rp 600.000.
    expect(html).toContain('<p class="share">LSM Literasi membayar Rp 600.000 dari biaya terencana Kelas (MoU); anggaran di atas tidak menanggung bagian itu.</p>');
    expect(budgetSection(plan, ws, "en")).toContain("LSM Literasi pays Rp 600,000 of the planned costs of Kelas (MoU); the budgets above do not carry that part.");
    // A share in a budget pays nothing the budget does not: nothing to say.
    const inBudget = workspace([share(600_000, { budget: "dana" })]);
    expect(budgetSection(planWorkspace(inBudget, { horizon, seed: 1 }), inBudget, "en")).not.toContain('class="share"');
  });

  it("a share larger than the plan spends is a warning that says how much of it is unused, in both languages", () => {
    const ws = workspace([share(2_000_000)]);
    const plan = planWorkspace(ws, { horizon, seed: 1 });
    expect(held(plan)).toBe(5);
    expect(drawn(plan)).toBe(0);
    expect(findings(plan)).toMatchObject([{ planned: 1_500_000, unused: 500_000, ok: false }]);
    expect(plan.agreements[0]?.status).toBe("at_risk");
    const [diagnostic] = complianceDiagnostics(ws, plan, horizon);
    expect(diagnostic?.code).toBe("LON5102");
    expect(diagnostic && localizeDiagnostic(diagnostic, "en").message).toMatch(/planned cost Rp 1,500,000 in 2026-01-01\.\.2026-01-31 — it pays all of that cost; Rp 500,000 of the share is not used by the plan$/);
    expect(diagnostic && localizeDiagnostic(diagnostic, "id").message).toMatch(/biaya terencana Rp 1\.500\.000 dalam 2026-01-01\.\.2026-01-31 — bagian ini membayar seluruh biaya itu; Rp 500\.000 dari bagian ini tidak terpakai oleh rencana$/);
  });

  it("a share nothing planned uses says so", () => {
    const ws = workspace([share(500_000, { program: undefined, budget: undefined })], {}, { programs: [kelas({ library: "q" })], libraries: [library("p"), library("q")] });
    const plan = planWorkspace(ws, { horizon, seed: 1 });
    // The share names no program: it pays for the agreement library's programs, and `kelas` is another library's.
    expect(findings(plan)).toMatchObject([{ planned: 0, unused: 500_000, ok: false }]);
    expect(findings(plan)[0]?.message).toMatch(/towards the programs of p; planned cost Rp 0 in .* — nothing planned uses the share$/);
  });

  it("two shares towards one program split its cost in the order written, and the second's message says what the first paid", () => {
    const plan = planWorkspace(workspace([share(1_000_000), share(900_000)]), { horizon, seed: 1 });
    expect(drawn(plan)).toBe(0);
    expect(findings(plan).map((f) => [f.ok, f.unused])).toEqual([[true, undefined], [false, 400_000]]);
    // Rp 400.000 unused beside a cost of Rp 1.500.000 and a share of Rp 900.000 reads as wrong arithmetic until the first share is named.
    expect(findings(plan)[1]?.message).toMatch(/planned cost Rp 1,500,000 in 2026-01-01\.\.2026-01-31 — shares written before it pay Rp 1,000,000 of that cost, this one Rp 500,000; Rp 400,000 of the share is not used by the plan$/);
  });

  it("written twice word for word, is one share: LON3008 says one line can go, and deleting it changes nothing", () => {
    const twice = planWorkspace(workspace([share(600_000), share(600_000)]), { horizon, seed: 1 });
    const once = planWorkspace(workspace([share(600_000)]), { horizon, seed: 1 });
    expect(drawn(twice)).toBe(drawn(once));
    expect(drawn(twice)).toBe(900_000);
    expect(findings(twice).map((f) => [f.ok, f.unused])).toEqual([[true, undefined], [true, undefined]]);
  });

  it("pays nothing for the sessions outside its agreement's validity", () => {
    const plan = planWorkspace(workspace([share(600_000)], { validity: { from: "2026-01-15", to: "2026-12-31" } }), { horizon, seed: 1 });
    // 3 and 10 January come before the agreement: the budget pays them; the share pays 17 and 24 January, the budget 31 January.
    expect(held(plan)).toBe(5);
    expect(drawn(plan)).toBe(900_000);
  });

  it("an agreement whose condition does not hold pays nothing", () => {
    const when = [{ kind: "compare", op: ">=", left: { kind: "fact", name: "library.stage" }, right: { kind: "literal", value: "implementasi" } }];
    const plan = planWorkspace(workspace([share(600_000)], { conditions: when }), { horizon, seed: 1 });
    expect(plan.agreements[0]?.status).toBe("inactive");
    expect(held(plan)).toBe(3);
  });
});

describe("a share in a budget (`from <budget>`) or the library's own", () => {
  it("does not lower what the budget pays: the partner funds the budget itself", () => {
    const plan = planWorkspace(workspace([share(600_000, { budget: "dana" })]), { horizon, seed: 1 });
    expect(held(plan)).toBe(3);
    expect(drawn(plan)).toBe(900_000);
    // It counts what the budget pays for the program: Rp 900.000 of sessions, at least its Rp 600.000.
    expect(findings(plan)).toMatchObject([{ planned: 900_000, ok: true }]);
  });

  it("a library's share is its own money: met by what its budgets spend on the program", () => {
    const plan = planWorkspace(workspace([share(1_200_000, { party: "library" })]), { horizon, seed: 1 });
    expect(held(plan)).toBe(3);
    expect(findings(plan)).toMatchObject([{ planned: 900_000, unused: 300_000, ok: false }]);
  });
});
