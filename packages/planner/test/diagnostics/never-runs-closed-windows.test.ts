/**
 * LON5104 for a flexible program whose windows allow only closed days in the horizon: the
 * expansion never makes a session of it (closed days give no candidate slot), so the
 * warning once said "its schedule gives no session in the horizon", sending the planner to
 * check the dates. It now names the closed days and the ways out (`including holidays`,
 * wider windows); the report names such a program apart as well.
 */
import { localizeDiagnostic, type Workspace } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { neverRunsDiagnostics } from "../../src/diagnostics/never-runs.js";
import { indexWorkspace } from "../../src/export/plan-view.js";
import { summarySection } from "../../src/export/html/summary-section.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2027-01-01", to: "2027-12-31" };
const span = (line: number) => ({ file: "p.lontar", start: { line, column: 1, offset: line * 10 }, end: { line, column: 2, offset: line * 10 + 1 } });
const monday = [{ days: ["mon"], time: { start: "08:00", end: "12:00" } }];
const flexible = (within: { from: string; to: string }, extra: Record<string, unknown> = {}) => [{ kind: "flexible", count: 1, per: "month", windows: monday, durationMinutes: 120, within, ...extra }];
const program = (id: string, line: number, schedules: unknown) => ({ id, title: id, library: "lib", category: "class", source: span(line), schedules });

const workspace: Workspace = workspaceOf({
  libraries: [library("lib", { closures: [{ kind: "public_holidays" }, { kind: "range", range: { from: "2027-03-15", to: "2027-03-16" }, reason: "Cuti bersama Idul Fitri" }] })],
  programs: [
    // The only Monday it allows is cuti bersama.
    program("kelas_senin", 1, flexible({ from: "2027-03-15", to: "2027-03-15" })),
    // Its Mondays are 2027-03-15 (closed) and 2027-03-22 (open): it runs.
    program("kelas_maret", 2, flexible({ from: "2027-03-15", to: "2027-03-22" })),
    // No Monday at all in its dates: the schedule itself gives nothing.
    program("kelas_selasa", 3, flexible({ from: "2027-03-16", to: "2027-03-16" })),
    // Held on holidays: it runs on the closed Monday.
    program("kelas_libur", 4, flexible({ from: "2027-03-15", to: "2027-03-15" }, { skipClosures: false })),
  ],
});

describe("LON5104 for a flexible schedule whose every allowed day is closed", () => {
  const plan = planWorkspace(workspace, { horizon, seed: 1 });
  const diagnostics = neverRunsDiagnostics(workspace, plan);

  it("names the closed days instead of saying the schedule gives no session", () => {
    expect(diagnostics.map((d) => [d.location.range.start.line, d.text?.key])).toEqual([
      [1, "LON5104.closedWindows"],
      [3, "LON5104.noSession"],
    ]);
    const [closed] = diagnostics;
    expect(localizeDiagnostic(closed!, "en").message).toBe(
      "`kelas_senin` never runs: every day its windows allow in the horizon is a holiday or a closure of its library (2027-03-15: Cuti bersama Idul Fitri); widen its windows or its `from`/`until` dates, or write `including holidays` to hold it on those days",
    );
    expect(localizeDiagnostic(closed!, "id").message).toBe(
      "`kelas_senin` tidak pernah berjalan: setiap hari yang diizinkan jendelanya dalam cakrawala perencanaan adalah hari libur atau hari tutup perpustakaannya (2027-03-15: Cuti bersama Idul Fitri); perlebar jendelanya atau tanggal `mulai`/`sampai`-nya, atau tulis `termasuk libur` agar tetap diadakan pada hari itu",
    );
  });

  it("keeps the programs that run out of it", () => {
    expect(plan.occurrences.filter((o) => o.status === "scheduled").map((o) => [o.programId, o.start.slice(0, 10)])).toEqual([
      ["kelas_libur", "2027-03-15"],
      ["kelas_maret", "2027-03-22"],
    ]);
  });

  it("names such a program apart in the report's summary, with the way out", () => {
    const html = summarySection(plan, indexWorkspace(workspace), "id", []);
    expect(html).toContain("karena setiap hari yang diizinkan jendelanya dalam 1 Januari 2027 – 31 Desember 2027 adalah hari libur atau hari tutup: kelas_senin. Perlebar jendelanya, atau tulis `termasuk libur` pada jadwalnya.");
    expect(html).toContain("karena jadwalnya tidak memberi sesi dalam 1 Januari 2027 – 31 Desember 2027: kelas_selasa.");
  });
});
