import { describe, expect, it } from "vitest";
import { allocate } from "../../src/allocate/allocate.js";
import { dateOfDay, dayNumber, periodStartDay, weekdayIndex } from "../../src/calendar/periods.js";
import { library, occurrenceAt, workspaceOf } from "./helpers.js";

const program = { id: "p", title: "p", library: "lib", category: "literacy_training", needs: [{ kind: "volunteer" }] };
const run = (volunteer: Record<string, unknown>, starts: readonly string[], minutes: number) =>
  allocate(
    workspaceOf({ libraries: [library("lib")], resources: [{ kind: "volunteer", id: "rina", library: "lib", ...volunteer }], programs: [program] }),
    starts.map((s) => occurrenceAt("p", "lib", s, minutes)),
    { seed: 7 },
  );
const scheduledDays = (result: ReturnType<typeof run>): string[] => result.occurrences.filter((o) => o.status === "scheduled").map((o) => o.start.slice(0, 10));

/** Tuesdays and Fridays of March 2025 at 09:00 (nine sessions), and the first Tuesday of April. */
const TUE_FRI = ["2025-03-04", "2025-03-07", "2025-03-11", "2025-03-14", "2025-03-18", "2025-03-21", "2025-03-25", "2025-03-28", "2025-04-01"].map((d) => `${d}T09:00`);

describe("a person's cap on hours per period", () => {
  it("lets `8 hours per month` take four 2-hour sessions of a month, however they fall in its weeks (a weekly average of 1.85 h took none)", () => {
    const result = run({ maxHours: [{ hours: 8, per: "month" }] }, TUE_FRI, 120);
    const days = scheduledDays(result);
    expect(days.filter((d) => d.startsWith("2025-03"))).toHaveLength(4);
    expect(days).toContain("2025-04-01");
    expect(result.score.hard).toBe(0);
    const waiting = result.occurrences.filter((o) => o.status === "unassigned");
    expect(waiting).toHaveLength(4);
    for (const o of waiting) expect(o.reasons?.[0]?.message).toContain("rina has no hours left that month (at most 8 h)");
    expect(waiting[0]?.reasons?.[0]?.candidates?.[0]).toEqual({ resourceId: "rina", why: "no-hours", weekHours: 8, per: "month" });
  });

  it("counts a day's cap on each day, not as a weekly total", () => {
    const starts = ["2025-03-03T08:00", "2025-03-03T11:00", "2025-03-03T14:00", "2025-03-04T08:00"];
    const days = scheduledDays(run({ maxHours: [{ hours: 4, per: "day" }] }, starts, 120));
    expect(days.filter((d) => d === "2025-03-03")).toHaveLength(2);
    expect(days).toContain("2025-03-04");
  });

  it("holds a weekly cap and a monthly one together", () => {
    // At most 4 h a week (two sessions) and 10 h a month (five sessions): March gets five, no week more than two.
    const days = scheduledDays(run({ maxHoursPerWeek: 4, maxHours: [{ hours: 10, per: "month" }] }, TUE_FRI, 120));
    const march = days.filter((d) => d.startsWith("2025-03"));
    expect(march).toHaveLength(5);
    const weeks = new Map<number, number>();
    for (const d of march) weeks.set(periodStartDay(d, weekdayIndex(d), "week"), (weeks.get(periodStartDay(d, weekdayIndex(d), "week")) ?? 0) + 1);
    expect(Math.max(...weeks.values())).toBe(2);
  });

  it("reports pinned sessions past a monthly cap as a hard violation named by the month", () => {
    const ws = workspaceOf({ libraries: [library("lib")], resources: [{ kind: "volunteer", id: "rina", library: "lib", maxHours: [{ hours: 3, per: "month" }] }], programs: [program] });
    const occurrences = ["2025-03-04T09:00", "2025-03-20T09:00"].map((s) => occurrenceAt("p", "lib", s, 120));
    const scheduled = occurrences.map((o) => ({ id: o.id, programId: o.programId, libraryId: o.libraryId, start: o.start, end: o.end, status: "scheduled" as const, assignments: [{ resourceId: "rina", kind: "volunteer" }] }));
    const previous = { version: 1 as const, horizon: { from: "2025-03-01", to: "2025-03-31" }, violations: [], agreements: [], kpis: [], budget: [], score: { hard: 0, medium: 0, soft: 0 }, occurrences: scheduled };
    const result = allocate(ws, occurrences, { seed: 1, previous, pinned: occurrences.map((o) => o.id) });
    const over = result.violations.find((v) => v.constraint === "period-hours");
    expect(over).toMatchObject({ level: "hard", resourceId: "rina", occurrenceId: "p@2025-03-20T09:00" });
    expect(over?.message).toBe("rina would work 4 h in the month of 2025-03-01, more than its 3 h a month");
    expect(result.score.hard).toBe(1);
  });
});

describe("a session longer than a person's cap", () => {
  it("is explained by its length, not by hours used up (none are)", () => {
    const result = run({ maxHours: [{ hours: 8, per: "month" }] }, ["2025-03-04T08:00"], 600);
    const [session] = result.occurrences;
    expect(session?.status).toBe("unassigned");
    expect(session?.reasons?.[0]?.candidates?.[0]).toEqual({ resourceId: "rina", why: "no-hours", weekHours: 8, per: "month", sessionHours: 10 });
    expect(session?.reasons?.[0]?.message).toContain("rina works at most 8 h a month, less than the session's 10 h");
    const weekly = run({ maxHoursPerWeek: 4 }, ["2025-03-04T08:00"], 300);
    expect(weekly.occurrences[0]?.reasons?.[0]?.candidates?.[0]).toEqual({ resourceId: "rina", why: "no-hours", weekHours: 4, sessionHours: 5 });
  });
});

describe("the first day of a period", () => {
  it("is the day, the Monday, the first of the month, quarter, semester or year", () => {
    const at = (date: string, per: Parameters<typeof periodStartDay>[2]): string => dateOfDay(periodStartDay(date, weekdayIndex(date), per));
    expect(at("2025-08-14", "day")).toBe("2025-08-14");
    expect(at("2025-08-14", "week")).toBe("2025-08-11");
    expect(at("2025-08-14", "month")).toBe("2025-08-01");
    expect(at("2025-08-14", "quarter")).toBe("2025-07-01");
    expect(at("2025-05-14", "quarter")).toBe("2025-04-01");
    expect(at("2025-06-30", "semester")).toBe("2025-01-01");
    expect(at("2025-07-01", "semester")).toBe("2025-07-01");
    expect(at("2025-12-31", "year")).toBe("2025-01-01");
    expect(at("1969-12-31", "month")).toBe("1969-12-01");
    expect(periodStartDay("2025-01-01", weekdayIndex("2025-01-01"), "year")).toBe(dayNumber("2025-01-01"));
  });
});
