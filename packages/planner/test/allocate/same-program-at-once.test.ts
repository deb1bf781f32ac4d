/**
 * Two sessions of one program are never placed at the same time. A CI developer's walk
 * (stop 55): `2 times per week on mon, tue between 08:00-12:00 for 3h` with two librarians
 * who work Mondays only gave two sessions of `kelas` on one Monday, 08:00–11:00 each, ani and
 * budi one each, and `check` passed. Such a pair is a hard point for the search, a slot
 * choice never taken, and the session that cannot be held alone is left unplaced, said why.
 */
import type { WorkspaceInput } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { planWorkspace } from "../../src/plan-workspace.js";
import { workspaceOf } from "../expand/helpers.js";

type ResourceInput = NonNullable<WorkspaceInput["resources"]>[number];

const perpus = { id: "perpus", name: "Perpus", tier: "kabupaten" as const, region: { province: "Jawa Tengah", regency: "Kabupaten Demak" } };
const mondays = (id: string): ResourceInput => ({ kind: "staff", id, library: "perpus", availability: [{ days: ["mon"], time: { start: "08:00", end: "16:00" } }] }) as ResourceInput;
const kelas = {
  id: "kelas", title: "Kelas", library: "perpus", category: "class",
  schedules: [{ kind: "flexible", count: 2, per: "week", durationMinutes: 180, windows: [{ days: ["mon", "tue"], time: { start: "08:00", end: "12:00" } }] }],
  needs: [{ kind: "staff" }],
} as unknown as NonNullable<WorkspaceInput["programs"]>[number];
const WEEK = { from: "2027-01-11", to: "2027-01-17" };

describe("two sessions of one program", () => {
  it("are never held at once: the one that cannot be held alone is left unplaced, with why", () => {
    const ws = workspaceOf({ libraries: [perpus], resources: [mondays("ani"), mondays("budi")], programs: [kelas] });
    const plan = planWorkspace(ws, { horizon: WEEK, seed: 1 });
    const held = plan.occurrences.filter((o) => o.status === "scheduled");
    expect(held).toHaveLength(1);
    expect(held[0]?.start.slice(0, 10)).toBe("2027-01-11");
    const unplaced = plan.occurrences.filter((o) => o.status === "unassigned");
    expect(unplaced).toHaveLength(1);
    expect(unplaced[0]?.reasons?.[0]?.message).toContain("ani is not available then");
    expect(plan.score.hard).toBe(0);
    expect(plan.violations.some((v) => v.constraint === "same-program-at-once")).toBe(false);
  });

  it("may share a day when the window holds both one after the other", () => {
    const long = { ...kelas, schedules: [{ kind: "flexible", count: 2, per: "week", durationMinutes: 180, windows: [{ days: ["mon", "tue"], time: { start: "08:00", end: "16:00" } }] }] } as typeof kelas;
    const ws = workspaceOf({ libraries: [perpus], resources: [mondays("ani")], programs: [long] });
    const plan = planWorkspace(ws, { horizon: WEEK, seed: 1 });
    const held = plan.occurrences.filter((o) => o.status === "scheduled").sort((a, b) => (a.start < b.start ? -1 : 1));
    expect(held.map((o) => o.start.slice(0, 16))).toHaveLength(2);
    const [a, b] = held;
    expect(a !== undefined && b !== undefined && Date.parse(a.end) <= Date.parse(b.start)).toBe(true);
    expect(plan.score.hard).toBe(0);
  });

  // The review of stop 55: a site closed three days of the week left three sessions two mornings, and expansion moved two onto one.
  it("are never moved onto one another by a site's closures: the one without room is left out, the period short", () => {
    const desa = { id: "desa", name: "Desa", tier: "desa" as const, region: perpus.region, closures: [{ kind: "range", range: { from: "2027-01-12", to: "2027-01-14" }, reason: "Rapat desa" }] };
    const weekdays = (id: string): ResourceInput => ({ kind: "staff", id, library: "perpus", availability: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }] }) as ResourceInput;
    const atDesa = { ...kelas, sites: ["desa"], schedules: [{ kind: "flexible", count: 3, per: "week", durationMinutes: 180, windows: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "12:00" } }] }] } as typeof kelas;
    const ws = workspaceOf({ libraries: [perpus, desa] as never, resources: ["ani", "budi", "cici"].map(weekdays), programs: [atDesa] });
    const plan = planWorkspace(ws, { horizon: WEEK, seed: 1 });
    const held = plan.occurrences.filter((o) => o.status === "scheduled");
    expect(held.map((o) => o.start.slice(0, 10)).sort()).toEqual(["2027-01-11", "2027-01-15"]);
    expect(plan.score.hard).toBe(0);
    expect(plan.violations.filter((v) => v.constraint === "EXPAND_FLEXIBLE_SHORT").map((v) => v.slots)).toEqual([2]);
  });

  it("keep a flexible one off a fixed one of the same program", () => {
    const both = { ...kelas, schedules: [{ kind: "rrule", dtstart: "2027-01-11T08:00", rrule: "FREQ=WEEKLY", durationMinutes: 180 }, { kind: "flexible", count: 1, per: "week", durationMinutes: 180, windows: [{ days: ["mon"], time: { start: "08:00", end: "16:00" } }] }] } as typeof kelas;
    const ws = workspaceOf({ libraries: [perpus], resources: [mondays("ani"), mondays("budi")], programs: [both] });
    const plan = planWorkspace(ws, { horizon: WEEK, seed: 1 });
    const held = plan.occurrences.filter((o) => o.status === "scheduled").sort((a, b) => (a.start < b.start ? -1 : 1));
    expect(held).toHaveLength(2);
    const [a, b] = held;
    expect(a !== undefined && b !== undefined && Date.parse(a.end) <= Date.parse(b.start)).toBe(true);
    expect(plan.score.hard).toBe(0);
  });
});

describe("the words of two sessions of one program at once (what a pinned session may still leave)", () => {
  it("name the program in the output language, no ids", async () => {
    const { violationDetail } = await import("../../src/export/violation-text.js");
    const { indexWorkspace } = await import("../../src/export/plan-view.js");
    const ws = workspaceOf({ libraries: [perpus], resources: [mondays("ani")], programs: [kelas] });
    const v = { constraint: "same-program-at-once", level: "hard" as const, occurrenceId: "kelas@2027-01-11T09:00", programId: "kelas", message: "kelas@2027-01-11T08:00 and kelas@2027-01-11T09:00 of the same program are at the same time" };
    const context = { index: indexWorkspace(ws), session: () => undefined };
    expect(violationDetail(context, v, "id")).toBe("Kelas punya sesi lain pada waktu yang sama");
    expect(violationDetail(context, v, "en")).toBe("Kelas has another session at the same time");
  });
});
