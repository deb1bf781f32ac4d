/**
 * A budget too small for several programs is one error at the budget, not one per program
 * with the same advice: a province walk (stop 49) got 46 LON5103 errors at 46 programs' cost
 * lines, all "raise budget apbd_ende_2027 to at least Rp 280,750,000", and none at the budget.
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { unassignedDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const span = (line: number) => ({ file: "p.lontar", start: { line, column: 1, offset: line * 10 }, end: { line, column: 20, offset: line * 10 + 19 } });
const horizon = { from: "2026-01-01", to: "2026-03-31" };
const program = (id: string, line: number): Record<string, unknown> => ({
  id,
  title: id,
  library: "p",
  category: "class",
  source: span(line),
  schedules: [{ kind: "rrule", dtstart: "2026-01-05T09:00", rrule: "FREQ=WEEKLY;BYDAY=MO", durationMinutes: 60 }],
  costs: [{ amount: 100_000, per: "session", budget: "dana", source: span(line + 1) }],
});
const workspace = (programs: number) =>
  workspaceOf({
    libraries: [library("p")],
    resources: [{ kind: "budget", id: "dana", name: "Dana", amount: 1_000_000, period: { from: "2026-01-01", to: "2026-12-31" }, library: "p", source: span(1) }],
    programs: Array.from({ length: programs }, (_, i) => program(`kelas_${i + 1}`, 10 * (i + 1))),
  });

describe("a budget that leaves several programs' sessions unpaid", () => {
  it("is one error at the budget, naming the programs and the one fix, each program's cost line related", () => {
    const ws = workspace(7);
    const diagnostics = unassignedDiagnostics(ws, planWorkspace(ws, { horizon, seed: 1 }));
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d?.location.range.start.line).toBe(1);
    expect(d?.message).toMatch(/^7 programs cannot hold every session \(\d+ sessions: `kelas_\d+`, `kelas_\d+`, `kelas_\d+`, `kelas_\d+`, `kelas_\d+` and 2 more\): budget dana \(Rp 1,000,000\) would reach Rp 1,100,000/);
    expect(d && localizeDiagnostic(d, "id").message).toMatch(/^7 program tidak dapat mengadakan semua sesinya \(\d+ sesi: .* dan 2 lainnya\): anggaran dana \(Rp 1\.000\.000\) akan terpakai sampai Rp 1\.100\.000/);
    // What the plan means to hold: 7 programs × 11 Mondays (13 in January to March 2026, less the cuti bersama of 16 February and 23 March) × Rp 100.000.
    expect(d?.suggestions.map((s) => s.message)).toEqual(["raise budget dana to at least Rp 7,700,000"]);
    expect(d?.related?.map((r) => r.location.range.start.line).sort((a, b) => a - b)).toEqual([11, 21, 31, 41, 51, 61, 71]);
  });

  it("two programs are told each at its cost line, as before", () => {
    const ws = workspace(2);
    const diagnostics = unassignedDiagnostics(ws, planWorkspace(ws, { horizon, seed: 1 }));
    expect(diagnostics.map((d) => d.location.range.start.line).sort((a, b) => a - b)).toEqual([11, 21]);
    expect(diagnostics.every((d) => /^`kelas_\d` cannot take place on /.test(d.message))).toBe(true);
  });
});
