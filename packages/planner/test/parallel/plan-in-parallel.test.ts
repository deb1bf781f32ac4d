import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planWorkspaceInParallel } from "../../src/parallel/plan-in-parallel.js";
import { partitionWorkspace } from "../../src/partition/partition-workspace.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { generateProvince } from "../../bench/province.js";
import { multiLibraryArb } from "../partition/arbitrary.js";

describe("planWorkspaceInParallel", () => {
  it("gives the same bytes as planWorkspace on 1, 2 and 3 threads (a generated province)", async () => {
    const { workspace } = generateProvince(3, 6, 8);
    const horizon = { from: "2025-01-01", to: "2025-03-31" };
    const expected = JSON.stringify(planWorkspace(workspace, { horizon, seed: 7 }));
    for (const threads of [1, 2, 3]) {
      const plan = await planWorkspaceInParallel(workspace, { horizon, seed: 7, threads });
      expect(JSON.stringify(plan), `${threads} threads`).toBe(expected);
    }
    expect(JSON.parse(expected).occurrences.length).toBeGreaterThan(1000);
  });

  it("gives the same bytes as planWorkspace on generated multi-library workspaces", async () => {
    const horizon = { from: "2025-03-01", to: "2025-03-31" };
    const workspaces = fc.sample(multiLibraryArb.filter((w) => partitionWorkspace(w).length >= 2), { numRuns: 4, seed: 42 });
    for (const workspace of workspaces) {
      const expected = JSON.stringify(planWorkspace(workspace, { horizon, seed: 3, maxSteps: 400 }));
      const plan = await planWorkspaceInParallel(workspace, { horizon, seed: 3, maxSteps: 400, threads: 2 });
      expect(JSON.stringify(plan)).toBe(expected);
    }
  });

  // An SDK walk of stop 57: a server could not drop a plan it no longer wanted.
  it("stops when its signal is aborted: with the signal's reason, on worker threads and on the calling thread", async () => {
    const { workspace } = generateProvince(2, 3, 4);
    const options = { horizon: { from: "2025-01-01", to: "2025-02-28" }, maxSteps: 50_000 };
    const reason = new Error("the request was dropped");
    // Aborted while the workers prepare their parts.
    const controller = new AbortController();
    await expect(planWorkspaceInParallel(workspace, { ...options, threads: 2, signal: controller.signal, onPrepare: () => controller.abort(reason) })).rejects.toBe(reason);
    // Aborted already: nothing is planned; on one thread, aborted during the plan: rejected after it.
    await expect(planWorkspaceInParallel(workspace, { ...options, threads: 2, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    const one = new AbortController();
    await expect(planWorkspaceInParallel(workspace, { ...options, threads: 1, signal: one.signal, onProgress: () => one.abort(reason) })).rejects.toBe(reason);
    // A signal never aborted plans as without one; a signal that is no AbortSignal is a TypeError.
    const plain = await planWorkspaceInParallel(workspace, { ...options, threads: 2 });
    expect(JSON.stringify(await planWorkspaceInParallel(workspace, { ...options, threads: 2, signal: new AbortController().signal }))).toBe(JSON.stringify(plain));
    await expect(planWorkspaceInParallel(workspace, { ...options, signal: new AbortController() as unknown as AbortSignal })).rejects.toThrow(/signal must be an AbortSignal/);
  });

  it("rejects, and stops its workers, when a progress callback throws", async () => {
    const { workspace } = generateProvince(2, 3, 4);
    const options = { horizon: { from: "2025-01-01", to: "2025-02-28" }, threads: 2, maxSteps: 50_000 };
    await expect(
      planWorkspaceInParallel(workspace, {
        ...options,
        onProgress: () => {
          throw new Error("the bar broke");
        },
      }),
    ).rejects.toThrow("the bar broke");
    expect(JSON.stringify(await planWorkspaceInParallel(workspace, options))).toBe(JSON.stringify(planWorkspace(workspace, options)));
  });

  it("reports progress up to the whole step budget", async () => {
    const { workspace } = generateProvince(2, 3, 4);
    const seen: [number, number][] = [];
    await planWorkspaceInParallel(workspace, { horizon: { from: "2025-01-01", to: "2025-02-28" }, threads: 2, maxSteps: 50_000, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.at(-1)).toEqual([50_000, 50_000]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]?.[0] ?? 0).toBeGreaterThanOrEqual(seen[i - 1]?.[0] ?? 0);
  });
});
