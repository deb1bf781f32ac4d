/**
 * LON5104 for every program the plan holds no session of: all cancelled by holidays,
 * closures or exceptions (the first dates named with why), none in the horizon, or all
 * cancelled by the TPBIS stage (gateDiagnostics' message, once); nothing for a program
 * with any session left.
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { neverRunsDiagnostics } from "../../src/diagnostics/never-runs.js";
import { exportCsv } from "../../src/export/csv/export-csv.js";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2026-01-01", to: "2026-12-31" };
const span = (line: number) => ({ file: "p.lontar", start: { line, column: 1, offset: line * 10 }, end: { line, column: 2, offset: line * 10 + 1 } });
const once = (date: string) => [{ kind: "rrule", dtstart: `${date}T09:00`, rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 60 }];
const program = (id: string, line: number, extra: Record<string, unknown> = {}) => ({ id, title: id, library: "lib", category: "festival", source: span(line), ...extra });

const workspace = workspaceOf({
  libraries: [library("lib", { stage: "implementasi", closures: [{ kind: "public_holidays" }, { kind: "range", range: { from: "2026-03-02", to: "2026-03-06" }, reason: "Renovasi gedung" }] })],
  programs: [
    program("merdeka", 1, { schedules: once("2026-08-17") }),
    program("renovasi", 2, { schedules: [{ kind: "rrule", dtstart: "2026-03-02T09:00", rrule: "FREQ=DAILY;COUNT=5", durationMinutes: 60 }] }),
    program("tahun_depan", 3, { schedules: once("2027-01-11") }),
    program("biasa", 4, { schedules: once("2026-08-18") }),
    program("terlalu_dini", 5, { schedules: once("2026-08-19"), gate: { minStage: "pendampingan" } }),
  ],
});

describe("LON5104: a program the plan holds no session of", () => {
  const plan = planWorkspace(workspace, { horizon, seed: 1 });
  const diagnostics = neverRunsDiagnostics(workspace, plan);
  const at = (line: number) => diagnostics.filter((d) => d.location.range.start.line === line);

  it("warns once at each such program, and says nothing of a program with a session", () => {
    expect(diagnostics.map((d) => [d.location.range.start.line, d.code, d.severity, d.text?.key])).toEqual([
      [5, "LON5104", "warning", "LON5104.stageNotReached"],
      [1, "LON5104", "warning", "LON5104.allOnHolidays"],
      [2, "LON5104", "warning", "LON5104.allCancelled"],
      [3, "LON5104", "warning", "LON5104.noSession"],
    ]);
    expect(at(4)).toEqual([]);
    expect(planDiagnostics(workspace, plan, horizon).filter((d) => d.code === "LON5104")).toEqual(diagnostics);
  });

  it("names the cancelled dates and why, in each language", () => {
    const [holiday] = at(1);
    const [closure] = at(2);
    const [none] = at(3);
    // Every session on a public holiday: moved to an open day (helper-140: a meeting on Idul Fitri was told only of the 17 August contest's way), or, the holiday the day meant (a 17 August contest), held by `including holidays`.
    expect(localizeDiagnostic(holiday!, "en").message).toBe("`merdeka` never runs: its one session in the horizon is cancelled (2026-08-17: Hari Kemerdekaan Republik Indonesia); move it to a day the library is open, or, to hold it on the holiday itself, as a 17 August contest is, write `including holidays` after its schedule");
    expect(localizeDiagnostic(holiday!, "id").message).toBe("`merdeka` tidak pernah berjalan: satu-satunya sesinya dalam cakrawala perencanaan dibatalkan (2026-08-17: Hari Kemerdekaan Republik Indonesia); pindahkan ke hari perpustakaan buka, atau, agar tetap diadakan pada hari libur itu, seperti lomba 17 Agustus, tulis `termasuk libur` setelah jadwalnya");
    expect(localizeDiagnostic(closure!, "en").message).toBe("`renovasi` never runs: all 5 of its sessions in the horizon are cancelled (2026-03-02: Renovasi gedung, 2026-03-03: Renovasi gedung, 2026-03-04: Renovasi gedung, …)");
    expect(localizeDiagnostic(none!, "id").message).toBe("`tahun_depan` tidak pernah berjalan: jadwalnya tidak memberi sesi dalam cakrawala perencanaan 2026-01-01..2026-12-31");
  });
});

describe("LON5104 under a horizon the workspace does not declare", () => {
  it("says the horizon was taken from the agreements' validity, and what to write for another span, in each language", () => {
    const taken = { from: "2026-03-01", to: "2026-11-30", origin: "agreements" } as const;
    const plan = planWorkspace(workspace, { horizon: { from: taken.from, to: taken.to }, seed: 1 });
    const [none] = planDiagnostics(workspace, plan, taken).filter((d) => d.code === "LON5104" && d.location.range.start.line === 3);
    expect(none?.text?.key).toBe("LON5104.noSessionFromAgreements");
    expect(localizeDiagnostic(none!, "en").message).toBe(
      "`tahun_depan` never runs: its schedule gives no session in the horizon taken from the agreements' validity, 2026-03-01..2026-11-30, as the workspace declares no `horizon`; write `horizon` to plan another span",
    );
    expect(localizeDiagnostic(none!, "id").message).toBe(
      "`tahun_depan` tidak pernah berjalan: jadwalnya tidak memberi sesi dalam cakrawala yang diambil dari masa berlaku kesepakatan, 2026-03-01..2026-11-30, karena ruang kerja tidak menyatakan `cakrawala`; tulis `cakrawala` untuk merencanakan rentang lain",
    );
    // A horizon given or declared keeps the plain words.
    expect(neverRunsDiagnostics(workspace, plan, "declared").find((d) => d.location.range.start.line === 3)?.text?.key).toBe("LON5104.noSession");
  });
});

describe("LON5104: a program whose condition (`when`) never holds", () => {
  const never = { kind: "compare", op: "==", left: { kind: "fact", name: "library.tier" }, right: { kind: "literal", value: "provinsi" } };
  const conditioned = workspaceOf({
    libraries: [library("lib", { stage: "implementasi" })],
    programs: [
      program("kota_saja", 1, { schedules: once("2026-08-18"), gate: { condition: never } }),
      program("tahap_ada", 2, { schedules: once("2026-08-19"), gate: { minStage: "implementasi", condition: never } }),
    ],
  });
  const diagnostics = neverRunsDiagnostics(conditioned, planWorkspace(conditioned, { horizon, seed: 1 }));

  it("says the condition does not hold, also when the stage is reached (never that a reached stage is missing)", () => {
    expect(diagnostics.map((d) => [d.location.range.start.line, d.text?.key])).toEqual([
      [1, "LON5104.conditionFails"],
      [2, "LON5104.conditionFails"],
    ]);
    expect(localizeDiagnostic(diagnostics[0]!, "en").message).toBe("`kota_saja` never runs: its condition (`when`) does not hold at Perpustakaan lib; its one session in the horizon is cancelled");
    expect(localizeDiagnostic(diagnostics[1]!, "id").message).toContain("syaratnya (`ketika`) tidak terpenuhi di Perpustakaan lib");
  });
});

// A walk (a TPBIS officer): a program `memerlukan tahap implementasi` at a library with no `tahap` read "berada pada tahap belum ada tahap
// (tidak dideklarasikan)" in `check` and "berada pada tahap (belum ditetapkan)" in the report.
describe("LON5104: a program that requires a stage, at a library that declares none", () => {
  it("says the library declares no stage, in the diagnostic and in the sessions' reasons, in each language", () => {
    const unstaged = workspaceOf({ libraries: [library("lib")], programs: [program("kelas", 1, { schedules: once("2026-08-18"), gate: { minStage: "implementasi" } })] });
    const plan = planWorkspace(unstaged, { horizon, seed: 1 });
    const [told] = neverRunsDiagnostics(unstaged, plan);
    expect(told?.text?.key).toBe("LON5104.stageNotDeclared");
    expect(localizeDiagnostic(told!, "id").message).toBe("`kelas` tidak pernah berjalan: program ini memerlukan tahap TPBIS Implementasi, sedangkan Perpustakaan lib belum mencatat tahap TPBIS; deklarasikan `tahap` Perpustakaan lib; satu-satunya sesinya dalam cakrawala perencanaan dibatalkan");
    expect(localizeDiagnostic(told!, "en").message).toContain("it requires TPBIS stage Implementation, and Perpustakaan lib declares no stage; declare Perpustakaan lib's `stage`");
    expect(exportCsv(plan, unstaged, { language: "id" })).toContain("Dibatalkan: kegiatan ini memerlukan tahap TPBIS Implementasi; Perpustakaan lib belum mencatat tahap TPBIS.");
  });
});

// A walk (a TPBIS officer): a village library written without `tahap`, its program `ketika perpustakaan.tahap >= implementasi`, was told
// only that the condition does not hold; an agreement with the same condition is told to declare the stage (LON5112).
describe("LON5104: a program whose condition compares the stage of a library that declares none", () => {
  it("says the library declares no stage, and to declare it or drop the condition, in each language", () => {
    const stage = { kind: "compare", op: ">=", left: { kind: "fact", name: "perpustakaan.tahap" }, right: { kind: "literal", value: "implementasi" } };
    const unstaged = workspaceOf({ libraries: [library("lib")], programs: [program("kelas", 1, { schedules: once("2026-08-18"), gate: { condition: stage } })] });
    const [told] = neverRunsDiagnostics(unstaged, planWorkspace(unstaged, { horizon, seed: 1 }));
    expect(told?.text?.key).toBe("LON5104.conditionNoStage");
    expect(localizeDiagnostic(told!, "en").message).toBe("`kelas` never runs: its condition (`when`) does not hold at Perpustakaan lib, which declares no TPBIS stage for it to compare; declare Perpustakaan lib's `stage`, or drop the condition; its one session in the horizon is cancelled");
    expect(localizeDiagnostic(told!, "id").message).toContain("yang tidak mendeklarasikan tahap TPBIS untuk dibandingkan; deklarasikan `tahap` Perpustakaan lib, atau hapus syarat itu");
    // Declared, the stage is compared and the plain words stay.
    const staged = workspaceOf({ libraries: [library("lib", { stage: "sosialisasi" })], programs: unstaged.programs });
    expect(neverRunsDiagnostics(staged, planWorkspace(staged, { horizon, seed: 1 }))[0]?.text?.key).toBe("LON5104.conditionFails");
  });
});

describe("LON5104: a closure written without a reason", () => {
  it("is named in each language, not by the compiler's English word", () => {
    const closed = workspaceOf({
      libraries: [library("lib", { closures: [{ kind: "range", range: { from: "2026-03-02", to: "2026-03-06" }, reason: "closed" }] })],
      programs: [program("senin", 1, { schedules: once("2026-03-02") })],
    });
    const [d] = neverRunsDiagnostics(closed, planWorkspace(closed, { horizon, seed: 1 }));
    expect(localizeDiagnostic(d!, "id").message).toContain("(2026-03-02: tutup)");
    expect(localizeDiagnostic(d!, "en").message).toContain("(2026-03-02: closed)");
  });
});
