import { describe, expect, it } from "vitest";
import { allocate } from "../../src/allocate/allocate.js";
import { library, occurrenceAt, workspaceOf } from "./helpers.js";

const program = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  title: id,
  library: "lib",
  category: "literacy_training",
  ...extra,
});

const run = (input: Parameters<typeof workspaceOf>[0], occurrences: Parameters<typeof allocate>[1]) => allocate(workspaceOf(input), occurrences, { seed: 7 });

describe("allocate: hard constraints and their justifications", () => {
  it("never double-books an exclusive room and explains the loser", () => {
    const result = run(
      { libraries: [library("lib")], resources: [{ kind: "room", id: "aula", capacity: 30, library: "lib" }], programs: [program("p", { needs: [{ kind: "room" }] })] },
      [occurrenceAt("p", "lib", "2025-03-03T09:00", 60), occurrenceAt("p", "lib", "2025-03-03T09:30", 60)],
    );
    expect(result.occurrences.map((o) => o.status).sort()).toEqual(["scheduled", "unassigned"]);
    const why = result.violations.find((v) => v.constraint === "unassigned");
    expect(why?.level).toBe("medium");
    expect(why?.message).toMatch(/aula is booked by p@2025-03-03T09:(00|30)/);
    expect(result.score).toMatchObject({ hard: 0, medium: 1 });
  });

  it("only gives a room that holds the expected participants", () => {
    const result = run(
      { libraries: [library("lib")], resources: [{ kind: "room", id: "kecil", capacity: 10, library: "lib" }], programs: [program("p", { expectedParticipants: 30, needs: [{ kind: "room" }] })] },
      [occurrenceAt("p", "lib", "2025-03-03T09:00", 60)],
    );
    expect(result.occurrences[0]?.status).toBe("unassigned");
    expect(result.occurrences[0]?.reasons?.[0]?.message).toContain("kecil holds 10 people, 30 needed");
  });

  it("requires roles and skills of staff", () => {
    const result = run(
      {
        libraries: [library("lib")],
        resources: [
          { kind: "staff", id: "ani", roles: ["pustakawan"], skills: [], library: "lib" },
          { kind: "staff", id: "budi", roles: ["pustakawan"], skills: ["dongeng"], library: "lib" },
        ],
        programs: [program("p", { needs: [{ kind: "staff", role: "pustakawan", skill: "dongeng" }] })],
      },
      [occurrenceAt("p", "lib", "2025-03-03T09:00", 60)],
    );
    expect(result.occurrences[0]?.assignments).toEqual([{ resourceId: "budi", kind: "staff" }]);
  });

  it("respects staff availability windows", () => {
    const result = run(
      {
        libraries: [library("lib")],
        resources: [{ kind: "staff", id: "ani", availability: [{ days: ["mon"], time: { start: "08:00", end: "12:00" } }], library: "lib" }],
        programs: [program("p", { needs: [{ kind: "staff" }] })],
      },
      [occurrenceAt("p", "lib", "2025-03-03T09:00", 60), occurrenceAt("p", "lib", "2025-03-03T13:00", 60)],
    );
    expect(result.occurrences.map((o) => o.status)).toEqual(["scheduled", "unassigned"]);
    expect(result.occurrences[1]?.reasons?.[0]?.message).toContain("ani is not available then");
  });

  it("keeps rooms within the library's opening hours", () => {
    const result = run(
      {
        libraries: [library("lib", { openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }] })],
        resources: [{ kind: "room", id: "aula", capacity: 30, library: "lib" }],
        programs: [program("p", { needs: [{ kind: "room" }] })],
      },
      [occurrenceAt("p", "lib", "2025-03-08T09:00", 60)],
    );
    expect(result.occurrences[0]?.status).toBe("unassigned");
    expect(result.occurrences[0]?.reasons?.[0]?.message).toContain("aula is in a library closed then");
  });

  it("cancels occurrences a forbid rule matches, naming the rule", () => {
    const result = run(
      {
        libraries: [library("lib")],
        programs: [program("p")],
        rules: [{ id: "no_friday_prayer", effect: "forbid", message: "no sessions during Friday prayer", when: { kind: "and", left: { kind: "compare", op: "==", left: { kind: "fact", name: "weekday" }, right: { kind: "literal", value: "fri" } }, right: { kind: "call", name: "overlaps", args: [{ kind: "literal", value: "11:30" }, { kind: "literal", value: "13:00" }] } } }],
      },
      [occurrenceAt("p", "lib", "2025-03-07T11:00", 60), occurrenceAt("p", "lib", "2025-03-07T14:00", 60)],
    );
    expect(result.occurrences.map((o) => o.status)).toEqual(["cancelled", "scheduled"]);
    expect(result.occurrences[0]?.reasons?.[0]).toMatchObject({ constraint: "forbidden-by-rule", ruleId: "no_friday_prayer" });
  });

  it("cancels occurrences in a require rule's scope that do not meet it", () => {
    const result = run(
      {
        libraries: [library("lib")],
        programs: [program("p")],
        rules: [{ id: "mornings", effect: "require", message: "sessions start before noon", when: { kind: "compare", op: "<", left: { kind: "fact", name: "occurrence.start" }, right: { kind: "literal", value: "12:00" } } }],
      },
      [occurrenceAt("p", "lib", "2025-03-03T09:00", 60), occurrenceAt("p", "lib", "2025-03-03T14:00", 60)],
    );
    expect(result.occurrences.map((o) => o.status)).toEqual(["scheduled", "cancelled"]);
    expect(result.occurrences[1]?.reasons?.[0]).toMatchObject({ constraint: "required-by-rule", ruleId: "mornings" });
  });

  it("reports warn rules as soft findings", () => {
    const result = run(
      { libraries: [library("lib")], programs: [program("p")], rules: [{ id: "late", effect: "warn", message: "late session", when: { kind: "compare", op: ">=", left: { kind: "fact", name: "occurrence.start" }, right: { kind: "literal", value: "17:00" } } }] },
      [occurrenceAt("p", "lib", "2025-03-03T18:00", 60)],
    );
    expect(result.occurrences[0]?.status).toBe("scheduled");
    expect(result.violations).toEqual([expect.objectContaining({ constraint: "rule-warning", level: "soft", ruleId: "late" })]);
    expect(result.score.soft).toBe(1);
  });

  it("leaves sessions past a budget's amount or monthly cap unassigned", () => {
    const result = run(
      {
        libraries: [library("lib")],
        resources: [{ kind: "budget", id: "apbdes", amount: 300_000, period: { from: "2025-01-01", to: "2025-12-31" }, cap: { amount: 200_000, per: "month" } }],
        programs: [program("p", { costs: [{ amount: 100_000, per: "session", budget: "apbdes" }] })],
      },
      ["2025-03-03", "2025-03-10", "2025-03-17", "2025-04-07", "2025-05-05"].map((d) => occurrenceAt("p", "lib", `${d}T09:00`, 60)),
    );
    expect(result.occurrences.map((o) => o.status)).toEqual(["scheduled", "scheduled", "unassigned", "scheduled", "unassigned"]);
    expect(result.occurrences[2]?.reasons?.[0]?.message).toContain("cap Rp 200000 per month");
    expect(result.occurrences[4]?.reasons?.[0]?.message).toContain("budget apbdes (Rp 300000)");
  });

  it("cancels a gated program below its minimum TPBIS stage", () => {
    const result = run(
      { libraries: [library("lib", { stage: "sosialisasi" })], programs: [program("p", { gate: { minStage: "implementasi" } })] },
      [occurrenceAt("p", "lib", "2025-03-03T09:00", 60)],
    );
    expect(result.occurrences[0]?.status).toBe("cancelled");
    expect(result.occurrences[0]?.reasons?.[0]).toMatchObject({ constraint: "stage-gate" });
    expect(result.occurrences[0]?.reasons?.[0]?.message).toContain("implementasi");
  });

  it("reports a broken precedence as a hard violation", () => {
    const result = run(
      { libraries: [library("lib")], programs: [program("bimtek", { precedences: [{ relation: "before", program: "praktik", gapDays: 7 }] }), program("praktik")] },
      [occurrenceAt("bimtek", "lib", "2025-03-03T09:00", 60), occurrenceAt("praktik", "lib", "2025-03-06T09:00", 60)],
    );
    expect(result.violations).toEqual([expect.objectContaining({ constraint: "precedence", level: "hard", occurrenceId: "praktik@2025-03-06T09:00" })]);
    expect(result.score.hard).toBe(1);
  });

  it("uses at most the pooled packages at once", () => {
    const result = run(
      {
        libraries: [library("lib")],
        resources: [{ kind: "collection", id: "paket", packages: 2, copiesPerPackage: 50 }],
        programs: [program("p", { needs: [{ kind: "collection", resource: "paket" }] })],
      },
      ["09:00", "09:15", "09:30"].map((t) => occurrenceAt("p", "lib", `2025-03-03T${t}`, 60)),
    );
    expect(result.occurrences.filter((o) => o.status === "scheduled")).toHaveLength(2);
    expect(result.score.hard).toBe(0);
  });

  it("keeps a volunteer within maxHoursPerWeek and says why the rest waits", () => {
    const result = run(
      {
        libraries: [library("lib")],
        resources: [{ kind: "volunteer", id: "rina", maxHoursPerWeek: 3, library: "lib" }],
        programs: [program("p", { needs: [{ kind: "volunteer" }] })],
      },
      [
        occurrenceAt("p", "lib", "2025-03-03T09:00", 90),
        occurrenceAt("p", "lib", "2025-03-04T09:00", 90),
        occurrenceAt("p", "lib", "2025-03-05T09:00", 90),
        occurrenceAt("p", "lib", "2025-03-10T09:00", 90),
      ],
    );
    const status = result.occurrences.map((o) => `${o.id.slice(2, 12)} ${o.status}`);
    expect(status.filter((s) => s.endsWith("scheduled") && s < "2025-03-10")).toHaveLength(2);
    expect(status).toContain("2025-03-10 scheduled");
    const waiting = result.occurrences.find((o) => o.status === "unassigned");
    expect(waiting?.reasons?.[0]?.message).toContain("rina has no hours left that week (at most 3 h)");
    expect(result.score).toMatchObject({ hard: 0, medium: 1 });
  });

  it("counts weeks Monday to Sunday before 1970 too", () => {
    const daily = ["1969-12-22", "1969-12-23", "1969-12-24", "1969-12-25", "1969-12-29"].map((d) => occurrenceAt("p", "lib", `${d}T09:00`, 60));
    const result = run({ libraries: [library("lib")], resources: [{ kind: "staff", id: "ani", maxHoursPerWeek: 3, library: "lib" }], programs: [program("p", { needs: [{ kind: "staff" }] })] }, daily);
    const scheduled = result.occurrences.filter((o) => o.status === "scheduled").map((o) => o.start.slice(0, 10));
    expect(scheduled.filter((d) => d < "1969-12-29")).toHaveLength(3);
    expect(scheduled).toContain("1969-12-29");
  });

  it("reports a pinned week past maxHoursPerWeek as a hard violation", () => {
    const ws = workspaceOf({
      libraries: [library("lib")],
      resources: [{ kind: "staff", id: "ani", maxHoursPerWeek: 2, library: "lib" }],
      programs: [program("p", { needs: [{ kind: "staff" }] })],
    });
    const occurrences = [occurrenceAt("p", "lib", "2025-03-03T09:00", 90), occurrenceAt("p", "lib", "2025-03-04T09:00", 90)];
    const previous = allocate(ws, occurrences.slice(0, 1), { seed: 1 });
    const both = { ...previous, occurrences: occurrences.map((o) => ({ id: o.id, programId: o.programId, libraryId: o.libraryId, start: o.start, end: o.end, status: "scheduled" as const, assignments: [{ resourceId: "ani", kind: "staff" }] })) };
    const result = allocate(ws, occurrences, { seed: 1, previous: { version: 1, horizon: { from: "2025-03-01", to: "2025-03-31" }, violations: [], agreements: [], kpis: [], budget: [], score: both.score, occurrences: both.occurrences }, pinned: occurrences.map((o) => o.id) });
    const week = result.violations.find((v) => v.constraint === "weekly-hours");
    expect(week).toMatchObject({ level: "hard", resourceId: "ani", occurrenceId: "p@2025-03-04T09:00" });
    expect(week?.message).toBe("ani would work 3 h in the week of 2025-03-03, more than its 2 h a week");
    expect(result.score.hard).toBe(1);
  });
});
