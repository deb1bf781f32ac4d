import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { planOutputs } from "@lontar/planner";
import { planOf, sampleWorkspace, samplePlanInput } from "./fixtures.js";

const originalTz = process.env["TZ"];
afterEach(() => {
  vi.useRealTimers();
  if (originalTz === undefined) delete process.env["TZ"];
  else process.env["TZ"] = originalTz;
});

describe("every output is deterministic", () => {
  it("gives the same bytes for every file whatever the clock and the host zone", () => {
    const render = (): Map<string, string> => planOutputs(planOf(samplePlanInput()), sampleWorkspace());
    const reference = render();
    vi.useFakeTimers();
    for (const [now, tz] of [
      ["1999-12-31T23:59:59Z", "America/New_York"],
      ["2031-06-01T03:00:00Z", "Asia/Kolkata"],
      ["2019-03-31T01:30:00Z", "Europe/London"],
    ] as const) {
      vi.setSystemTime(new Date(now));
      process.env["TZ"] = tz;
      expect(render()).toEqual(reference);
    }
  });

  it("gives the same bytes whatever the order of the plan's occurrences", () => {
    const input = samplePlanInput() as { occurrences: unknown[] };
    const reference = planOutputs(planOf(input), sampleWorkspace());
    fc.assert(
      fc.property(fc.shuffledSubarray(input.occurrences, { minLength: input.occurrences.length }), (occurrences) => {
        const shuffled = planOutputs(planOf({ ...input, occurrences }), sampleWorkspace());
        // plan.json keeps the plan's own order; every other file sorts.
        for (const [file, text] of shuffled) if (file !== "plan.json") expect(text).toBe(reference.get(file));
      }),
      { numRuns: 30 },
    );
  });
});
