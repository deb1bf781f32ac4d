import { describe, expect, it } from "vitest";
import { allocate } from "../src/allocate/allocate.js";
import { MAX_SEED, MAX_STEPS } from "../src/allocate/search-bounds.js";
import { expandWorkspace } from "../src/expand/workspace.js";
import { checkCompliance, exportCalendars, exportCsv, exportHtml, exportIcs, planOutputs, projectKpis, reportData } from "../src/index.js";
import { planWorkspaceInParallel } from "../src/parallel/plan-in-parallel.js";
import { planWorkspace, type PlanWorkspaceOptions } from "../src/plan-workspace.js";
import { library, workspaceOf } from "./allocate/helpers.js";

// Found by an SDK walk: `maxSteps: Infinity` (or 1e12) never returned; `maxSteps: NaN` or -1
// and `seed: NaN` were taken silently; `maxOccurrences: NaN` turned the bound off.
const horizon = { from: "2026-01-05", to: "2026-01-11" };
const workspace = workspaceOf({
  libraries: [library("lib")],
  resources: [{ kind: "room", id: "aula", capacity: 20, library: "lib" }],
  programs: [{ id: "dongeng", title: "Dongeng", library: "lib", category: "storytelling", schedules: [{ kind: "rrule", dtstart: "2026-01-05T09:00", rrule: "FREQ=DAILY", durationMinutes: 60 }], needs: [{ kind: "room" }] }],
});

const refused: [string, PlanWorkspaceOptions, RegExp][] = [
  ["maxSteps: Infinity", { seed: 1, maxSteps: Infinity }, /maxSteps must be a whole number from 0 to 10,000,000, not Infinity/],
  ["maxSteps: 1e12", { seed: 1, maxSteps: 1e12 }, /maxSteps/],
  ["maxSteps: NaN", { seed: 1, maxSteps: Number.NaN }, /maxSteps .* not NaN/],
  ["maxSteps: -1", { seed: 1, maxSteps: -1 }, /maxSteps/],
  ["maxSteps: 2.5", { seed: 1, maxSteps: 2.5 }, /maxSteps/],
  ["seed: NaN", { seed: Number.NaN }, /seed must be a whole number from 0 to 4,294,967,295/],
  ["seed: 1.5", { seed: 1.5 }, /seed/],
  ["seed: 2 ** 40", { seed: 2 ** 40 }, /seed/],
  ["seed: -1", { seed: -1 }, /seed/],
  ["timeLimitMs: -5", { seed: 1, timeLimitMs: -5 }, /timeLimitMs/],
  ["timeLimitMs: NaN", { seed: 1, timeLimitMs: Number.NaN }, /timeLimitMs/],
  ["timeLimitMs: Infinity", { seed: 1, timeLimitMs: Infinity }, /timeLimitMs/],
  ["maxOccurrences: NaN", { seed: 1, maxOccurrences: Number.NaN }, /maxOccurrences/],
  ["maxOccurrences: Infinity", { seed: 1, maxOccurrences: Infinity }, /maxOccurrences/],
  ["maxOccurrences: -1", { seed: 1, maxOccurrences: -1 }, /maxOccurrences/],
  ["maxOccurrences: 0.5", { seed: 1, maxOccurrences: 0.5 }, /maxOccurrences/],
];

describe("the numbers of planWorkspace's options", () => {
  it.each(refused)("%s is a RangeError, before anything is planned", (_, options, message) => {
    expect(() => planWorkspace(workspace, { ...options, horizon })).toThrow(RangeError);
    expect(() => planWorkspace(workspace, { ...options, horizon })).toThrow(message);
  });

  it.each(refused)("%s is a rejection with a RangeError in planWorkspaceInParallel", async (_, options) => {
    await expect(planWorkspaceInParallel(workspace, { ...options, horizon })).rejects.toThrow(RangeError);
  });

  it.each([0, 1.5, Number.NaN, Infinity, -2])("threads: %s is a RangeError in planWorkspaceInParallel", async (threads) => {
    await expect(planWorkspaceInParallel(workspace, { seed: 1, horizon, threads })).rejects.toThrow(/threads must be a whole number/);
  });

  it("takes the largest seed and step budget, 0 steps, no time at all and a bound of 0", () => {
    expect(MAX_SEED).toBe(4_294_967_295);
    expect(MAX_STEPS).toBe(10_000_000);
    expect(planWorkspace(workspace, { horizon, seed: MAX_SEED, maxSteps: 0 }).occurrences).toHaveLength(7);
    expect(planWorkspace(workspace, { horizon, seed: 0, maxSteps: 10, timeLimitMs: 0 }).occurrences).toHaveLength(7);
    expect(planWorkspace(workspace, { horizon, seed: 1, maxOccurrences: 0 }).violations.map((v) => v.constraint)).toEqual(["EXPAND_WORKSPACE_LIMIT"]);
  });

  it("are checked by allocate and expandWorkspace too", () => {
    const { occurrences } = expandWorkspace(workspace, horizon);
    expect(() => allocate(workspace, occurrences, { seed: 1, maxSteps: Infinity })).toThrow(RangeError);
    expect(() => allocate(workspace, occurrences, { seed: Number.NaN })).toThrow(RangeError);
    expect(() => expandWorkspace(workspace, horizon, { maxOccurrences: Number.NaN })).toThrow(RangeError);
    expect(() => expandWorkspace(workspace, horizon, { maxOccurrencesPerSchedule: Infinity })).toThrow(RangeError);
  });
});

// Found by an SDK walk: under exactOptionalPropertyTypes (which this repository and many apps
// turn on), `planWorkspace(workspace, { horizon: request.horizon })` with a horizon that may be
// undefined did not compile (TS2379), though an option set to undefined is an option left out.
// `tsc` checks the typing here; the test checks that the plans and files are the same.
describe("options set to undefined", () => {
  const maybe = <T>(value: T): T | undefined => value;

  it("plan as options left out (planWorkspace, planWorkspaceInParallel)", async () => {
    const expected = JSON.stringify(planWorkspace(workspace, { horizon }));
    const options: PlanWorkspaceOptions = {
      horizon: maybe(horizon), seed: maybe(undefined), maxSteps: maybe(undefined), timeLimitMs: maybe(undefined), previous: maybe(undefined),
      pinned: maybe(undefined), onProgress: maybe(undefined), onPrepare: maybe(undefined), maxOccurrences: maybe(undefined),
    };
    expect(JSON.stringify(planWorkspace(workspace, options))).toBe(expected);
    expect(JSON.stringify(await planWorkspaceInParallel(workspace, { ...options, threads: maybe(undefined) }))).toBe(expected);
  });

  // Stop 57's SDK walk: expandWorkspace's and allocate's options did not take undefined, so planWorkspace's could not be passed on.
  it("expand and allocate as options left out (expandWorkspace, allocate)", () => {
    const given: PlanWorkspaceOptions = { maxOccurrences: maybe(undefined), maxSteps: maybe(undefined) };
    const expanded = expandWorkspace(workspace, horizon, { maxOccurrences: given.maxOccurrences, maxOccurrencesPerSchedule: maybe(undefined), memo: maybe(undefined), siteLibraries: maybe(undefined) });
    expect(expanded).toEqual(expandWorkspace(workspace, horizon));
    const options = { seed: 1, maxSteps: given.maxSteps, timeLimitMs: maybe(undefined), previous: maybe(undefined), pinned: maybe(undefined), travelBufferMinutes: maybe(undefined), onProgress: maybe(undefined), now: maybe(undefined), horizon: maybe(undefined), siteLibraries: maybe(undefined) };
    expect(JSON.stringify(allocate(workspace, expanded.occurrences, options).occurrences)).toBe(JSON.stringify(allocate(workspace, expanded.occurrences, { seed: 1 }).occurrences));
  });

  it("give the same files as options left out (planOutputs, exportCsv, exportIcs, exportCalendars, exportHtml, reportData)", () => {
    const plan = planWorkspace(workspace, { horizon });
    const language = maybe(undefined);
    expect(planOutputs(plan, workspace, { language, csvSeparator: maybe(undefined) })).toEqual(planOutputs(plan, workspace));
    expect(exportCsv(plan, workspace, { language, separator: maybe(undefined) })).toBe(exportCsv(plan, workspace));
    expect(exportIcs(plan, workspace, { calendarName: "c", language, filter: maybe(undefined) })).toBe(exportIcs(plan, workspace, { calendarName: "c" }));
    expect(exportCalendars(plan, workspace, { language })).toEqual(exportCalendars(plan, workspace));
    expect(exportHtml(plan, workspace, { language })).toBe(exportHtml(plan, workspace));
    expect(reportData(plan, workspace, { language })).toEqual(reportData(plan, workspace));
  });
});

// Found by a second SDK walk: `pinned: "dongeng@…"` (one id, not a list) was read letter by
// letter and pinned nothing, without a word; `previous: "plan.json"` (a path) failed with
// "previous.occurrences is not iterable", and `onProgress: "x"` with "onProgress is not a
// function" once the search had started. Each is now a TypeError before anything is planned.
describe("the other options of planWorkspace", () => {
  const loose = (options: Record<string, unknown>): PlanWorkspaceOptions => options as PlanWorkspaceOptions;
  const wrong: [string, Record<string, unknown>, string][] = [
    ["pinned: a string", { pinned: "dongeng@2026-01-05T09:00" }, 'pinned must be an array of occurrence ids, not a string ("dongeng@2026-01-05T09:00")'],
    ["pinned: a list with a number", { pinned: ["a", 1] }, "pinned[1] must be an occurrence id (a string), not a number"],
    ["previous: a path", { previous: "plan.json" }, 'previous must be a plan (an object with its occurrences), not a string ("plan.json")'],
    ["previous: no occurrences", { previous: {} }, "previous must be a plan (an object with its occurrences), not an object without an occurrences list"],
    ["onProgress: a string", { onProgress: "x" }, 'onProgress must be a function or undefined, not a string ("x")'],
    ["onPrepare: a number", { onPrepare: 1 }, "onPrepare must be a function or undefined, not a number"],
  ];

  it.each(wrong)("%s is a TypeError, before anything is planned", (_, options, message) => {
    const call = (): unknown => planWorkspace(workspace, loose({ ...options, horizon }));
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it.each(wrong)("%s is a rejection with a TypeError in planWorkspaceInParallel", async (_, options, message) => {
    await expect(planWorkspaceInParallel(workspace, loose({ ...options, horizon }))).rejects.toThrow(message);
  });

  it("takes a plan and its ids as before", () => {
    const plan = planWorkspace(workspace, { horizon });
    const first = plan.occurrences[0]?.id ?? "";
    expect(planWorkspace(workspace, { horizon, previous: plan, pinned: [first] }).occurrences).toHaveLength(7);
    expect(planWorkspace(workspace, { horizon, previous: JSON.parse(JSON.stringify(plan)) as typeof plan, pinned: [] }).occurrences).toHaveLength(7);
  });
});

// Found by a second SDK walk: checkCompliance(workspace, plan, horizon) and projectKpis(workspace, plan)
// (the plan where its occurrences go) failed with "planned is not iterable" or "Cannot read
// properties of undefined (reading 'start')". Each is a TypeError that says what to pass.
describe("the occurrences given to checkCompliance and projectKpis", () => {
  const withAgreement = workspaceOf({
    libraries: [library("lib")],
    partners: [{ id: "mitra", name: "Mitra", kind: "school" }],
    programs: [{ id: "dongeng", title: "Dongeng", library: "lib", category: "storytelling", schedules: [{ kind: "rrule", dtstart: "2026-01-05T09:00", rrule: "FREQ=DAILY", durationMinutes: 60 }] }],
    agreements: [{ id: "mou", library: "lib", partner: "mitra", validity: { from: "2026-01-01", to: "2026-12-31" }, obligations: [{ kind: "hosts", party: "partner", program: "dongeng" }] }],
  });
  const plan = planWorkspace(withAgreement, { horizon });
  const loose = (value: unknown): typeof plan.occurrences => value as typeof plan.occurrences;

  it.each([
    ["checkCompliance", () => checkCompliance(withAgreement, loose(plan), horizon)],
    ["projectKpis", () => projectKpis(withAgreement, loose(plan), horizon)],
  ] as const)("%s: a plan where its occurrences go is a TypeError", (name, call) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(`${name}: planned must be the plan's occurrences (plan.occurrences), an array, not an object`);
  });

  it("take plan.occurrences as before", () => {
    expect(checkCompliance(withAgreement, plan.occurrences, horizon)).toEqual(plan.agreements);
    expect(projectKpis(withAgreement, plan.occurrences, horizon)).toEqual(plan.kpis);
  });
});
