import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Workspace } from "@lontar/core";
import { planOutputs, planWorkspace } from "../../src/index.js";
import { planWorkspaceInParallel, writePlanOutputs } from "../../src/node.js";
import { library, workspaceOf } from "../allocate/helpers.js";

// Found by an SDK walk: raw JSON given straight to the planner (`planWorkspace(JSON.parse(body))`,
// which TypeScript lets through as `any`) failed deep inside with "Cannot read properties of
// undefined (reading 'filter')", and planOutputs(plan) with no workspace with "(reading 'libraries')".
const horizon = { from: "2026-01-05", to: "2026-01-11" };
const raw = JSON.parse(JSON.stringify({
  version: 1,
  libraries: [library("lib")],
  programs: [{ id: "p", title: "P", library: "lib", category: "class", schedules: [{ kind: "once", start: "2026-01-06T09:00", durationMinutes: 60 }] }],
})) as Workspace;
const validated = workspaceOf({ libraries: [library("lib")] });

describe("a workspace that is plainly not validated", () => {
  it.each([
    ["raw JSON (no defaults filled in)", raw, /planWorkspace: the workspace is not a validated one \(no `stageModel`, `partners`, `resources`, `agreements`, `rules`, `kpis`\); validate it with validateWorkspace/],
    ["undefined", undefined, /planWorkspace: the workspace must be a validated Workspace object, not undefined/],
    ["an array", [], /not an array/],
    ["version 2", { ...validated, version: 2 }, /its version is 2, not 1/],
  ])("is a TypeError naming what it lacks: %s", async (_, workspace, message) => {
    const given = workspace as Workspace;
    expect(() => planWorkspace(given, { horizon })).toThrow(TypeError);
    expect(() => planWorkspace(given, { horizon })).toThrow(message);
    await expect(planWorkspaceInParallel(given, { horizon })).rejects.toThrow(/planWorkspaceInParallel: the workspace/);
  });

  it("is a TypeError in planOutputs and writePlanOutputs, before anything is written", async () => {
    const plan = planWorkspace(validated, { horizon });
    expect(() => planOutputs(plan, undefined as unknown as Workspace)).toThrow(/planOutputs: the workspace must be a validated Workspace object, not undefined/);
    const dir = mkdtempSync(path.join(tmpdir(), "lontar-shape-"));
    try {
      await expect(writePlanOutputs(path.join(dir, "out"), plan, raw)).rejects.toThrow(/writePlanOutputs: the workspace is not a validated one/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("does not stand in the way of a validated workspace", () => {
    expect(planOutputs(planWorkspace(validated, { horizon }), validated).has("plan.json")).toBe(true);
  });
});
