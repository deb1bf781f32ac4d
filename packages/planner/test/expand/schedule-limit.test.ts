import type { WorkspaceInput } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { expansionMemo } from "../../src/expand/expansion-memo.js";
import { expandWorkspace } from "../../src/expand/workspace.js";
import { countOccurrencesUpTo } from "../../src/expand/workspace-bound.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { workspaceOf } from "./helpers.js";

type ProgramInput = NonNullable<WorkspaceInput["programs"]>[number];

// The hostile bench's `free` and `room` (bench/hostile.bench.ts): 19 programs of
// `FREQ=MINUTELY;INTERVAL=5` for a year (4 KB of JSON) stopped at the per-schedule bound,
// but their first 100,000 sessions each were planned: 1.9 million occurrences, minutes and
// gigabytes, and all but one in twenty unassigned when they needed the one room. 100,000
// sessions of one program in a horizon is a mistake: the schedule gives none, and says why.
const library = { id: "l", name: "L", tier: "desa" as const, region: { province: "Jawa Timur" } };
const year = { from: "2026-01-01", to: "2026-12-31" };
const program = (id: string, rrule: string, needs: ProgramInput["needs"] = [{ kind: "room" }]): ProgramInput => ({
  id,
  title: id,
  library: "l",
  category: "storytelling",
  schedules: [{ kind: "rrule", dtstart: "2026-01-05T09:00", rrule, durationMinutes: 5 }],
  needs,
});
const workspace = (programs: ProgramInput[]): ReturnType<typeof workspaceOf> =>
  workspaceOf({ horizon: year, libraries: [library], resources: [{ kind: "room", id: "r", capacity: 10, library: "l" }], programs });
const everyFiveMinutes = Array.from({ length: 19 }, (_, i) => program(`p${i}`, "FREQ=MINUTELY;INTERVAL=5"));

describe("a schedule past the per-schedule bound gives no occurrence", () => {
  it("plans 19 programs of FREQ=MINUTELY;INTERVAL=5 as 19 hard EXPAND_LIMIT and none of their sessions; the weekly program beside them as before", () => {
    const plan = planWorkspace(workspace([...everyFiveMinutes, program("weekly", "FREQ=WEEKLY")]), { seed: 1 });
    const limits = plan.violations.filter((v) => v.constraint === "EXPAND_LIMIT");
    expect(limits.map((v) => [v.programId, v.level])).toEqual(everyFiveMinutes.map((p) => [p.id, "hard"]));
    expect(limits[0]?.message).toBe(
      "p0 schedule 1: more than 100,000 sessions up to 2026-12-31 (the bound is reached on 2026-12-18; about 104,000 in all); " +
        "a schedule may give at most 100,000, so none of this schedule's is planned. Space the rule out (FREQ, INTERVAL) or narrow its window (UNTIL, COUNT)",
    );
    expect(new Set(plan.occurrences.map((o) => o.programId))).toEqual(new Set(["weekly"]));
    expect(plan.occurrences.length).toBeGreaterThan(40);
    // Nothing else is said of them: no session to leave unassigned, no "never occurs".
    expect(plan.violations.filter((v) => v.programId !== "weekly" && v.constraint !== "EXPAND_LIMIT")).toEqual([]);
    expect(plan.score.hard).toBeGreaterThanOrEqual(19);
  });

  it("counts such a schedule as 0 against the workspace bound: 25 of them are 25 EXPAND_LIMIT, not a workspace refused", () => {
    const ws = workspace(Array.from({ length: 25 }, (_, i) => program(`p${i}`, "FREQ=MINUTELY;INTERVAL=5", [])));
    expect(countOccurrencesUpTo(ws, { horizon: year, max: 2_000_000, maxPerSchedule: 100_000, memo: expansionMemo() })).toBeUndefined();
    const result = expandWorkspace(ws, year);
    expect(result.occurrences).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(Array.from({ length: 25 }, () => "EXPAND_LIMIT"));
  });

  // From 2026-01-05 09:00 every 5 minutes, the 100,000th is on 2026-12-18; to the end of 2026 there are 103,860.
  it("says about how many a set would give, within its UNTIL or COUNT", () => {
    const result = expandWorkspace(workspace([program("c", "FREQ=MINUTELY;INTERVAL=5;COUNT=100700"), program("u", "FREQ=MINUTELY;INTERVAL=5;UNTIL=20261226T000000")]), year);
    expect(result.findings.map((f) => [f.programId, f.message.match(/\(([^)]*)\)/)?.[1]])).toEqual([
      ["c", "the bound is reached on 2026-12-18; about 101,000 in all"],
      ["u", "the bound is reached on 2026-12-18; about 102,000 in all"],
    ]);
  });

  it("refuses a range of more days than the bound whole", () => {
    const ws = workspaceOf({
      libraries: [library],
      programs: [{ id: "r", title: "R", library: "l", category: "storytelling", schedules: [{ kind: "range", range: year, dailyStart: "08:00", dailyEnd: "16:00" }] }],
    });
    const result = expandWorkspace(ws, year, { maxOccurrencesPerSchedule: 100 });
    expect(result.occurrences).toEqual([]);
    expect(result.findings.map((f) => [f.code, f.level, f.message])).toEqual([
      ["EXPAND_LIMIT", "hard", "365 days of sessions in the horizon; a schedule may give at most 100, so none of this schedule's is planned. Narrow its range"],
    ]);
  });
});
