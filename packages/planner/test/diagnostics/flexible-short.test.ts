/**
 * LON5108: a flexible schedule whose windows hold fewer free times than its sessions in some
 * period (the week of Idul Fitri 2019: every weekday a holiday or cuti bersama), one warning
 * per schedule with how many periods and the first; the report's words for the same.
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { flexibleShortDiagnostics } from "../../src/diagnostics/flexible-short.js";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { exportHtml } from "../../src/export/index.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const span = (line: number) => ({ file: "p.lontar", start: { line, column: 1, offset: line * 10 }, end: { line, column: 2, offset: line * 10 + 1 } });
const weekdays = ["mon", "tue", "wed", "thu", "fri"];
const flexible = (count: number) => [{ kind: "flexible", count, per: "week", windows: [{ days: weekdays, time: { start: "08:00", end: "12:00" } }], durationMinutes: 120 }];
const program = (id: string, line: number, count: number) => ({ id, title: id === "bergilir" ? "Buku Bergilir" : id, library: "lib", category: "book_rotation", source: span(line), schedules: flexible(count) });

const workspace = workspaceOf({
  libraries: [library("lib", { openingHours: [{ days: weekdays, time: { start: "08:00", end: "16:00" } }] })],
  programs: [program("bergilir", 1, 2), program("sekali", 2, 1)],
});

describe("LON5108: a flexible schedule with fewer free times than sessions in a period", () => {
  // 27 May to 16 June 2019: the week of 3 June is Idul Fitri 1440 and its cuti bersama.
  const horizon = { from: "2019-05-27", to: "2019-06-16" };
  const plan = planWorkspace(workspace, { horizon, seed: 1 });
  const diagnostics = flexibleShortDiagnostics(workspace, plan);

  it("warns once per schedule with a short period, at its program, and planDiagnostics says it too", () => {
    expect(diagnostics.map((d) => [d.location.range.start.line, d.code, d.severity])).toEqual([
      [1, "LON5108", "warning"],
      [2, "LON5108", "warning"],
    ]);
    expect(planDiagnostics(workspace, plan, { ...horizon, origin: "declared" }).filter((d) => d.code === "LON5108")).toEqual(diagnostics);
    // plan.json keeps the facts: the period and its free slots.
    expect(plan.violations.filter((v) => v.constraint === "EXPAND_FLEXIBLE_SHORT").map((v) => [v.programId, v.period, v.slots])).toEqual([
      ["bergilir", { from: "2019-06-03", to: "2019-06-09" }, 0],
      ["sekali", { from: "2019-06-03", to: "2019-06-09" }, 0],
    ]);
  });

  it("names the period and its free times in each language", () => {
    const [first] = diagnostics;
    expect(localizeDiagnostic(first!, "en").message).toBe("`bergilir` asks for 2 sessions per week, but 2019-06-03..2019-06-09 has time free for 0 (holidays, closures, opening hours or its windows); that period holds fewer, or widen its windows");
    expect(localizeDiagnostic(first!, "id").message).toBe("`bergilir` meminta 2 sesi per minggu, tetapi 2019-06-03..2019-06-09 hanya punya waktu luang untuk 0 (hari libur, hari tutup, jam buka atau jendelanya); periode itu memuat lebih sedikit sesi, atau perlebar jendelanya");
  });

  it("counts the periods over a longer horizon and names the first", () => {
    const year = planWorkspace(workspace, { horizon: { from: "2019-05-27", to: "2019-06-30" }, seed: 1 });
    expect(flexibleShortDiagnostics(workspace, year).map((d) => d.code)).toEqual(["LON5108", "LON5108"]);
    // Mondays only: 16 February 2026 is cuti bersama for Imlek, 23 March for Idul Fitri.
    const mondays = workspaceOf({ libraries: [library("lib")], programs: [{ ...program("senin", 1, 1), schedules: [{ kind: "flexible", count: 1, per: "week", windows: [{ days: ["mon"], time: { start: "08:00", end: "12:00" } }], durationMinutes: 120 }] }] });
    const spring = planWorkspace(mondays, { horizon: { from: "2026-02-09", to: "2026-03-29" }, seed: 1 });
    const [d] = flexibleShortDiagnostics(mondays, spring);
    expect(localizeDiagnostic(d!, "en").message).toBe("`senin` asks for 1 session per week, but 2 periods have time free for fewer (such as 2026-02-16..2026-02-22, for 0; holidays, closures, opening hours or its windows); they hold fewer, or widen its windows");
  });

  it("names a period the horizon cuts within the horizon (a walk, stop 53: a 2027 plan was told of 2026-12-28..2027-01-03)", () => {
    // 1 January 2027 is a Friday and New Year's Day: the week's part inside the horizon has no weekday free.
    const plan2027 = planWorkspace(workspace, { horizon: { from: "2027-01-01", to: "2027-01-31" }, seed: 1 });
    const [first] = flexibleShortDiagnostics(workspace, plan2027);
    expect(localizeDiagnostic(first!, "en").message).toContain("but 2027-01-01..2027-01-03 has time free for 0");
    expect(plan2027.violations.find((v) => v.constraint === "EXPAND_FLEXIBLE_SHORT")?.period).toEqual({ from: "2026-12-28", to: "2027-01-03" });
  });

  // A walk of stop 59: a 2027 plan of Tuesdays and Thursdays was told of 2027-01-01..2027-01-03 first, a weekend it could not mend.
  it("names first a short period whole inside the horizon, when there is one, and counts the cut one too", () => {
    const tuesdays = workspaceOf({ libraries: [library("lib")], programs: [{ ...program("selasa", 1, 2), schedules: [{ kind: "flexible", count: 2, per: "week", windows: [{ days: ["tue", "thu"], time: { start: "09:00", end: "12:00" } }], durationMinutes: 90 }] }] });
    const plan2027 = planWorkspace(tuesdays, { horizon: { from: "2027-01-01", to: "2027-03-31" }, seed: 1 });
    const [d] = flexibleShortDiagnostics(tuesdays, plan2027);
    const message = localizeDiagnostic(d!, "en").message;
    expect(message).not.toContain("2027-01-01..2027-01-03");
    expect(message).toMatch(/but \d+ periods have time free for fewer \(such as 2027-03-\d\d\.\.2027-03-\d\d, for [01];/);
  });

  it("is said in the report in the reader's language, not the planner's English", () => {
    const html = exportHtml(plan, workspace, { language: "id" });
    expect(html).toContain("Buku Bergilir, 2019-06-03 – 2019-06-09: hanya ada waktu luang untuk 0 dari 2 sesinya (hari libur, hari tutup atau jendela yang sempit)");
    expect(html).not.toContain("candidate slots");
  });
});
