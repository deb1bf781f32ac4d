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

/** A library open Monday to Friday, one person available on `days`, a flexible class that needs that person, on a route through `sites` when given. */
const workspace = (count: number, days: readonly string[], sites?: readonly string[]) =>
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
        ...(sites === undefined ? {} : { sites, siteMode: "rotating" }),
        schedules: [{ kind: "flexible", count, per: "week", durationMinutes: 120, windows: [{ days: everyDay, time: { start: "09:00", end: "11:00" } }], skipClosures: false }],
        needs: [{ kind: "staff", role: "petugas" }],
      },
    ],
  });

const outside = (plan: ReturnType<typeof planWorkspace>) => plan.violations.filter((v) => v.constraint === "OUTSIDE_OPENING_HOURS");

describe("opening hours judged where a flexible session was placed", () => {
  it("a session whose default slot is a closed Saturday at the library, moved to an open weekday, is not outside the opening hours", () => {
    // A route from the village hall to the library: two a week over Monday-Sunday, Tuesday (balai) and Saturday (kota) by default; the person works Monday-Friday.
    const ws = workspace(2, weekdays, ["balai", "kota"]);
    const plan = planWorkspace(ws, { horizon, seed: 1 });
    const kelas = plan.occurrences.filter((o) => o.programId === "kelas");
    expect(kelas.map((o) => o.id).sort()).toEqual(["kelas@2019-01-08T09:00", "kelas@2019-01-12T09:00"]);
    expect(kelas.every((o) => o.status === "scheduled" && o.start.slice(0, 10) < "2019-01-12")).toBe(true);
    expect(kelas.map((o) => o.site)).toEqual(["balai", "kota"]);
    expect(outside(plan)).toEqual([]);
    expect(plan.score.medium).toBe(0);
    expect(openingHoursDiagnostics(ws, plan)).toEqual([]);
  });

  it("a session at the library placed on a closed day is outside, though its default slot was open, and LON5105 names where it was placed", () => {
    // Tuesday (kota) and Saturday (balai) by default; the person works only at the weekend, so the route goes to the library on Saturday.
    const ws = workspace(2, weekend, ["kota", "balai"]);
    const plan = planWorkspace(ws, { horizon, seed: 1 });
    const kelas = plan.occurrences.filter((o) => o.programId === "kelas");
    expect(kelas.map((o) => [o.start.slice(0, 10), o.site, o.status])).toEqual([
      ["2019-01-12", "kota", "scheduled"],
      ["2019-01-13", "balai", "scheduled"],
    ]);
    const atLibrary = kelas[0]!;
    const found = outside(plan);
    expect(found.map((v) => [v.occurrenceId, v.level])).toEqual([[atLibrary.id, "hard"]]);
    expect(found[0]?.message).toMatch(/is outside the opening hours of kota$/);
    expect(plan.score.hard).toBe(1);
    const [d] = openingHoursDiagnostics(ws, plan);
    expect(localizeDiagnostic(d!, "en").message).toContain("(2019-01-12 09:00–11:00)");
  });
});

describe("a flexible schedule held at its library keeps to the opening hours", () => {
  const noNeeds = (openingHours: unknown, sites?: readonly string[]) =>
    workspaceOf({
      libraries: [library("kota", { openingHours })],
      programs: [
        {
          id: "kelas2",
          title: "Kelas 2",
          library: "kota",
          category: "class",
          source: span,
          ...(sites === undefined ? {} : { sites }),
          schedules: [{ kind: "flexible", count: 2, per: "week", durationMinutes: 120, windows: [{ days: everyDay, time: { start: "09:00", end: "11:00" } }], skipClosures: false }],
        },
      ],
    });
  const days = (plan: ReturnType<typeof planWorkspace>) => plan.occurrences.map((o) => [o.id, o.start.slice(0, 10)]);

  it("a program with no needs is spread over the days the library is open (Tuesday and Thursday), not left on a closed Saturday", () => {
    const plan = planWorkspace(noNeeds(open), { horizon, seed: 1 });
    expect(days(plan)).toEqual([
      ["kelas2@2019-01-08T09:00", "2019-01-08"],
      ["kelas2@2019-01-10T09:00", "2019-01-10"],
    ]);
    expect(outside(plan)).toEqual([]);
    expect(plan.score.medium).toBe(0);
  });

  // A walk of stop 56: with fewer open slots than sessions, every slot of the window was taken, and the session outside the hours was an error
  // (LON5103, LON5105) where the docs promise a short period (LON5108) holding those that fit, as a visited site's hours already did.
  it("holds the sessions that fit while the library is open when fewer fit than asked (the period is short), and every slot of its window when held elsewhere", () => {
    const tuesdays = planWorkspace(noNeeds([{ days: ["tue"], time: { start: "08:00", end: "16:00" } }]), { horizon, seed: 1 });
    expect(days(tuesdays)).toEqual([["kelas2@2019-01-08T09:00", "2019-01-08"]]);
    expect(outside(tuesdays)).toEqual([]);
    expect(tuesdays.violations.filter((v) => v.constraint === "EXPAND_FLEXIBLE_SHORT").map((v) => [v.period, v.slots])).toEqual([[{ from: "2019-01-07", to: "2019-01-13" }, 1]]);
    // A window that never meets the opening hours keeps its slots: the window and the hours disagree, and LON5105 says so.
    const evenings = planWorkspace(noNeeds([{ days: ["tue"], time: { start: "13:00", end: "16:00" } }]), { horizon, seed: 1 });
    expect(days(evenings)).toHaveLength(2);
    expect(outside(evenings)).toHaveLength(2);
    const elsewhere = noNeeds(open, ["balai"]);
    expect(days(planWorkspace(elsewhere, { horizon, seed: 1 })).map(([, date]) => date)).toEqual(["2019-01-08", "2019-01-12"]);
  });
});

describe("a session not held is not held outside the opening hours", () => {
  /** The library open Monday to Friday 08:00–16:00; a class each weekday at 17:00, with or without its room. */
  const evening = (needs: readonly Record<string, unknown>[]) =>
    workspaceOf({
      libraries: [library("kota", { openingHours: open })],
      resources: [{ kind: "room", id: "aula", capacity: 30, library: "kota" }],
      programs: [{ id: "kelas", title: "Kelas", library: "kota", category: "class", source: span, schedules: [{ kind: "rrule", dtstart: "2019-01-07T17:00", rrule: "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", durationMinutes: 120 }], needs }],
    });

  it("a session whose room is in the library closed then is left unplaced: counted once, as not placed (medium), not also as a firm rule broken (hard)", () => {
    const plan = planWorkspace(evening([{ kind: "room", resource: "aula" }]), { horizon, seed: 1 });
    expect(plan.occurrences.map((o) => o.status)).toEqual(Array(5).fill("unassigned"));
    expect(outside(plan)).toEqual([]);
    expect(plan.score).toMatchObject({ hard: 0, medium: 5 });
    expect(plan.violations.filter((v) => v.level !== "info")).toHaveLength(5);
  });

  it("a session held at that hour (it needs nothing of the library) is: one firm rule broken each", () => {
    const plan = planWorkspace(evening([]), { horizon, seed: 1 });
    expect(plan.occurrences.map((o) => o.status)).toEqual(Array(5).fill("scheduled"));
    expect(outside(plan)).toHaveLength(5);
    expect(plan.score).toMatchObject({ hard: 5, medium: 0 });
  });
});
