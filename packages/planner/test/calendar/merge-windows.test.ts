/**
 * Windows of one day that overlap or touch are one span of time: a library
 * `open mon..fri 08:00-12:00, mon 10:00-14:00` is open on Monday from 08:00 to 14:00, and
 * a person `available mon 08:00-12:00, mon 12:00-16:00` can work 11:00-13:00. Each window
 * was once tested alone, so a session across two of them was outside the hours (LON5105),
 * its room or staff unavailable (LON5103), and a flexible session longer than each window
 * had no slot.
 */
import { localizeDiagnostic, type Weekday, type WeeklyWindow } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { mergeWindows } from "../../src/calendar/merge-windows.js";
import { openingGap } from "../../src/calendar/opening-gap.js";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const at = (days: Weekday[], start: string, end: string): WeeklyWindow => ({ days, time: { start, end } });
// Four weeks of 2027 without a holiday (Isra Mi'raj falls on Tuesday 5 January).
const horizon = { from: "2027-01-11", to: "2027-02-07" };

describe("mergeWindows", () => {
  it("joins windows of one day that overlap or touch, and keeps the days apart that differ", () => {
    expect(mergeWindows([at(["mon", "tue"], "08:00", "12:00"), at(["mon"], "10:00", "14:00"), at(["mon", "wed"], "14:00", "15:00")])).toEqual([
      at(["mon"], "08:00", "15:00"),
      at(["tue"], "08:00", "12:00"),
      at(["wed"], "14:00", "15:00"),
    ]);
  });

  it("returns the same list when no two windows of a day meet (a lunch break stays a break)", () => {
    const solok = [at(["mon", "tue", "wed", "thu"], "08:00", "16:00"), at(["fri"], "08:00", "11:30"), at(["fri"], "13:30", "16:00")];
    expect(mergeWindows(solok)).toBe(solok);
  });

  it("opening gaps read the union: a session across two touching windows is inside", () => {
    const hours = [at(["mon"], "08:00", "12:00"), at(["mon"], "12:00", "16:00")];
    expect(openingGap(hours, "2027-01-04T11:00:00+07:00", "2027-01-04T13:00:00+07:00")).toBeUndefined();
    expect(openingGap(hours, "2027-01-04T15:00:00+07:00", "2027-01-04T17:00:00+07:00")).toMatchObject({ kind: "closesBefore", closes: "16:00" });
  });
});

describe("planning with overlapping windows", () => {
  const program = (id: string, schedules: unknown, needs: unknown[]) => ({ id, title: id, library: "lib", category: "class", schedules, needs });
  const workspace = workspaceOf({
    libraries: [library("lib", { openingHours: [at(["mon", "tue", "wed", "thu", "fri"], "08:00", "12:00"), at(["mon"], "10:00", "14:00")] })],
    resources: [
      { kind: "room", id: "ruang", capacity: 20, library: "lib" },
      { kind: "staff", id: "pic", availability: [at(["mon"], "08:00", "12:00"), at(["mon"], "12:00", "16:00")], library: "lib" },
    ],
    programs: [
      program("kelas", [{ kind: "rrule", dtstart: "2027-01-11T09:00", rrule: "FREQ=WEEKLY;BYDAY=MO", durationMinutes: 300 }], [{ kind: "room", resource: "ruang" }, { kind: "staff", resource: "pic" }]),
      program("bimbingan", [{ kind: "flexible", count: 1, per: "week", windows: [at(["tue"], "08:00", "10:00"), at(["tue"], "09:00", "12:00")], durationMinutes: 240 }], [{ kind: "room", resource: "ruang" }]),
    ],
  });
  const plan = planWorkspace(workspace, { horizon, seed: 1 });

  it("places a session inside the union of the library's hours and the person's availability", () => {
    const kelas = plan.occurrences.filter((o) => o.programId === "kelas");
    expect(kelas.map((o) => o.status)).toEqual(["scheduled", "scheduled", "scheduled", "scheduled"]);
    expect(kelas[0]?.assignments.map((a) => a.resourceId)).toEqual(["ruang", "pic"]);
  });

  it("gives a flexible session longer than each of its windows a slot in their union", () => {
    const bimbingan = plan.occurrences.filter((o) => o.programId === "bimbingan");
    expect(bimbingan.map((o) => [o.status, o.start])).toEqual([
      ["scheduled", "2027-01-12T08:00:00+07:00"],
      ["scheduled", "2027-01-19T08:00:00+07:00"],
      ["scheduled", "2027-01-26T08:00:00+07:00"],
      ["scheduled", "2027-02-02T08:00:00+07:00"],
    ]);
  });

  it("finds nothing to report", () => {
    const found = planDiagnostics(workspace, plan, horizon).filter((d) => d.severity !== "info");
    expect(found.map((d) => localizeDiagnostic(d, "en").message)).toEqual([]);
  });
});
