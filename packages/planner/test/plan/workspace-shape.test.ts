import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Workspace } from "@lontar/core";
import { checkCompliance, complianceFindings, findingLabels, exportCalendars, exportCsv, exportHtml, exportIcs, exportXlsx, planDiagnostics, planOutputs, planWorkspace, reportData, unassignedFindings, type PlanWorkspaceOptions } from "../../src/index.js";
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

  // Found by an SDK walk: planWorkspace and planOutputs named the mistake, but each function
  // below failed with "Cannot read properties of undefined" on raw JSON; exportXlsx threw
  // synchronously from a function that returns a promise.
  it("is a TypeError in every function that reads a workspace beside a plan", () => {
    const plan = planWorkspace(validated, { horizon });
    const calls: [string, () => unknown][] = [
      ["exportCsv", () => exportCsv(plan, raw)],
      ["exportHtml", () => exportHtml(plan, raw)],
      ["exportCalendars", () => exportCalendars(plan, raw)],
      ["reportData", () => reportData(plan, raw)],
      ["unassignedFindings", () => unassignedFindings(raw, plan)],
      ["checkCompliance", () => checkCompliance(raw, plan.occurrences, horizon)],
      ["complianceFindings", () => complianceFindings(raw, plan.agreements, horizon)],
      ["planDiagnostics", () => planDiagnostics(raw, plan, plan.horizon)],
    ];
    for (const [name, call] of calls) {
      expect(call, name).toThrow(TypeError);
      expect(call, name).toThrow(new RegExp(`^${name}: the workspace is not a validated one \\(no .*\\); validate it with validateWorkspace`));
    }
  });

  it("exportXlsx rejects, never throws, for raw JSON and for a language that is not en or id", async () => {
    const plan = planWorkspace(validated, { horizon });
    let given: Promise<unknown> | undefined;
    expect(() => (given = exportXlsx(plan, raw))).not.toThrow();
    await expect(given).rejects.toThrow(/^exportXlsx: the workspace is not a validated one/);
    expect(() => (given = exportXlsx(plan, validated, { language: "id-ID" as "id" }))).not.toThrow();
    await expect(given).rejects.toThrow(RangeError);
    expect((await exportXlsx(plan, validated))?.length).toBeGreaterThan(0);
  });
});

// Found by an SDK walk: `planWorkspace(ws, { horizn: … })` planned over the workspace's own
// horizon (or failed for want of one), the misspelt option ignored without a word.
describe("an option planWorkspace does not know", () => {
  const loose = (options: unknown): PlanWorkspaceOptions => options as PlanWorkspaceOptions;

  it("is a TypeError naming the key and the nearest option", async () => {
    const call = (): unknown => planWorkspace(validated, loose({ horizn: horizon }));
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/^planWorkspace: unknown option `horizn`; did you mean `horizon`\? \(the options are `horizon`, `seed`, /);
    expect(() => planWorkspace(validated, loose({ horizon, colour: "red" }))).toThrow(/^planWorkspace: unknown option `colour` \(the options are/);
    expect(() => planWorkspace(validated, loose(null))).toThrow(/^planWorkspace: the options must be an object or undefined, not null/);
    // planWorkspaceInParallel's `threads` is known (one options object serves both), and ignored here.
    expect(planWorkspace(validated, loose({ horizon, threads: 2 })).occurrences).toEqual(planWorkspace(validated, { horizon }).occurrences);
    await expect(planWorkspaceInParallel(validated, loose({ horizon, threds: 2 }))).rejects.toThrow(/^planWorkspaceInParallel: unknown option `threds`; did you mean `threads`\?/);
  });

  // An SDK walk (stop 50): `planOutputs(plan, ws, { lang: "id" })` wrote English files without a word; so did the other outputs.
  it("nor do the outputs: a misspelt key of their options is a TypeError naming it", async () => {
    const plan = planWorkspace(validated, { horizon });
    const options = loose({ lang: "id" }) as never;
    expect(() => planOutputs(plan, validated, options)).toThrow(/^planOutputs: unknown option `lang`; did you mean `language`\?/);
    expect(() => exportCsv(plan, validated, options)).toThrow(/^exportCsv: unknown option `lang`; did you mean `language`\?/);
    expect(() => exportCalendars(plan, validated, options)).toThrow(/^exportCalendars: unknown option `lang`/);
    expect(() => exportIcs(plan, validated, loose({ calendarName: "x", lang: "id" }) as never)).toThrow(/^exportIcs: unknown option `lang`/);
    await expect(writePlanOutputs("out-never-written", plan, validated, options)).rejects.toThrow(/^writePlanOutputs: unknown option `lang`/);
    await expect(exportXlsx(plan, validated, options)).rejects.toThrow(/^exportXlsx: unknown option `lang`; did you mean `language`\?/);
    expect(planOutputs(plan, validated, { language: "id", csvSeparator: ";" }).size).toBeGreaterThan(0);
  });

  it("accepts every option it documents, and undefined ones", () => {
    const plan = planWorkspace(validated, { horizon, seed: 2, maxSteps: 10, timeLimitMs: undefined, pinned: [], onProgress: () => undefined, onPrepare: () => undefined, maxOccurrences: 1000 });
    expect(planWorkspace(validated, { horizon, previous: plan }).occurrences.length).toBe(plan.occurrences.length);
  });
});


// Found by an SDK walk: a JavaScript caller that left out an argument read a property of undefined, deep inside.
describe("an argument a JavaScript caller left out", () => {
  it("planDiagnostics without the horizon is a TypeError naming it", () => {
    const plan = planWorkspace(validated, { horizon });
    expect(() => planDiagnostics(validated, plan, undefined as never)).toThrow(/^planDiagnostics: pass the horizon the plan was made over as the third argument/);
    expect(planDiagnostics(validated, plan, plan.horizon)).toEqual(planDiagnostics(validated, plan, { ...horizon }));
  });

  it("findingLabels without the agreement is a TypeError naming it", () => {
    const finding = { agreementId: "mou", obligationIndex: 0 } as never;
    expect(() => findingLabels(finding, undefined as never)).toThrow(/^findingLabels: pass the finding's agreement too/);
  });
});

// Found by an SDK walk of stop 59: planOutputs(plan of langsa, watualang) wrote 22 files of ids and
// blank categories; exportXlsx(null, workspace) said "Cannot read properties of null".
describe("a plan that is not of the workspace given beside it", () => {
  const other = workspaceOf({ libraries: [library("lib")], programs: [{ id: "q", title: "Q", library: "lib", category: "class", schedules: [{ kind: "once", start: "2026-01-06T09:00", durationMinutes: 60 }] }] });
  const mine = workspaceOf({ libraries: [library("lib")], programs: [{ id: "p", title: "P", library: "lib", category: "class", schedules: [{ kind: "once", start: "2026-01-06T09:00", durationMinutes: 60 }] }] });
  const plan = planWorkspace(other, { horizon });

  it("is a TypeError in every exporter, naming a session of a program the workspace lacks", async () => {
    const calls: [string, () => unknown][] = [
      ["planOutputs", () => planOutputs(plan, mine)],
      ["exportCsv", () => exportCsv(plan, mine)],
      ["exportHtml", () => exportHtml(plan, mine)],
      ["exportCalendars", () => exportCalendars(plan, mine)],
      ["exportIcs", () => exportIcs(plan, mine)],
      ["reportData", () => reportData(plan, mine)],
    ];
    for (const [name, call] of calls) expect(call, name).toThrow(new RegExp(`^${name}: the plan is not of this workspace: its session q@2026-01-06T09:00 is of program \`q\``));
    await expect(exportXlsx(plan, mine)).rejects.toThrow(/^exportXlsx: the plan is not of this workspace/);
    await expect(exportXlsx(null as unknown as typeof plan, mine)).rejects.toThrow(/^exportXlsx: the plan must be a Plan object, as planWorkspace returns, not null/);
    const dir = mkdtempSync(path.join(tmpdir(), "lontar-shape-"));
    try {
      await expect(writePlanOutputs(path.join(dir, "out"), plan, mine)).rejects.toThrow(/^writePlanOutputs: the plan is not of this workspace/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Its own workspace still takes it.
    expect(planOutputs(plan, other).has("plan.json")).toBe(true);
  });
});
