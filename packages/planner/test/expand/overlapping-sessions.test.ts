import type { WorkspaceInput } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { expansionMemo, type ExpansionMemo } from "../../src/expand/expansion-memo.js";
import { expandWorkspace } from "../../src/expand/workspace.js";
import { countOccurrencesUpTo } from "../../src/expand/workspace-bound.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { workspaceOf } from "./helpers.js";

type ProgramInput = NonNullable<WorkspaceInput["programs"]>[number];

// Found by an SDK walk: 19 programs of `FREQ=SECONDLY` for an hour (3.9 KB of JSON) were
// accepted, expanded into 1,900,000 sessions competing for one room, and the allocator grew
// until the process died ("JavaScript heap out of memory"). Sessions of one schedule that
// overlap one another are an input error: the schedule gives none, and says why.
const library = { id: "l", name: "L", tier: "desa" as const, region: { province: "Jawa Timur" } };
const program = (id: string, rrule: string, durationMinutes: number, dtstart = "2026-01-05T09:00"): ProgramInput => ({
  id,
  title: id,
  library: "l",
  category: "storytelling",
  schedules: [{ kind: "rrule", dtstart, rrule, durationMinutes }],
  needs: [{ kind: "room" }],
});
const workspace = (programs: ProgramInput[]): ReturnType<typeof workspaceOf> =>
  workspaceOf({ libraries: [library], resources: [{ kind: "room", id: "r", capacity: 10, library: "l" }], programs });

/** A memo that counts the instances of the distinct recurrence sets it expands. */
function countingMemo(): { memo: ExpansionMemo; instances: () => number } {
  const inner = expansionMemo();
  const seen = new Set<string>();
  let instances = 0;
  return {
    memo: {
      clockOf: inner.clockOf,
      recurrence: (input) => {
        const result = inner.recurrence(input);
        const key = JSON.stringify(input);
        if (result.ok && !seen.has(key)) instances += result.starts.length;
        seen.add(key);
        return result;
      },
    },
    instances: () => instances,
  };
}

describe("a schedule whose sessions overlap one another", () => {
  const horizon = { from: "2026-01-01", to: "2026-01-31" };

  it("gives no occurrence and a hard EXPAND_OVERLAP naming the first two sessions that meet; the other schedules expand as before", () => {
    const result = expandWorkspace(workspace([program("detik", "FREQ=SECONDLY", 60), program("harian", "FREQ=DAILY", 30 * 60), program("mingguan", "FREQ=WEEKLY", 120)]), horizon);
    expect(result.findings.filter((f) => f.code === "EXPAND_OVERLAP").map((f) => [f.programId, f.level, f.message])).toEqual([
      ["detik", "hard", expect.stringContaining("sessions of 60 minutes overlap: the one at 2026-01-05 09:00 has not ended when the next starts at 2026-01-05 09:00:01")],
      ["harian", "hard", expect.stringContaining("sessions of 1800 minutes overlap: the one at 2026-01-05 09:00 has not ended when the next starts at 2026-01-06 09:00")],
    ]);
    expect(new Set(result.occurrences.map((o) => o.programId))).toEqual(new Set(["mingguan"]));
    expect(result.occurrences).toHaveLength(4);
  });

  it("is told from its first instances: FREQ=SECONDLY is never expanded whole", () => {
    const { memo, instances } = countingMemo();
    expandWorkspace(workspace(Array.from({ length: 19 }, (_, i) => program(`p${i}`, "FREQ=SECONDLY", 60, `2026-01-05T09:${String(i).padStart(2, "0")}`))), horizon, { memo });
    expect(instances()).toBeLessThanOrEqual(19 * 64);
  });

  it("counts nothing towards the workspace's bound, so the plan says what is wrong instead of refusing the workspace", () => {
    const programs = Array.from({ length: 19 }, (_, i) => program(`p${i}`, "FREQ=SECONDLY", 60));
    const { memo, instances } = countingMemo();
    expect(countOccurrencesUpTo(workspace(programs), { horizon, max: 1000, maxPerSchedule: 100_000, memo })).toBeUndefined();
    expect(instances()).toBeLessThanOrEqual(64);
    const plan = planWorkspace(workspace(programs.slice(0, 2)), { horizon: { from: "2026-01-05", to: "2026-01-05" }, seed: 1, maxOccurrences: 1000 });
    expect(plan.occurrences).toEqual([]);
    expect(plan.violations.map((v) => [v.constraint, v.level, v.programId])).toEqual([
      ["EXPAND_OVERLAP", "hard", "p0"],
      ["EXPAND_OVERLAP", "hard", "p1"],
    ]);
    expect(plan.score.hard).toBe(2);
  });

  it("is judged on the whole set when only its instances can tell, and counted out of the bound then too", () => {
    // Two sessions a day, 9:00 and 10:00, only on 1 March: the form allows an overlap, the first instances show none.
    const late = program("maret", "FREQ=DAILY;BYMONTH=1,3;BYMONTHDAY=1,15;BYHOUR=9,10", 90, "2026-01-01T09:00");
    const ws = workspace([late]);
    const year = { from: "2026-01-01", to: "2026-12-31" };
    expect(expandWorkspace(ws, year).findings.map((f) => f.code)).toEqual(["EXPAND_OVERLAP"]);
    expect(countOccurrencesUpTo(ws, { horizon: year, max: 1, maxPerSchedule: 100_000, memo: expansionMemo() })).toBeUndefined();
  });

  it("is not found where sessions only follow one another", () => {
    const result = expandWorkspace(workspace([program("jam", "FREQ=HOURLY;BYHOUR=9,10,11", 60), program("pagi-sore", "FREQ=DAILY;BYHOUR=9,15", 360)]), { from: "2026-01-05", to: "2026-01-06" });
    expect(result.findings.filter((f) => f.code === "EXPAND_OVERLAP")).toEqual([]);
    expect(result.occurrences).toHaveLength(10);
  });
});
