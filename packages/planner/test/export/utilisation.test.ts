import { WEEKDAYS, minutesOfDay, type Resource } from "@lontar/core";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { availableHours, utilisationPeriod } from "../../src/export/html/utilisation.js";
import { indexWorkspace } from "../../src/export/plan-view.js";
import { library, workspaceOf } from "../allocate/helpers.js";

/** Available hours counted the slow way: day by day with luxon. */
function dayByDay(windows: { days: string[]; time: { start: string; end: string } }[], from: DateTime, to: DateTime): number {
  let hours = 0;
  for (let day = from; day <= to; day = day.plus({ days: 1 })) {
    const weekday = WEEKDAYS[day.weekday - 1] ?? "mon";
    for (const w of windows) if (w.days.includes(weekday)) hours += (minutesOfDay(w.time.end) - minutesOfDay(w.time.start)) / 60;
  }
  return hours;
}

describe("availableHours", () => {
  it("equals a day-by-day count of a person's availability over any period", () => {
    const window = fc.record({ days: fc.subarray([...WEEKDAYS], { minLength: 1 }), from: fc.integer({ min: 6, max: 12 }), length: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(window, { maxLength: 3 }), fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 120 }), (ws, offset, length) => {
        const windows = ws.map((w) => ({ days: w.days, time: { start: `${String(w.from).padStart(2, "0")}:00`, end: `${String(w.from + w.length).padStart(2, "0")}:00` } }));
        const workspace = workspaceOf({ libraries: [library("lib")], resources: [{ kind: "staff", id: "ani", library: "lib", availability: windows }] });
        const from = DateTime.fromISO("2024-01-01", { zone: "utc" }).plus({ days: offset });
        const to = from.plus({ days: length });
        const resource = workspace.resources[0] as Resource;
        const expected = windows.length === 0 ? dayByDay([{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }], from, to) : dayByDay(windows, from, to);
        expect(availableHours(resource, utilisationPeriod("p", from, to), indexWorkspace(workspace))).toBeCloseTo(expected, 9);
      }),
    );
  });
});
