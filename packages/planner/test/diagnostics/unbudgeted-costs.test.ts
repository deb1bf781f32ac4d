/**
 * LON5117 (a walk of stop 56): `biaya Rp 50.000 per sesi` with `dari <anggaran>` left out was
 * paid by no budget, so a Rp 10.000.000 budget showed Rp 1.700.000 left while the sessions cost
 * Rp 19.950.000. A cost naming no budget, at a library that declares budgets, is now a warning
 * at the cost, naming the budget when the library has one.
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { unbudgetedCostDiagnostics } from "../../src/diagnostics/unbudgeted-costs.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2027-01-01", to: "2027-12-31" };
const at = (line: number) => ({ file: "p.lontar", start: { line, column: 9, offset: line * 10 }, end: { line, column: 20, offset: line * 10 + 11 } });
const budget = (id: string) => ({ kind: "budget", id, library: "lib", amount: 10_000_000, period: horizon });
const workspace = (budgets: readonly string[], cost: Record<string, unknown>, agreements: readonly unknown[] = []) =>
  workspaceOf({
    libraries: [library("lib")],
    partners: [{ id: "pkk", name: "PKK", kind: "pkk" }],
    resources: budgets.map(budget),
    programs: [{ id: "kelas", title: "Kelas", library: "lib", category: "class", schedules: [{ kind: "rrule", dtstart: "2027-01-10T09:00", rrule: "FREQ=MONTHLY", durationMinutes: 120 }], costs: [{ amount: 1_000_000, per: "session", source: at(7), ...cost }] }],
    agreements,
  });

describe("LON5117: a cost paid by no budget", () => {
  it("warns at the cost, naming the library's one budget, in both languages; planDiagnostics says it", () => {
    const ws = workspace(["apbd_2027"], {});
    const [d, ...rest] = unbudgetedCostDiagnostics(ws);
    expect(rest).toEqual([]);
    expect([d?.code, d?.severity, d?.location.range.start.line]).toEqual(["LON5117", "warning", 7]);
    expect(localizeDiagnostic(d!, "en").message).toBe("this cost of `kelas` names no budget, so no budget pays it: the plan's budget totals and caps leave it out; add `from apbd_2027` after it if `apbd_2027` pays it");
    expect(localizeDiagnostic(d!, "id").message).toContain("tambahkan `dari apbd_2027` setelahnya");
    expect(planDiagnostics(ws, planWorkspace(ws, { horizon, seed: 1 }), horizon).filter((x) => x.code === "LON5117")).toEqual([d]);
  });

  it("counts the budgets when the library has several", () => {
    const [d] = unbudgetedCostDiagnostics(workspace(["a", "b"], {}));
    expect(localizeDiagnostic(d!, "en").message).toContain("none of its library's 2 budgets pays it");
  });

  it("is quiet for a cost naming its budget, at a library with no budget, and for a program a share pays", () => {
    expect(unbudgetedCostDiagnostics(workspace(["apbd_2027"], { budget: "apbd_2027" }))).toEqual([]);
    expect(unbudgetedCostDiagnostics(workspace([], {}))).toEqual([]);
    const share = (extra: Record<string, unknown>) => [{ id: "mou", library: "lib", partner: "pkk", validity: horizon, obligations: [{ kind: "budget_share", party: "partner", amount: 5_000_000, ...extra }] }];
    expect(unbudgetedCostDiagnostics(workspace(["apbd_2027"], {}, share({ program: "kelas" })))).toEqual([]);
    expect(unbudgetedCostDiagnostics(workspace(["apbd_2027"], {}, share({})))).toEqual([]);
  });
});
