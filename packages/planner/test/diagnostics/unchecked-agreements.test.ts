/**
 * LON5110: agreements a plan does not check in full are told, not passed over in silence
 * (a walk: `check` said nothing of an MoU whose `when` did not hold, nor of the 2025 half
 * of an MoU valid 2024-07-01..2025-06-30 in a 2024 plan).
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { uncheckedAgreementDiagnostics, uncheckedSpans } from "../../src/diagnostics/unchecked-agreements.js";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { exportHtml } from "../../src/export/index.js";
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
    // A condition on the stage names the stage the library is at (a walk: the reader had to look it up).
    expect(localizeDiagnostic(diagnostics[1]!, "id").message).toBe("`replikasi` tidak berlaku: syaratnya (`ketika`) tidak terpenuhi di Perpustakaan lib, yang berada pada tahap TPBIS Implementasi, jadi kewajibannya tidak diperiksa terhadap rencana");
    expect(localizeDiagnostic(diagnostics[1]!, "en").message).toBe("`replikasi` is not in force: its condition (`when`) does not hold at Perpustakaan lib, which is at TPBIS stage Implementation, so the plan does not check its obligations");
    expect(planDiagnostics(workspace, plan, horizon).filter((d) => d.code === "LON5110")).toEqual(diagnostics);
  });

  // A walk (a TPBIS officer): the report said only "Tidak berlaku" beside the agreement.
  it("says in the report why an agreement is not in force, in `lontar check`'s words", () => {
    const html = exportHtml(plan, workspace, { language: "id" });
    expect(html).toContain("<p class=\"note\">`replikasi` tidak berlaku: syaratnya (`ketika`) tidak terpenuhi di Perpustakaan lib, yang berada pada tahap TPBIS Implementasi, jadi kewajibannya tidak diperiksa terhadap rencana</p>");
    // `lalu`, valid in 2023 only, is inactive for its validity, not its condition: no note of a condition.
    expect(plan.agreements.find((a) => a.agreementId === "lalu")?.status).toBe("inactive");
    expect(html).not.toContain("`lalu` tidak berlaku");
    expect(html.match(/<p class="note">`[a-z_]+` tidak berlaku/g)).toEqual(["<p class=\"note\">`replikasi` tidak berlaku"]);
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

// A CI walk: an MoU `when library.stage >= implementation` at a library whose `stage` line was left out was never checked, and
// `lontar check --max-warnings 0` passed on a note. A stage compared but not declared is a warning that says so.
describe("LON5112: an agreement's condition compares a stage its library does not declare", () => {
  const stage = (op: string, value: string) => ({ kind: "compare", op, left: { kind: "fact", name: "perpustakaan.tahap" }, right: { kind: "literal", value } });
  const noStage = workspaceOf({
    libraries: [library("lib")],
    partners: [{ id: "mitra", name: "Mitra", kind: "community_group" }],
    programs: [{ id: "p", title: "Diskusi", library: "lib", category: "book_discussion", schedules: monthly }],
    agreements: [
      agreement("sesudah", 1, { conditions: [stage(">=", "implementasi")] }),
      agreement("sebelum", 2, { conditions: [{ kind: "or", left: { kind: "literal", value: false }, right: { kind: "and", left: { kind: "literal", value: true }, right: stage("<", "implementasi") } }] }),
      agreement("provinsi", 3, { conditions: [{ kind: "compare", op: "==", left: { kind: "fact", name: "library.province" }, right: { kind: "literal", value: "Aceh" } }] }),
      // A review: the stage is read, but the province keeps the agreement out whatever the stage: not LON5112.
      agreement("aceh", 4, { conditions: [{ kind: "compare", op: "==", left: { kind: "fact", name: "perpustakaan.provinsi" }, right: { kind: "literal", value: "Aceh" } }, stage(">=", "implementasi")] }),
      // `!=` holds without a stage: the agreement is in force, and nothing is said of it.
      agreement("bukan_replikasi", 5, { conditions: [stage("!=", "replikasi")] }),
    ],
  });
  const plan = planWorkspace(noStage, { horizon, seed: 1 });

  it("is a warning at each such agreement some stage would put in force, read through any nesting and in either language's fact names; a condition on a declared fact, or one no stage puts in force, stays a note", () => {
    const diagnostics = uncheckedAgreementDiagnostics(noStage, horizon, plan.agreements);
    expect(diagnostics.map((d) => [d.location.range.start.line, d.code, d.severity])).toEqual([
      [1, "LON5112", "warning"],
      [2, "LON5112", "warning"],
      [3, "LON5110", "info"],
      [4, "LON5110", "info"],
    ]);
    expect(localizeDiagnostic(diagnostics[0]!, "en").message).toBe("`sesudah` is not in force: its condition (`when`) compares the stage of Perpustakaan lib, which declares none, so the plan checks none of its obligations; declare Perpustakaan lib's `stage`, or drop the condition");
    expect(localizeDiagnostic(diagnostics[0]!, "id").message).toBe("`sesudah` tidak berlaku: syaratnya (`ketika`) membandingkan tahap Perpustakaan lib, yang tidak mendeklarasikan tahap, jadi tidak satu pun kewajibannya diperiksa terhadap rencana; deklarasikan `tahap` Perpustakaan lib, atau hapus syarat itu");
  });

  it("is not said once the library declares its stage: the condition is then judged, and one that does not hold is a note", () => {
    const declared = workspaceOf({ ...noStage, libraries: [{ ...noStage.libraries[0], stage: "sosialisasi" }] });
    expect(uncheckedAgreementDiagnostics(declared, horizon, planWorkspace(declared, { horizon, seed: 1 }).agreements).map((d) => [d.location.range.start.line, d.code])).toEqual([[1, "LON5110"], [3, "LON5110"], [4, "LON5110"]]);
  });
});
