import { describe, expect, it } from "vitest";
import { planWorkspace } from "@lontar/planner";
import { planWorkspaceInParallel } from "@lontar/planner/node";
import { sampleWorkspace } from "../export/fixtures.js";

describe("the planning horizon defaults to the workspace's own", () => {
  const declared = { from: "2019-02-01", to: "2019-03-31" };
  const workspace = { ...sampleWorkspace(), horizon: declared };

  it("planWorkspace without a horizon plans the declared one, the same plan as passing it", () => {
    const implicit = planWorkspace(workspace, { seed: 3 });
    expect(implicit.horizon).toEqual(declared);
    expect(JSON.stringify(implicit)).toBe(JSON.stringify(planWorkspace(workspace, { seed: 3, horizon: declared })));
  });

  it("a horizon given wins over the declared one", () => {
    expect(planWorkspace(workspace, { seed: 3, horizon: { from: "2019-03-01", to: "2019-03-10" } }).horizon).toEqual({ from: "2019-03-01", to: "2019-03-10" });
  });

  it("planWorkspaceInParallel too", async () => {
    expect((await planWorkspaceInParallel(workspace, { seed: 3, threads: 1 })).horizon).toEqual(declared);
  });

  it("with neither, and no agreement to take the dates from, the caller's mistake is a TypeError naming the fix", () => {
    const { horizon: _dropped, ...undeclared } = workspace;
    // With its agreements, the workspace is planned over their validity (plan-horizon.test.ts).
    expect(planWorkspace(undeclared, { seed: 1 }).horizon.from).toBe(undeclared.agreements.map((a) => a.validity.from).sort()[0]);
    expect(() => planWorkspace({ ...undeclared, agreements: [] }, { seed: 1 })).toThrow(/pass options\.horizon, declare `horizon` in the workspace, or give it an agreement/);
  });
});
