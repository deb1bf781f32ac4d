/**
 * Found by the 2027 planner walk: a flexible schedule's sessions drifted together. Every
 * slot of a period scored alike, so the search's sideways moves carried them anywhere: in
 * examples/langsa the four school visits a semester (`4 times per semester on weekdays
 * between 08:00-11:00`) were planned on 5 and 11 January, 6 February and 14 March (none in
 * April to June), and those of the second semester within 9 August to 26 September. A
 * session away from its default slot (the expansion's even spread) now costs a little.
 */
import { planWorkspace } from "@lontar/planner";
import { describe, expect, it } from "vitest";
import { exampleWorkspace } from "./support/example-workspace.js";

describe("examples/langsa's school visits", () => {
  const { workspace } = exampleWorkspace("langsa");

  it.each([1, 2, 3])("are spread through each semester, from its first months to its last (seed %i)", (seed) => {
    const plan = planWorkspace(workspace, { horizon: { from: "2024-01-01", to: "2024-12-31" }, seed });
    const visits = plan.occurrences.filter((o) => o.programId === "kunjungan_sekolah" && o.status === "scheduled");
    const months = visits.map((o) => Number(o.start.slice(5, 7)));
    expect(months.filter((m) => m <= 6)).toHaveLength(4);
    expect(months.filter((m) => m > 6)).toHaveLength(4);
    // The last visit of each semester in its last two months, the first in its first two.
    expect(Math.min(...months.filter((m) => m <= 6))).toBeLessThanOrEqual(2);
    expect(Math.max(...months.filter((m) => m <= 6))).toBeGreaterThanOrEqual(5);
    expect(Math.min(...months.filter((m) => m > 6))).toBeLessThanOrEqual(8);
    expect(Math.max(...months.filter((m) => m > 6))).toBeGreaterThanOrEqual(11);
  });
});
