import { describe, expect, it } from "vitest";
import { planWorkspace } from "../src/plan-workspace.js";
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

  it("is taken when it is", () => {
    expect(planWorkspace(workspace, { horizon: { from: "2026-01-01", to: "2026-01-01" }, seed: 1 }).horizon).toEqual({ from: "2026-01-01", to: "2026-01-01" });
  });

  it("is asked for when the workspace declares none", () => {
    expect(() => planWorkspace(workspace, { seed: 1 })).toThrow(/no horizon to plan/);
  });
});
