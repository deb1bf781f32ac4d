/**
 * LON5110: agreements a plan does not check in full are told, not passed over in silence
 * (a walk: `check` said nothing of an MoU whose `when` did not hold, nor of the 2025 half
 * of an MoU valid 2024-07-01..2025-06-30 in a 2024 plan).
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { uncheckedAgreementDiagnostics, uncheckedSpans } from "../../src/diagnostics/unchecked-agreements.js";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const span = (line: number) => ({ file: "mou.lontar", start: { line, column: 1, offset: line * 10 }, end: { line, column: 2, offset: line * 10 + 1 } });
const horizon = { from: "2024-01-01", to: "2024-12-31" };
const monthly = [{ kind: "rrule", dtstart: "2024-01-10T09:00", rrule: "FREQ=MONTHLY", durationMinutes: 120 }];
const agreement = (id: string, line: number, extra: Record<string, unknown>) => ({ id, library: "lib", partner: "mitra", validity: horizon, obligations: [{ kind: "sessions", program: "p", min: 1, per: "month" }], source: span(line), ...extra });

const workspace = workspaceOf({
  libraries: [library("lib", { stage: "implementasi" })],
  partners: [{ id: "mitra", name: "Mitra", kind: "community_group" }],
  programs: [{ id: "p", title: "Diskusi", library: "lib", category: "book_discussion", schedules: monthly }],
  agreements: [
    agreement("kena", 1, {}),
    agreement("tahun_ajaran", 2, { validity: { from: "2024-07-01", to: "2025-06-30" } }),
    agreement("replikasi", 3, { conditions: [{ kind: "compare", op: ">=", left: { kind: "fact", name: "library.stage" }, right: { kind: "literal", value: "replikasi" } }] }),
    agreement("lalu", 4, { validity: { from: "2023-01-01", to: "2023-12-31" } }),
    agreement("kosong", 5, { validity: { from: "2023-07-01", to: "2025-06-30" }, obligations: [] }),
  ],
});

describe("LON5110: agreements not checked in full", () => {
  const plan = planWorkspace(workspace, { horizon, seed: 1 });

  // An agreement with no obligation was passed over (a walk: one whose only obligation was commented out counted as met): it gets a note too.
  it("names the agreement not in force, the part of a validity past the horizon and an agreement with nothing to check, a note each; none for one checked whole or one wholly outside (LON5004)", () => {
    expect(plan.agreements.find((a) => a.agreementId === "replikasi")?.status).toBe("inactive");
    const diagnostics = uncheckedAgreementDiagnostics(workspace, horizon, plan.agreements);
    expect(diagnostics.map((d) => [d.location.range.start.line, d.code, d.severity])).toEqual([
      [2, "LON5110", "info"],
      [3, "LON5110", "info"],
      [5, "LON5110", "info"],
    ]);
    expect(localizeDiagnostic(diagnostics[2]!, "id").message).toBe("`kosong` tidak punya kewajiban, jadi tidak ada yang diperiksa terhadap rencana; tulis apa yang dilakukan tiap pihak (`minimal 2 sesi … per bulan`, `perpustakaan menyediakan … setiap bulan`)");
    expect(localizeDiagnostic(diagnostics[0]!, "en").message).toBe("`tahun_ajaran` is valid 2024-07-01..2025-06-30, but the plan covers 2024-01-01..2024-12-31: its obligations in 2025-01-01..2025-06-30 are not checked; plan that span too (`horizon`) to check them");
    expect(localizeDiagnostic(diagnostics[1]!, "id").message).toBe("`replikasi` tidak berlaku: syaratnya (`ketika`) tidak terpenuhi di Perpustakaan lib, jadi kewajibannya tidak diperiksa terhadap rencana");
    expect(planDiagnostics(workspace, plan, horizon).filter((d) => d.code === "LON5110")).toEqual(diagnostics);
  });

  it("the unchecked parts of a validity: before the horizon, after it, or both", () => {
    expect(uncheckedSpans({ from: "2023-07-01", to: "2025-06-30" }, horizon)).toEqual([
      { from: "2023-07-01", to: "2023-12-31" },
      { from: "2025-01-01", to: "2025-06-30" },
    ]);
    expect(uncheckedSpans(horizon, horizon)).toEqual([]);
    expect(uncheckedSpans({ from: "2023-01-01", to: "2023-12-31" }, horizon)).toEqual([]);
  });

  it("leaves the note out when LON5102 already warns of a period the horizon cuts", () => {
    const weekly = workspaceOf({ ...workspace, agreements: [agreement("mingguan", 1, { validity: { from: "2024-07-01", to: "2025-06-30" }, obligations: [{ kind: "sessions", program: "p", min: 24, per: "year" }] })] });
    const mid = { from: "2024-01-01", to: "2024-09-30" };
    const partPlan = planWorkspace(weekly, { horizon: mid, seed: 1 });
    expect(planDiagnostics(weekly, partPlan, mid).map((d) => d.code)).toEqual(["LON5102"]);
    expect(uncheckedAgreementDiagnostics(weekly, mid)).toHaveLength(1);
  });
});
