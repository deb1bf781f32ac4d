import type { WorkspaceInput } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { expansionMemo, type ExpansionMemo } from "../../src/expand/expansion-memo.js";
import { expandWorkspace } from "../../src/expand/workspace.js";
import { countOccurrencesUpTo, DEFAULT_MAX_OCCURRENCES } from "../../src/expand/workspace-bound.js";
import { planWorkspaceInParallel } from "../../src/parallel/plan-in-parallel.js";
import type { FromWorker } from "../../src/parallel/protocol.js";
import { workerLoop } from "../../src/parallel/worker-loop.js";
import { partitionWorkspace } from "../../src/partition/partition-workspace.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { planRefusal } from "../../src/plan/refused-plan.js";
import { workspaceOf } from "./helpers.js";

type ProgramInput = NonNullable<WorkspaceInput["programs"]>[number];

const library = { id: "solok", name: "Perpustakaan Kota Solok", tier: "kota" as const, region: { province: "Sumatera Barat" }, closures: [{ kind: "public_holidays" as const }] };
const horizon = { from: "2019-01-01", to: "2019-12-31" };
const pad = (n: number): string => String(n).padStart(2, "0");

/** `n` programs, each a daily rule of `count` instances with its own DTSTART (so no two share a recurrence set). */
function dailyPrograms(n: number, count: number): ProgramInput[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `harian${i}`,
    title: `harian${i}`,
    library: "solok",
    category: "storytelling" as const,
    schedules: [{ kind: "rrule" as const, dtstart: `2019-01-01T${pad(8 + Math.floor(i / 60))}:${pad(i % 60)}`, rrule: `FREQ=DAILY;COUNT=${count}`, durationMinutes: 30 }],
  }));
}

const mixed = workspaceOf({
  libraries: [library],
  programs: [
    ...dailyPrograms(3, 100),
    { id: "sekali", title: "sekali", library: "solok", category: "class", schedules: [{ kind: "once", start: "2019-05-02T09:00", durationMinutes: 60 }] },
    { id: "rakor", title: "rakor", library: "solok", category: "coordination_meeting", schedules: [{ kind: "range", range: { from: "2019-10-16", to: "2019-10-18" } }] },
    {
      id: "kelas",
      title: "kelas",
      library: "solok",
      category: "class",
      schedules: [{ kind: "flexible", count: 2, per: "month", windows: [{ days: ["mon", "tue", "wed"], time: { start: "08:00", end: "12:00" } }], durationMinutes: 60, within: { from: "2019-03-01", to: "2019-05-31" } }],
    },
  ],
});

/** A memo that counts the recurrence sets it is asked for. */
function countingMemo(): { memo: ExpansionMemo; asked: () => number } {
  const inner = expansionMemo();
  let asked = 0;
  return {
    memo: { clockOf: inner.clockOf, recurrence: (input) => ((asked += 1), inner.recurrence(input)) },
    asked: () => asked,
  };
}

describe("the workspace-wide occurrence bound", () => {
  it("counts exactly what expansion gives (occurrences and drops), so a bound of that count passes and one less refuses", () => {
    const expanded = expandWorkspace(mixed, horizon);
    const total = expanded.occurrences.length + expanded.dropped.length;
    expect(total).toBe(3 * 100 + 1 + 3 + 2 * 3);
    expect(expandWorkspace(mixed, horizon, { maxOccurrences: total })).toEqual(expanded);
    const refused = expandWorkspace(mixed, horizon, { maxOccurrences: total - 1 });
    expect(refused.occurrences).toEqual([]);
    expect(refused.dropped).toEqual([]);
    expect(refused.findings.map((f) => [f.code, f.level, f.programId])).toEqual([["EXPAND_WORKSPACE_LIMIT", "hard", "kelas"]]);
    expect(refused.findings[0]?.message).toContain(`more than ${(total - 1).toLocaleString("en")} occurrences`);
    expect(refused.findings[0]?.message).toContain("--max-occurrences");
    expect(refused.findings[0]?.message).toContain("maxOccurrences");
  });

  it("refuses by arithmetic, expanding nothing, when the countable rules alone pass the bound", () => {
    const workspace = workspaceOf({ libraries: [library], programs: dailyPrograms(50, 300) });
    const { memo, asked } = countingMemo();
    const passed = countOccurrencesUpTo(workspace, { horizon, max: 1000, maxPerSchedule: 100_000, memo });
    expect(passed).toEqual({ max: 1000, counted: 1200, programId: "harian3", scheduleIndex: 0 });
    expect(asked()).toBe(0);
    const within = countingMemo();
    expect(countOccurrencesUpTo(workspace, { horizon, max: 50 * 300, maxPerSchedule: 100_000, memo: within.memo })).toBeUndefined();
    expect(within.asked()).toBe(0);
  });

  it("expands rules it cannot count only as far as the bound: later sets are never expanded", () => {
    // BYMONTH is not counted by arithmetic: each rule must be expanded (300 instances each).
    const programs = dailyPrograms(50, 300).map((p) => ({ ...p, schedules: (p.schedules ?? []).map((s) => ({ ...s, rrule: "FREQ=DAILY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;COUNT=300" })) }));
    const workspace = workspaceOf({ libraries: [library], programs });
    const { memo, asked } = countingMemo();
    expect(countOccurrencesUpTo(workspace, { horizon, max: 1000, maxPerSchedule: 100_000, memo })).toEqual({ max: 1000, counted: 1200, programId: "harian3", scheduleIndex: 0 });
    expect(asked()).toBe(4);
  });

  it("counts only the instances inside the horizon", () => {
    const workspace = workspaceOf({ libraries: [library], programs: [{ ...dailyPrograms(1, 1)[0], schedules: [{ kind: "rrule", dtstart: "2018-12-01T09:00", rrule: "FREQ=DAILY;COUNT=100", durationMinutes: 30 }] } as ProgramInput] });
    const memo = expansionMemo();
    // 31 December days of 2018 are before the horizon: 69 instances remain in 2019.
    expect(countOccurrencesUpTo(workspace, { horizon, max: 69, maxPerSchedule: 100_000, memo })).toBeUndefined();
    expect(countOccurrencesUpTo(workspace, { horizon, max: 68, maxPerSchedule: 100_000, memo })?.counted).toBe(69);
  });

  it("defaults to 2,000,000, with headroom over a province's year (~956,000)", () => {
    expect(DEFAULT_MAX_OCCURRENCES).toBe(2_000_000);
  });

  it("refuses a plan past the bound with one hard violation and no occurrence, on one thread and on workers alike", async () => {
    const workspace = workspaceOf({ libraries: [library], programs: dailyPrograms(20, 300) });
    const plan = planWorkspace(workspace, { horizon, maxOccurrences: 5000 });
    const refusal = planRefusal(plan);
    expect(refusal).toMatchObject({ constraint: "EXPAND_WORKSPACE_LIMIT", level: "hard" });
    expect(refusal?.message).toContain("more than 5,000 occurrences");
    expect(plan.occurrences).toEqual([]);
    expect(plan.score.hard).toBe(1);
    const parallel = await planWorkspaceInParallel(workspace, { horizon, maxOccurrences: 5000, threads: 2 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(plan));
  });

  it("a worker expands its parts with the plan's bound, not the default", () => {
    const workspace = workspaceOf({ libraries: [library], programs: dailyPrograms(3, 30) });
    const messages: FromWorker[] = [];
    const handle = workerLoop({ horizon, maxOccurrences: 89 }, { postMessage: (message) => messages.push(message) });
    const [part] = partitionWorkspace(workspace);
    expect(part).toBeDefined();
    if (part === undefined) return;
    handle({ type: "prepare", parts: [{ index: 0, part }] });
    handle({ type: "solve", budgets: [{ index: 0, budget: { seed: 1, maxSteps: 10 } }] });
    const solved = messages.flatMap((m) => (m.type === "solved" ? m.results : []));
    expect(solved[0]?.result.expansionViolations.map((v) => v.constraint)).toEqual(["EXPAND_WORKSPACE_LIMIT"]);
    expect(solved[0]?.result.planned).toEqual([]);
  });

  it("plans a workspace within the bound as before, on one thread and on workers", async () => {
    const workspace = workspaceOf({ libraries: [library], programs: dailyPrograms(20, 30) });
    const options = { horizon, maxSteps: 200, seed: 2 };
    const plain = planWorkspace(workspace, options);
    expect(planRefusal(plain)).toBeUndefined();
    expect(plain.occurrences).toHaveLength(600);
    expect(JSON.stringify(planWorkspace(workspace, { ...options, maxOccurrences: 600 }))).toBe(JSON.stringify(plain));
    expect(JSON.stringify(await planWorkspaceInParallel(workspace, { ...options, maxOccurrences: 600, threads: 2 }))).toBe(JSON.stringify(plain));
    const refusedOnWorkers = await planWorkspaceInParallel(workspace, { ...options, maxOccurrences: 599, threads: 2 });
    expect(planRefusal(refusedOnWorkers)?.message).toContain("more than 599 occurrences");
  });
});
