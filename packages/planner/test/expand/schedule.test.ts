import { describe, expect, it } from "vitest";
import { expandSchedule } from "../../src/expand/schedule.js";
import type { ScheduleContext } from "../../src/expand/schedule-context.js";

const context: ScheduleContext = {
  programId: "p",
  libraryId: "lib",
  zone: "Asia/Makassar",
  scheduleIndex: 0,
  horizon: { from: "2019-01-01", to: "2019-12-31" },
  maxOccurrences: 1000,
};

describe("expandSchedule", () => {
  it("a once schedule gives one occurrence with offset, local fields and id", () => {
    const { occurrences } = expandSchedule({ kind: "once", start: "2019-05-17T09:00", durationMinutes: 150, skipClosures: true }, context);
    expect(occurrences).toEqual([
      {
        id: "p@2019-05-17T09:00",
        programId: "p",
        libraryId: "lib",
        zone: "Asia/Makassar",
        scheduleIndex: 0,
        start: "2019-05-17T09:00:00+08:00",
        end: "2019-05-17T11:30:00+08:00",
        startMs: Date.UTC(2019, 4, 17, 1),
        endMs: Date.UTC(2019, 4, 17, 3, 30),
        localDate: "2019-05-17",
        localStart: "09:00",
        localEnd: "11:30",
      },
    ]);
  });

  it("a range ending at 24:00 ends at the next midnight; an end before the start is a finding", () => {
    const late = expandSchedule({ kind: "range", range: { from: "2019-09-08", to: "2019-09-08" }, dailyStart: "18:00", dailyEnd: "24:00", skipClosures: false }, context);
    expect(late.occurrences.map((o) => [o.start, o.end])).toEqual([["2019-09-08T18:00:00+08:00", "2019-09-09T00:00:00+08:00"]]);
    const wrong = expandSchedule({ kind: "range", range: { from: "2019-09-08", to: "2019-09-09" }, dailyStart: "16:00", dailyEnd: "08:00", skipClosures: false }, context);
    expect(wrong.findings.map((f) => f.code)).toEqual(["EXPAND_INVALID_TIMES", "EXPAND_NEVER"]);
  });

  it("a flexible period with too few candidates says EXPAND_FLEXIBLE_SHORT and keeps what fits", () => {
    const result = expandSchedule(
      {
        kind: "flexible",
        count: 3,
        per: "week",
        durationMinutes: 60,
        windows: [{ days: ["sat"], time: { start: "09:00", end: "10:00" } }],
        within: { from: "2019-09-02", to: "2019-09-08" },
        skipClosures: false,
      },
      context,
    );
    expect(result.occurrences.map((o) => o.id)).toEqual(["p@2019-09-07T09:00"]);
    expect(result.findings.map((f) => [f.code, f.level])).toEqual([["EXPAND_FLEXIBLE_SHORT", "medium"]]);
  });

  it("a range longer than the bound gives no occurrence and a hard EXPAND_LIMIT", () => {
    const result = expandSchedule({ kind: "range", range: { from: "2019-01-01", to: "2019-12-31" }, dailyStart: "08:00", dailyEnd: "16:00", skipClosures: false }, { ...context, maxOccurrences: 10 });
    expect(result.occurrences).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(["EXPAND_LIMIT"]);
  });
});
