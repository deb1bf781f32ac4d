/**
 * The opening-hours verdict (OUTSIDE_OPENING_HOURS, LON5105) is about where the allocator
 * placed a session, not about the default slot expansion gave a flexible one.
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { openingHoursDiagnostics } from "../../src/diagnostics/opening-hours.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2019-01-07", to: "2019-01-13" };
const weekdays = ["mon", "tue", "wed", "thu", "fri"];
const weekend = ["sat", "sun"];
const everyDay = [...weekdays, ...weekend];
const span = { file: "p.lontar", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const open = [{ days: weekdays, time: { start: "08:00", end: "16:00" } }];

/** A library open Monday to Friday, one person available on `days`, a flexible class that needs that person. */
const workspace = (count: number, days: readonly string[]) =>
  workspaceOf({
    libraries: [library("kota", { openingHours: open })],
    resources: [{ kind: "staff", id: "petugas", roles: ["petugas"], library: "kota", availability: [{ days, time: { start: "08:00", end: "16:00" } }] }],
    programs: [
      {
        id: "kelas",
        title: "Kelas",
        library: "kota",
        category: "class",
        source: span,
        schedules: [{ kind: "flexible", count, per: "week", durationMinutes: 120, windows: [{ days: everyDay, time: { start: "09:00", end: "11:00" } }], skipClosures: false }],
        needs: [{ kind: "staff", role: "petugas" }],
      },
    ],
  });

const outside = (plan: ReturnType<typeof planWorkspace>) => plan.violations.filter((v) => v.constraint === "OUTSIDE_OPENING_HOURS");

describe("opening hours judged where a flexible session was placed", () => {
  it("a session whose default slot is a closed Saturday, moved to an open weekday, is not outside the opening hours", () => {
    const ws = workspace(2, weekdays);
    const plan = planWorkspace(ws, { horizon, seed: 1 });
    const kelas = plan.occurrences.filter((o) => o.programId === "kelas");
    // Two a week over Monday-Sunday: Tuesday and Saturday by default; the person works Monday-Friday.
    expect(kelas.map((o) => o.id).sort()).toEqual(["kelas@2019-01-08T09:00", "kelas@2019-01-12T09:00"]);
    expect(kelas.every((o) => o.status === "scheduled" && o.start.slice(0, 10) < "2019-01-12")).toBe(true);
    expect(outside(plan)).toEqual([]);
    expect(plan.score.medium).toBe(0);
    expect(openingHoursDiagnostics(ws, plan)).toEqual([]);
  });

  it("a session moved from an open default to a closed day is outside, and says where it was placed", () => {
    const ws = workspace(1, weekend);
    const plan = planWorkspace(ws, { horizon, seed: 1 });
    const [session] = plan.occurrences;
    // One a week: Thursday by default; the person works only at the weekend.
    expect(session?.id).toBe("kelas@2019-01-10T09:00");
    const date = session?.start.slice(0, 10) ?? "";
    expect(["2019-01-12", "2019-01-13"]).toContain(date);
    expect(outside(plan).map((v) => [v.occurrenceId, v.level, v.message])).toEqual([
      ["kelas@2019-01-10T09:00", "medium", `kelas schedule 1: kelas@2019-01-10T09:00 (placed on ${date} 09:00-11:00) is outside the opening hours of kota`],
    ]);
    expect(plan.score.medium).toBe(1);
    const [d] = openingHoursDiagnostics(ws, plan);
    expect(localizeDiagnostic(d!, "en").message).toContain(`(${date} 09:00–11:00)`);
  });
});
