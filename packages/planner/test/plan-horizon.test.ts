import { describe, expect, it } from "vitest";
import { expandWorkspace } from "../src/expand/workspace.js";
import { planWorkspaceInParallel } from "../src/parallel/plan-in-parallel.js";
import { planWorkspace } from "../src/plan-workspace.js";
import { planningHorizon } from "../src/plan/planning-horizon.js";
import { library, workspaceOf } from "./allocate/helpers.js";

// Found by an SDK walk: a horizon of "banana", of 2026-02-30 or backwards planned nothing and said nothing.
describe("a horizon given to planWorkspace", () => {
  const workspace = workspaceOf({ libraries: [library("lib")] });

  it.each([
    [{ from: "banana", to: "x" }],
    [{ from: "2026-02-30", to: "2026-12-31" }],
    [{ from: "2026-12-31", to: "2026-01-01" }],
  ])("is refused when it is not two calendar days in order: %j", (horizon) => {
    expect(() => planWorkspace(workspace, { horizon, seed: 1 })).toThrow(RangeError);
  });

  // Found by a second SDK walk: a horizon written as the language writes it, "2026-01-01..2026-03-31",
  // was "the horizon undefined..undefined is not two days", and a list of two days the same.
  it.each([
    ["2026-01-01..2026-03-31", 'a string ("2026-01-01..2026-03-31")'],
    [["2026-01-01", "2026-03-31"], "an array"],
    [20260101, "a number"],
  ])("is a TypeError naming the shape when it is not an object { from, to }: %j", (horizon, shown) => {
    const call = (): unknown => planWorkspace(workspace, { horizon: horizon as unknown as { from: string; to: string }, seed: 1 });
    expect(call).toThrow(TypeError);
    expect(call).toThrow(`the horizon must be an object { from, to } of two days YYYY-MM-DD, not ${shown}`);
  });

  // An SDK walk: a horizon of 0001-01-01..9999-12-31 given as JSON ran for more than ten minutes.
  it("is refused at once when it spans more than 100 years, given or the workspace's own; 100 years are planned", () => {
    const far = { from: "0001-01-01", to: "9999-12-31" };
    expect(() => planWorkspace(workspace, { horizon: far, seed: 1 })).toThrow("the horizon 0001-01-01..9999-12-31 spans more than 100 years; a plan covers at most 100");
    expect(() => planWorkspace({ ...workspace, horizon: { from: "2000-01-01", to: "2101-01-01" } }, { seed: 1 })).toThrow(RangeError);
    expect(() => expandWorkspace(workspace, far)).toThrow(RangeError);
    expect(planWorkspace(workspace, { horizon: { from: "2000-01-01", to: "2099-12-31" }, seed: 1 }).horizon).toEqual({ from: "2000-01-01", to: "2099-12-31" });
  });

  it("is taken when it is", () => {
    expect(planWorkspace(workspace, { horizon: { from: "2026-01-01", to: "2026-01-01" }, seed: 1 }).horizon).toEqual({ from: "2026-01-01", to: "2026-01-01" });
  });

  it("is asked for when the workspace declares none", () => {
    expect(() => planWorkspace(workspace, { seed: 1 })).toThrow(/no horizon to plan/);
  });
});

// Found by an SDK walk: `planWorkspace(workspace)` with the horizon declared threw "Cannot read properties of undefined (reading 'seed')".
describe("planWorkspace and planWorkspaceInParallel without options", () => {
  const declared = workspaceOf({ horizon: { from: "2026-01-01", to: "2026-01-31" }, libraries: [library("lib")] });

  it("plan over the declared horizon with the default seed", async () => {
    const expected = JSON.stringify(planWorkspace(declared, { seed: 1 }));
    expect(JSON.stringify(planWorkspace(declared))).toBe(expected);
    expect(JSON.stringify(await planWorkspaceInParallel(declared))).toBe(expected);
  });

  it("ask for a horizon when the workspace declares none", async () => {
    const undeclared = workspaceOf({ libraries: [library("lib")] });
    expect(() => planWorkspace(undeclared)).toThrow(/no horizon to plan/);
    await expect(planWorkspaceInParallel(undeclared)).rejects.toThrow(/no horizon to plan/);
  });
});

// Found by a third SDK walk: a workspace with agreements and no horizon, which `lontar plan` plans over the
// agreements' validity, threw "no horizon to plan" from planWorkspace: the SDK plans it as the CLI does.
describe("a workspace with agreements and no horizon", () => {
  const agreement = (id: string, from: string, to: string): Record<string, unknown> => ({ id, library: "lib", partner: "mitra", validity: { from, to }, obligations: [{ kind: "hosts", party: "partner", program: "dongeng" }] });
  const workspace = workspaceOf({
    libraries: [library("lib")],
    partners: [{ id: "mitra", name: "Mitra", kind: "school" }],
    programs: [{ id: "dongeng", title: "Dongeng", library: "lib", category: "storytelling", schedules: [{ kind: "rrule", dtstart: "2026-01-05T09:00", rrule: "FREQ=WEEKLY", durationMinutes: 60 }] }],
    agreements: [agreement("mou_b", "2026-03-01", "2026-04-30"), agreement("mou_a", "2026-02-01", "2026-03-31")],
  });

  it("is planned over the span of their validity, the earliest start to the latest end", async () => {
    expect(planningHorizon(workspace)).toEqual({ from: "2026-02-01", to: "2026-04-30", origin: "agreements" });
    const plan = planWorkspace(workspace);
    expect(plan.horizon).toEqual({ from: "2026-02-01", to: "2026-04-30" });
    expect(JSON.stringify(plan)).toBe(JSON.stringify(planWorkspace(workspace, { horizon: { from: "2026-02-01", to: "2026-04-30" } })));
    expect(JSON.stringify(await planWorkspaceInParallel(workspace))).toBe(JSON.stringify(plan));
  });

  it("the caller's dates still come first, each end on its own", () => {
    expect(planningHorizon(workspace, { to: "2026-02-28" })).toEqual({ from: "2026-02-01", to: "2026-02-28", origin: "agreements" });
    expect(planningHorizon(workspace, { from: "2026-05-01" })).toBeUndefined();
  });
});

// Found by a second SDK walk: expandWorkspace(workspace), its horizon left out, failed with
// "Cannot read properties of undefined (reading 'to')", and a horizon of "banana" or backwards
// expanded nothing and said nothing. It checks the horizon as planWorkspace does.
describe("a horizon given to expandWorkspace", () => {
  const workspace = workspaceOf({ libraries: [library("lib")] });
  const expand = (horizon: unknown) => (): unknown => expandWorkspace(workspace, horizon as { from: string; to: string });

  it.each([
    [undefined, "undefined"],
    ["2026-01-01..2026-03-31", 'a string ("2026-01-01..2026-03-31")'],
  ])("is a TypeError naming the shape when it is not an object { from, to }: %j", (horizon, shown) => {
    expect(expand(horizon)).toThrow(TypeError);
    expect(expand(horizon)).toThrow(`the horizon must be an object { from, to } of two days YYYY-MM-DD, not ${shown}`);
  });

  it.each([[{ from: "banana", to: "x" }], [{ from: "2026-12-31", to: "2026-01-01" }]])("is a RangeError when it is not two calendar days in order: %j", (horizon) => {
    expect(expand(horizon)).toThrow(RangeError);
  });

  it("is taken when it is", () => {
    expect(expandWorkspace(workspace, { from: "2026-01-01", to: "2026-01-31" }).findings).toEqual([]);
  });
});
