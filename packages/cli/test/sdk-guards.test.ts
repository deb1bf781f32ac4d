/**
 * Entry points an integrator calls first, given what JavaScript lets through (an SDK walk of
 * stop 57: each threw a bare "Cannot read properties of undefined" from inside): a TypeError
 * naming the function and what it wanted.
 */
import { describe, expect, it } from "vitest";
import { localizeIssue } from "@lontar/core";
import { certainFixes, workspacePath } from "@lontar/dsl";
import { planningHorizon } from "@lontar/planner";

describe("the SDK's first calls, given the wrong thing", () => {
  it("throw a TypeError naming the function", () => {
    expect(() => workspacePath("/ws", undefined as never)).toThrow(new TypeError("workspacePath: path must be a string, not undefined"));
    expect(() => workspacePath(5 as never, "a.lontar")).toThrow(/^workspacePath: root must be a string/);
    expect(() => certainFixes(undefined as never)).toThrow(/^certainFixes: diagnostics must be an array/);
    expect(() => localizeIssue(undefined as never, "id")).toThrow(/^localizeIssue: issue must be an issue/);
    expect(() => localizeIssue({ code: "CORE_SCHEMA" } as never, "id")).toThrow(TypeError);
    expect(() => planningHorizon({} as never)).toThrow(/^planningHorizon: the workspace is not a validated one/);
  });

  it("answer as before when given what they take", () => {
    expect(workspacePath("/ws", "/ws/a.lontar")).toBe("a.lontar");
    expect(certainFixes([]).size).toBe(0);
    expect(localizeIssue({ code: "CORE_SCHEMA", path: ["x"], message: "m", args: { detail: { en: "must be a number", id: "harus berupa angka" } } }, "id")).toBe("harus berupa angka (di x) [CORE_SCHEMA]");
  });
});
