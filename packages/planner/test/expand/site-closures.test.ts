/**
 * A session held at another declared library keeps that library's closures (M2 of stop 41,
 * and the walk of stop 42: a mobile library visited a village library closed for renovation,
 * and `check` passed): it is dropped with the site's reason, a rotating route's stop having
 * taken its turn; a flexible session at one site keeps only the slots the site is open on.
 */
import type { WorkspaceInput } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { expandWorkspace } from "../../src/expand/workspace.js";
import { partitionWorkspace } from "../../src/partition/partition-workspace.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { visitsOutsideOpeningHours } from "../../src/diagnostics/opening-hours.js";
import { reasonsReader } from "../../src/export/occurrence-facts.js";
import { indexWorkspace } from "../../src/export/plan-view.js";
import { workspaceOf } from "./helpers.js";

/** ISO weekday of a date, Monday 1. */
const weekdayOf = (date: string): number => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

type LibraryInput = NonNullable<WorkspaceInput["libraries"]>[number];
type ProgramInput = NonNullable<WorkspaceInput["programs"]>[number];

const MARCH = { from: "2027-03-01", to: "2027-03-31" };
const library = (id: string, extra: Partial<LibraryInput> = {}): LibraryInput => ({
  id, name: `Perpustakaan ${id}`, tier: "kelurahan", region: { province: "Sulawesi Selatan", regency: "Kota Makassar" }, ...extra,
});
/** The organiser: open on cuti bersama, so that only its sites' closures drop a visit. */
const KOTA = library("kota", { tier: "kota", closures: [], openOnCollectiveLeave: true });
const TUESDAYS = { kind: "rrule" as const, dtstart: "2027-03-02T09:00", rrule: "FREQ=WEEKLY;BYDAY=TU", durationMinutes: 120 };
const keliling = (extra: Partial<ProgramInput> = {}): ProgramInput => ({
  id: "keliling", title: "Perpustakaan keliling", library: "kota", category: "mobile_library", schedules: [TUESDAYS], ...extra,
});

describe("sessions at another declared library keep its closures", () => {
  // A walk of stop 56: a village closed for renovation left the mobile library idle on each of its turns, where the next village was open.
  it("sends a route's visit due at a stop closed for renovation to the next stop open, the closed stop keeping its turn; drops it, with the stop and its reason, when every stop is closed", () => {
    const renovation = { kind: "range" as const, range: { from: "2027-03-15", to: "2027-03-19" }, reason: "Renovasi ruang baca" };
    const ws = (b: Record<string, unknown>) =>
      workspaceOf({
        libraries: [KOTA, library("kel_a", { closures: [renovation], openOnCollectiveLeave: true }), library("kel_b", { openOnCollectiveLeave: true, ...b })],
        programs: [keliling({ sites: ["kel_a", "kel_b"], siteMode: "rotating" })],
      });
    const open = expandWorkspace(ws({}), MARCH);
    expect(open.occurrences.map((o) => [o.localDate, o.site])).toEqual([["2027-03-02", "kel_a"], ["2027-03-09", "kel_b"], ["2027-03-16", "kel_b"], ["2027-03-23", "kel_a"], ["2027-03-30", "kel_b"]]);
    expect(open.dropped).toEqual([]);
    const bothClosed = expandWorkspace(ws({ closures: [{ ...renovation, reason: "Inventarisasi" }] }), MARCH);
    expect(bothClosed.occurrences.map((o) => [o.localDate, o.site])).toEqual([["2027-03-02", "kel_a"], ["2027-03-09", "kel_b"], ["2027-03-23", "kel_b"], ["2027-03-30", "kel_a"]]);
    expect(bothClosed.dropped.map((d) => [d.localDate, d.site, d.reason, d.detail])).toEqual([["2027-03-16", "kel_a", "closure", "Renovasi ruang baca"]]);
  });

  it("drops a visit on a cuti bersama day the site closes on (as every library does unless it opens on them), the organiser staying open", () => {
    const ws = workspaceOf({ libraries: [KOTA, library("kel_a")], programs: [keliling({ sites: ["kel_a"] })] });
    const { occurrences, dropped } = expandWorkspace(ws, MARCH);
    expect(dropped.map((d) => [d.localDate, d.site, d.reason])).toEqual([["2027-03-09", "kel_a", "public-holiday"]]);
    expect(dropped[0]?.detail).toContain("Idul Fitri");
    expect(occurrences.map((o) => o.localDate)).toEqual(["2027-03-02", "2027-03-16", "2027-03-23", "2027-03-30"]);
    // The plan says why, naming the library visited.
    const plan = planWorkspace(ws, { horizon: MARCH, seed: 1 });
    const cancelled = plan.occurrences.filter((o) => o.status === "cancelled");
    expect(cancelled.map((o) => [o.start.slice(0, 10), o.site])).toEqual([["2027-03-09", "kel_a"]]);
  });

  it("keeps every visit when the schedule keeps no closures, or the site is the organiser itself or no declared library", () => {
    const closedAll = library("kel_a", { closures: [{ kind: "range", range: MARCH, reason: "Renovasi" }] });
    const kept = (program: ProgramInput, libraries: LibraryInput[] = [KOTA, closedAll]): number => expandWorkspace(workspaceOf({ libraries, programs: [program] }), MARCH).occurrences.length;
    expect(kept(keliling({ sites: ["kel_a"], schedules: [{ ...TUESDAYS, skipClosures: false }] }))).toBe(5);
    expect(kept(keliling({ sites: ["balai_rw_3"] }))).toBe(5);
    expect(kept(keliling({ sites: ["kel_a"] }))).toBe(0);
  });

  it("moves a flexible session at one site off the site's closed days, and drops it when the site is closed all its period", () => {
    const flexible = { kind: "flexible" as const, count: 1, per: "month" as const, windows: [{ days: ["tue" as const], time: { start: "09:00", end: "11:00" } }], durationMinutes: 120 };
    const closedEarly = library("kel_a", { closures: [{ kind: "range", range: { from: "2027-03-01", to: "2027-03-20" }, reason: "Renovasi" }] });
    const early = expandWorkspace(workspaceOf({ libraries: [KOTA, closedEarly], programs: [keliling({ sites: ["kel_a"], schedules: [flexible] })] }), MARCH);
    expect(early.dropped).toEqual([]);
    expect(early.occurrences.map((o) => o.localDate)).toEqual(["2027-03-23"]);
    expect(early.occurrences[0]?.flexible?.candidates.every((c) => c.localDate > "2027-03-20")).toBe(true);
    const closedAll = library("kel_a", { closures: [{ kind: "range", range: MARCH, reason: "Renovasi" }] });
    const all = expandWorkspace(workspaceOf({ libraries: [KOTA, closedAll], programs: [keliling({ sites: ["kel_a"], schedules: [flexible] })] }), MARCH);
    expect(all.occurrences).toEqual([]);
    expect(all.dropped.map((d) => [d.site, d.detail])).toEqual([["kel_a", "Renovasi"]]);
    // The period is short, as when the program's own library is closed all of it (M7 of stop 42): LON5108 warns, the score counts it.
    expect(all.findings.map((f) => [f.code, f.short])).toEqual([["EXPAND_FLEXIBLE_SHORT", { period: MARCH, slots: 0 }]]);
    expect(early.findings).toEqual([]);
  });

  it("keeps a flexible session at one site inside the site's opening hours, when its window leaves slots inside them", () => {
    const afternoons = { kind: "flexible" as const, count: 1, per: "month" as const, windows: [{ days: ["tue" as const, "thu" as const], time: { start: "08:00", end: "16:00" } }], durationMinutes: 120 };
    const thursdayMornings = library("kel_a", { openingHours: [{ days: ["thu"], time: { start: "08:00", end: "12:00" } }] });
    const result = expandWorkspace(workspaceOf({ libraries: [KOTA, thursdayMornings], programs: [keliling({ sites: ["kel_a"], schedules: [afternoons] })] }), MARCH);
    const [visit] = result.occurrences;
    expect(visit?.flexible?.candidates.every((c) => weekdayOf(c.localDate) === 4 && c.localStart >= "08:00" && c.localEnd <= "12:00")).toBe(true);
    expect(visit !== undefined && weekdayOf(visit.localDate) === 4 && visit.localEnd <= "12:00").toBe(true);
    // A window that never meets the hours keeps its slots: LON5111 then says the visits fall outside them.
    const evenings = library("kel_a", { openingHours: [{ days: ["thu"], time: { start: "17:00", end: "20:00" } }] });
    const outside = expandWorkspace(workspaceOf({ libraries: [KOTA, evenings], programs: [keliling({ sites: ["kel_a"], schedules: [afternoons] })] }), MARCH);
    const unbound = expandWorkspace(workspaceOf({ libraries: [KOTA, library("kel_a")], programs: [keliling({ sites: ["kel_a"], schedules: [afternoons] })] }), MARCH);
    expect(outside.occurrences).toHaveLength(1);
    expect(outside.occurrences[0]?.flexible?.candidates).toEqual(unbound.occurrences[0]?.flexible?.candidates);
    expect(visit?.flexible?.candidates.length).toBeLessThan(unbound.occurrences[0]?.flexible?.candidates.length ?? 0);
  });

  it("says a flexible period at one site is short when the site's closures leave fewer open slots than sessions", () => {
    const twice = { kind: "flexible" as const, count: 2, per: "month" as const, windows: [{ days: ["tue" as const], time: { start: "09:00", end: "11:00" } }], durationMinutes: 120 };
    const closed = library("kel_a", { closures: [{ kind: "range", range: { from: "2027-03-01", to: "2027-03-27" }, reason: "Renovasi" }] });
    const ws = workspaceOf({ libraries: [KOTA, closed], programs: [keliling({ sites: ["kel_a"], schedules: [twice] })] });
    const result = expandWorkspace(ws, MARCH);
    expect(result.findings.map((f) => [f.code, f.programId, f.scheduleIndex, f.short])).toEqual([["EXPAND_FLEXIBLE_SHORT", "keliling", 0, { period: MARCH, slots: 1 }]]);
    const plan = planWorkspace(ws, { horizon: MARCH, seed: 1 });
    expect(plan.violations.filter((v) => v.constraint === "EXPAND_FLEXIBLE_SHORT").map((v) => [v.period, v.slots])).toEqual([[MARCH, 1]]);
    // Enough open slots: not short.
    const fewer = library("kel_a", { closures: [{ kind: "range", range: { from: "2027-03-01", to: "2027-03-20" }, reason: "Renovasi" }] });
    expect(expandWorkspace(workspaceOf({ libraries: [KOTA, fewer], programs: [keliling({ sites: ["kel_a"], schedules: [twice] })] }), MARCH).findings).toEqual([]);
  });

  it("warns (LON5111's list) of a visit held on a closed site's day where expansion cannot cancel it: a flexible session on a route, a session at several sites", () => {
    const closed = library("kel_a", { closures: [{ kind: "range", range: { from: "2027-03-08", to: "2027-03-12" }, reason: "Renovasi" }], openOnCollectiveLeave: true });
    const ws = workspaceOf({
      libraries: [KOTA, closed, library("kel_b", { openOnCollectiveLeave: true })],
      programs: [keliling({ sites: ["kel_b", "kel_a"] })],
    });
    const plan = planWorkspace(ws, { horizon: MARCH, seed: 1 });
    const outside = visitsOutsideOpeningHours(new Map(ws.libraries.map((l) => [l.id, l])), plan);
    expect([...(outside.get("keliling")?.get("kel_a") ?? [])].map((o) => o.start.slice(0, 10))).toEqual(["2027-03-09"]);
    expect(outside.get("keliling")?.has("kel_b")).toBe(false);
  });

  it("names the library that is closed: the site when its closure cancelled the session, the program's own when its own did", () => {
    const closed = library("kel_a", { closures: [{ kind: "range", range: { from: "2027-03-08", to: "2027-03-12" }, reason: "Renovasi" }], openOnCollectiveLeave: true });
    const reasons = (programs: ProgramInput[]): string[] => {
      const ws = workspaceOf({ libraries: [KOTA, closed], programs });
      const plan = planWorkspace(ws, { horizon: MARCH, seed: 1 });
      const read = reasonsReader(indexWorkspace(ws), "en", plan.occurrences);
      return plan.occurrences.filter((o) => o.status === "cancelled").map((o) => read(o)[0] ?? "");
    };
    expect(reasons([keliling({ sites: ["kel_a"] })])).toEqual(["Cancelled: Perpustakaan kel_a is closed, Renovasi."]);
    // kel_a's own program held at the city library: kel_a's closure cancels it, and the city library is not said to be closed.
    expect(reasons([{ ...keliling({ sites: ["kota"] }), library: "kel_a" }])).toEqual(["Cancelled: the library is closed, Renovasi."]);
  });

  it("keeps them when the site is planned in another part: the part carries the site's library", () => {
    const ws = workspaceOf({
      libraries: [KOTA, library("kel_a", { closures: [{ kind: "range", range: { from: "2027-03-08", to: "2027-03-12" }, reason: "Renovasi" }] })],
      programs: [keliling({ sites: ["kel_a"] }), { id: "dongeng", title: "Dongeng", library: "kel_a", category: "storytelling", schedules: [TUESDAYS] }],
    });
    const parts = partitionWorkspace(ws);
    const route = parts.find((p) => p.workspace.programs.some((program) => program.id === "keliling"));
    expect(route?.workspace.libraries.map((l) => l.id)).toEqual(["kota"]);
    expect(route?.siteLibraries?.map((l) => l.id)).toEqual(["kel_a"]);
    const plan = planWorkspace(ws, { horizon: MARCH, seed: 1 });
    const visits = plan.occurrences.filter((o) => o.programId === "keliling");
    expect(visits.filter((o) => o.status === "cancelled").map((o) => o.start.slice(0, 10))).toEqual(["2027-03-09"]);
  });
});
