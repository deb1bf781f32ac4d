/**
 * Two sessions of one flexible schedule are never at once. Found by a CI developer's walk
 * (stop 55): `2 times per week on mon, tue between 08:00-12:00 for 3h` in the week of Isra
 * Mi'raj (Tuesday 2027-01-05) gave two sessions of `kelas` on Monday, 08:00–11:00 and
 * 09:00–12:00, and `check` passed; the language's LON4003 already counts a window's room as
 * sessions kept apart. A period has room for the slots kept apart; fewer than its count is
 * short (LON5108), and the default slots never overlap.
 */
import type { WorkspaceInput } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { apartSlots, spreadSlots } from "../../src/expand/flexible.js";
import { expandWorkspace } from "../../src/expand/workspace.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { slotAt } from "../allocate/helpers.js";
import { workspaceOf } from "./helpers.js";

type ProgramInput = NonNullable<WorkspaceInput["programs"]>[number];

const perpus = { id: "perpus", name: "Perpus", tier: "kabupaten" as const, region: { province: "Jawa Tengah", regency: "Kabupaten Demak" } };
const kelas = (schedule: Record<string, unknown>): ProgramInput => ({ id: "kelas", title: "Kelas", library: "perpus", category: "class", schedules: [{ kind: "flexible", durationMinutes: 180, ...schedule }] }) as unknown as ProgramInput;
const mornings = (days: string[]) => [{ days, time: { start: "08:00", end: "12:00" } }];

/** Whether two of the sessions overlap. */
const overlapping = (sessions: readonly { readonly startMs: number; readonly endMs: number }[]): boolean =>
  sessions.some((a, i) => sessions.some((b, j) => i < j && a.startMs < b.endMs && b.startMs < a.endMs));

describe("a flexible schedule's sessions", () => {
  it("are short in a week whose holiday leaves room for one, and the one left is held alone", () => {
    const ws = workspaceOf({ libraries: [perpus], programs: [kelas({ count: 2, per: "week", windows: mornings(["mon", "tue"]) })] });
    const week = { from: "2027-01-04", to: "2027-01-10" };
    const expanded = expandWorkspace(ws, week);
    expect(expanded.occurrences.map((o) => o.localStart)).toEqual(["08:00"]);
    expect(expanded.findings.map((f) => [f.code, f.short?.slots])).toEqual([["EXPAND_FLEXIBLE_SHORT", 1]]);
    const plan = planWorkspace(ws, { horizon: week, seed: 1 });
    expect(plan.occurrences.filter((o) => o.status === "scheduled")).toHaveLength(1);
    expect(plan.violations.map((v) => v.constraint)).toContain("EXPAND_FLEXIBLE_SHORT");
  });

  it("are short in a month whose Tuesdays, one a holiday, hold three of four, never two on one morning", () => {
    const ws = workspaceOf({ libraries: [perpus], programs: [kelas({ count: 4, per: "month", windows: mornings(["tue"]) })] });
    const expanded = expandWorkspace(ws, { from: "2027-01-01", to: "2027-01-31" });
    expect(expanded.occurrences.map((o) => o.localDate)).toEqual(["2027-01-12", "2027-01-19", "2027-01-26"]);
    expect(overlapping(expanded.occurrences)).toBe(false);
    expect(expanded.findings.map((f) => f.short?.slots)).toEqual([3]);
  });

  it("take two a day, one after the other, when the days are fewer than the count and the window holds both", () => {
    const ws = workspaceOf({ libraries: [perpus], programs: [kelas({ count: 4, per: "week", windows: [{ days: ["mon", "wed"], time: { start: "08:00", end: "16:00" } }] })] });
    const expanded = expandWorkspace(ws, { from: "2027-01-11", to: "2027-01-17" });
    expect(expanded.occurrences.map((o) => `${o.localDate} ${o.localStart}`)).toEqual(["2027-01-11 08:00", "2027-01-11 11:00", "2027-01-13 08:00", "2027-01-13 11:00"]);
    expect(expanded.findings).toEqual([]);
  });
});

describe("apartSlots and spreadSlots", () => {
  const monday = ["08:00", "08:30", "09:00", "09:30", "10:00", "11:00", "13:00"].map((t) => slotAt(`2027-01-11T${t}`, 180));
  it("keep each slot that starts at or after the end of the one kept before", () => {
    expect(apartSlots(monday).map((s) => s.localStart)).toEqual(["08:00", "11:00"]);
    expect(apartSlots([])).toEqual([]);
  });
  it("spread the count over slots kept apart, all of them when they are fewer", () => {
    expect(spreadSlots(monday, 3).map((s) => s.localStart)).toEqual(["08:00", "11:00"]);
    expect(overlapping(spreadSlots(monday, 2))).toBe(false);
  });
});
