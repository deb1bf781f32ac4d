/**
 * A flexible session stays at its default slot (the expansion's even spread through its
 * period) unless moving buys something; packages/cli/test/flexible-spread.test.ts checks
 * examples/langsa, where the drift was found.
 */
import { describe, expect, it } from "vitest";
import { MOVED_FLEXIBLE_COST } from "../../src/allocate/score-state.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "./helpers.js";

const weekdays = [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "11:00" } }];
const visits = { id: "kunjungan", title: "kunjungan", library: "lib", category: "school_visit", schedules: [{ kind: "flexible", count: 4, per: "semester", windows: weekdays, durationMinutes: 120 }] };
const staff = (id: string) => ({ kind: "staff", id, skills: ["mendongeng"], library: "lib" });

const workspace = workspaceOf({
  libraries: [library("lib", { openingHours: weekdays })],
  resources: [{ kind: "room", id: "ruang_anak", capacity: 30, library: "lib" }, staff("ani"), staff("budi")],
  programs: [{ ...visits, needs: [{ kind: "room", resource: "ruang_anak" }, { kind: "staff", skill: "mendongeng" }] }],
});

describe("the cost of a flexible session away from its default slot", () => {
  it("is less than any other soft penalty, so a session still moves for one", () => {
    expect(MOVED_FLEXIBLE_COST).toBeGreaterThan(0);
    expect(MOVED_FLEXIBLE_COST).toBeLessThan(1);
  });

  it("stays where the expansion spread it when moving buys nothing", () => {
    const plan = planWorkspace(workspace, { horizon: { from: "2024-01-01", to: "2024-12-31" }, seed: 1 });
    const placed = plan.occurrences.filter((o) => o.programId === "kunjungan");
    expect(placed.map((o) => o.start.slice(0, 16))).toEqual(placed.map((o) => o.id.slice("kunjungan@".length, "kunjungan@".length + 16)));
  });
});
