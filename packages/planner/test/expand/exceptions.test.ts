import { describe, expect, it } from "vitest";
import { expandWorkspace } from "../../src/expand/workspace.js";
import { workspaceOf } from "./helpers.js";

const library = { id: "solok", name: "Perpustakaan Kota Solok", tier: "kota" as const, region: { province: "Sumatera Barat" } };
const horizon = { from: "2019-01-01", to: "2019-12-31" };

/** The occurrences and drops of one rrule schedule, excepted as given. */
function expand(except: { exdates?: string[]; exceptRanges?: { from: string; to: string }[] }): { kept: string[]; dropped: string[][] } {
  const workspace = workspaceOf({
    libraries: [library],
    programs: [
      {
        id: "jam",
        title: "jam",
        library: "solok",
        category: "class",
        schedules: [{ kind: "rrule", dtstart: "2019-01-07T09:00", rrule: "FREQ=HOURLY;INTERVAL=3;COUNT=6", durationMinutes: 60, skipClosures: false, ...except }],
      },
    ],
  });
  const result = expandWorkspace(workspace, horizon);
  return { kept: result.occurrences.map((o) => `${o.localDate}T${o.localStart}`), dropped: result.dropped.map((d) => [`${d.localDate}T${d.localStart}`, d.reason, d.detail]) };
}

describe("exceptions: a date is the whole day, a date-time one instance", () => {
  it("a one-day excepted range (what `except DATE` compiles to) drops every instance of that day, with the date as the reason", () => {
    const { kept, dropped } = expand({ exceptRanges: [{ from: "2019-01-07", to: "2019-01-07" }] });
    expect(kept).toEqual(["2019-01-08T00:00"]);
    expect(dropped).toEqual([
      ["2019-01-07T09:00", "exception", "excepted 2019-01-07"],
      ["2019-01-07T12:00", "exception", "excepted 2019-01-07"],
      ["2019-01-07T15:00", "exception", "excepted 2019-01-07"],
      ["2019-01-07T18:00", "exception", "excepted 2019-01-07"],
      ["2019-01-07T21:00", "exception", "excepted 2019-01-07"],
    ]);
  });

  it("an EXDATE (what `except DATETIME` compiles to) removes that one instance and keeps the rest of the day", () => {
    const { kept, dropped } = expand({ exdates: ["2019-01-07T12:00"] });
    expect(kept).toEqual(["2019-01-07T09:00", "2019-01-07T15:00", "2019-01-07T18:00", "2019-01-07T21:00", "2019-01-08T00:00"]);
    expect(dropped).toEqual([]);
  });

  it("an EXDATE at no instance's time removes nothing", () => {
    expect(expand({ exdates: ["2019-01-07T10:00"] }).kept).toHaveLength(6);
  });
});
