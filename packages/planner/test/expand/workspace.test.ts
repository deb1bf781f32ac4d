import type { WorkspaceInput } from "@lontar/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apartSlots } from "../../src/expand/flexible.js";
import { compareOccurrences, expandWorkspace } from "../../src/expand/workspace.js";
import { workspaceOf } from "./helpers.js";

type ProgramInput = NonNullable<WorkspaceInput["programs"]>[number];
type ScheduleInput = NonNullable<ProgramInput["schedules"]>[number];

const langsa = {
  id: "perpus_langsa",
  name: "Perpustakaan Kota Langsa",
  tier: "kota" as const,
  region: { province: "Aceh" },
  openingHours: [{ days: ["mon" as const, "tue" as const, "wed" as const, "thu" as const, "fri" as const], time: { start: "08:00", end: "16:00" } }],
  closures: [{ kind: "range" as const, range: { from: "2019-06-03", to: "2019-06-07" }, reason: "Cuti bersama Idul Fitri" }, { kind: "public_holidays" as const }],
};

const program = (id: string, schedules: ScheduleInput[], extra: Partial<ProgramInput> = {}): ProgramInput => ({
  id,
  title: id,
  library: "perpus_langsa",
  category: "storytelling",
  schedules,
  ...extra,
});

const year2019 = { from: "2019-01-01", to: "2019-12-31" };

describe("expandWorkspace", () => {
  it("drops a declared closure with its reason and a public holiday with its name", () => {
    const ws = workspaceOf({
      libraries: [langsa],
      programs: [
        program("dongeng", [
          { kind: "once", start: "2019-06-05T09:00", durationMinutes: 60 },
          { kind: "once", start: "2019-08-17T09:00", durationMinutes: 60 },
          { kind: "once", start: "2019-08-19T09:00", durationMinutes: 60 },
        ]),
      ],
    });
    const { occurrences, dropped } = expandWorkspace(ws, year2019);
    expect(occurrences.map((o) => o.id)).toEqual(["dongeng@2019-08-19T09:00"]);
    expect(dropped.map((d) => [d.localDate, d.reason, d.detail])).toEqual([
      ["2019-06-05", "closure", "Cuti bersama Idul Fitri"],
      ["2019-08-17", "public-holiday", "Hari Kemerdekaan Republik Indonesia"],
    ]);
  });

  it("keeps closure days when the schedule says skipClosures: false, and drops excepted ranges as exceptions", () => {
    const ws = workspaceOf({
      libraries: [langsa],
      programs: [
        program("kelas", [
          { kind: "rrule", dtstart: "2019-08-12T10:00", rrule: "FREQ=DAILY;COUNT=10", durationMinutes: 60, skipClosures: false, exceptRanges: [{ from: "2019-08-14", to: "2019-08-15" }] },
        ]),
      ],
    });
    const { occurrences, dropped } = expandWorkspace(ws, year2019);
    expect(occurrences.map((o) => o.localDate)).toContain("2019-08-17");
    expect(dropped.map((d) => [d.localDate, d.reason])).toEqual([
      ["2019-08-14", "exception"],
      ["2019-08-15", "exception"],
    ]);
  });

  it("reports occurrences outside opening hours as findings, not drops", () => {
    const ws = workspaceOf({ libraries: [langsa], programs: [program("malam", [{ kind: "once", start: "2019-08-20T19:00", durationMinutes: 90 }])] });
    const { occurrences, findings } = expandWorkspace(ws, year2019);
    expect(occurrences).toHaveLength(1);
    expect(findings.map((f) => [f.code, f.level])).toEqual([["OUTSIDE_OPENING_HOURS", "hard"]]);
  });

  it("reports a library without zone or an unknown library with EXPAND_NO_ZONE", () => {
    const ws = workspaceOf({
      libraries: [{ id: "abroad", name: "Abroad", tier: "khusus", region: { province: "Nowhere" } }],
      programs: [program("x", [{ kind: "once", start: "2019-08-20T09:00", durationMinutes: 60 }], { library: "abroad" }), program("y", [{ kind: "once", start: "2019-08-20T09:00", durationMinutes: 60 }], { library: "ghost" })],
    });
    const { occurrences, findings } = expandWorkspace(ws, year2019);
    expect(occurrences).toEqual([]);
    expect(findings.map((f) => [f.code, f.programId])).toEqual([
      ["EXPAND_NO_ZONE", "x"],
      ["EXPAND_NO_ZONE", "y"],
    ]);
  });

  it("says EXPAND_NEVER for a schedule outside the horizon, and numbers a start repeated by two schedules", () => {
    const ws = workspaceOf({
      libraries: [langsa],
      programs: [
        program("dua", [
          { kind: "once", start: "2019-08-20T09:00", durationMinutes: 60 },
          { kind: "once", start: "2019-08-20T09:00", durationMinutes: 30 },
          { kind: "once", start: "2021-08-20T09:00", durationMinutes: 30 },
        ]),
      ],
    });
    const { occurrences, findings } = expandWorkspace(ws, year2019);
    expect(occurrences.map((o) => o.id).sort()).toEqual(["dua@2019-08-20T09:00", "dua@2019-08-20T09:00#2"]);
    expect(findings.map((f) => [f.code, f.scheduleIndex])).toEqual([["EXPAND_NEVER", 2]]);
  });

  it("places flexible sessions: two a week in Tuesday and Thursday windows, each with its week's candidates", () => {
    const ws = workspaceOf({
      libraries: [langsa],
      programs: [
        program("klub_buku", [
          {
            kind: "flexible",
            count: 2,
            per: "week",
            durationMinutes: 60,
            windows: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "09:00", end: "11:00" } }],
            within: { from: "2019-09-02", to: "2019-09-15" },
          },
        ]),
      ],
    });
    const { occurrences } = expandWorkspace(ws, year2019);
    expect(occurrences.map((o) => o.id)).toEqual(["klub_buku@2019-09-03T09:00", "klub_buku@2019-09-05T09:00", "klub_buku@2019-09-10T09:00", "klub_buku@2019-09-12T09:00"]);
    const first = occurrences[0]?.flexible;
    expect(first?.period).toEqual({ from: "2019-09-02", to: "2019-09-08" });
    // 5 days × starts 09:00, 09:30, 10:00.
    expect(first?.candidates).toHaveLength(15);
  });

  it("flexible: per period min(count, candidates kept apart) sessions, each one of its candidates, inside the windows, no two at once", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom("week" as const, "month" as const, "quarter" as const),
        fc.integer({ min: 30, max: 240 }),
        fc.subarray(["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const, { minLength: 1 }),
        (count, per, durationMinutes, days) => {
          const ws = workspaceOf({
            libraries: [{ ...langsa, closures: [], openingHours: [] }],
            programs: [program("f", [{ kind: "flexible", count, per, durationMinutes, windows: [{ days: [...days], time: { start: "08:00", end: "12:00" } }], skipClosures: false }])],
          });
          const { occurrences } = expandWorkspace(ws, { from: "2019-01-01", to: "2019-03-31" });
          const byPeriod = new Map<string, typeof occurrences>();
          for (const o of occurrences) {
            const key = o.flexible?.period.from ?? "none";
            byPeriod.set(key, [...(byPeriod.get(key) ?? []), o]);
          }
          for (const group of byPeriod.values()) {
            const candidates = group[0]?.flexible?.candidates ?? [];
            expect(group.length).toBe(Math.min(count, apartSlots(candidates).length));
            expect(group.some((a, i) => group.some((b, j) => i < j && a.startMs < b.endMs && b.startMs < a.endMs))).toBe(false);
            for (const o of group) {
              expect(candidates.some((c) => c.startMs === o.startMs)).toBe(true);
              expect(o.localStart >= "08:00" && o.localEnd <= "12:00" && o.localEnd > o.localStart).toBe(true);
            }
          }
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it("is sorted and identical whatever the host time zone", () => {
    const ws = workspaceOf({
      libraries: [langsa, { id: "ny", name: "NY", tier: "khusus", region: { province: "New York" }, timeZone: "America/New_York" }],
      programs: [
        program("a", [{ kind: "rrule", dtstart: "2019-03-01T02:30", rrule: "FREQ=DAILY;COUNT=20", durationMinutes: 45 }], { library: "ny" }),
        program("b", [{ kind: "rrule", dtstart: "2019-03-01T14:00", rrule: "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10", durationMinutes: 60 }]),
      ],
    });
    const original = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      const far = JSON.stringify(expandWorkspace(ws, year2019));
      process.env.TZ = "America/Los_Angeles";
      const result = expandWorkspace(ws, year2019);
      expect(JSON.stringify(result)).toBe(far);
      expect(result.occurrences.every((o, i, all) => i === 0 || compareOccurrences(all[i - 1] as (typeof all)[number], o) < 0)).toBe(true);
      // 10 March 2019 02:30 does not exist in New York: 19 daily instances, not 20.
      expect(result.occurrences.filter((o) => o.programId === "a")).toHaveLength(19);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
