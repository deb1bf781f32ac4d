import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandRecurrence } from "../../src/expand/recurrence.js";
import { expandWorkspace } from "../../src/expand/workspace.js";
import { workspaceOf } from "./helpers.js";

// Rules with no instance after DTSTART (2019-01-01T00:00): their periods never reach an
// allowed time of day, or no date can match.
const neverOccurring = [
  "FREQ=HOURLY;INTERVAL=2;BYHOUR=1,3,5",
  "FREQ=MINUTELY;INTERVAL=120;BYHOUR=1",
  "FREQ=SECONDLY;INTERVAL=2;BYSECOND=1,3",
  "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
];

const adversarial = [
  "FREQ=SECONDLY",
  "FREQ=MINUTELY",
  "FREQ=HOURLY;INTERVAL=2;BYHOUR=1,3,5",
  "FREQ=MINUTELY;INTERVAL=120;BYHOUR=1",
  "FREQ=MINUTELY;INTERVAL=150;BYHOUR=1",
  "FREQ=SECONDLY;INTERVAL=2;BYSECOND=1,3",
  "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
  "FREQ=YEARLY;BYYEARDAY=367",
];

describe("expansion is bounded on adversarial rules", () => {
  it("an even HOURLY interval with only odd BYHOUR is recognised as never occurring", () => {
    const result = expandRecurrence({ dtstart: "2019-01-01T00:00", rrule: "FREQ=HOURLY;INTERVAL=2;BYHOUR=1,3,5", zone: "Asia/Jakarta", limit: 1000 });
    expect(result.ok && result.neverOccurs).toMatch(/no date or time matches/);
    expect(result.ok && result.starts.map((s) => s.local)).toEqual(["2019-01-01T00:00:00"]);
  });

  it("the same rule from an odd hour is fine, and stops at the limit", () => {
    const result = expandRecurrence({ dtstart: "2019-01-01T01:00", rrule: "FREQ=HOURLY;INTERVAL=2;BYHOUR=1,3,5", zone: "Asia/Jakarta", limit: 10 });
    expect(result.ok && result.starts.map((s) => s.local.slice(11, 13))).toEqual(["01", "03", "05", "01", "03", "05", "01", "03", "05", "01"]);
    expect(result.ok && result.limitReached).toBe(true);
  });

  it("never returns more than the limit, and reports EXPAND_LIMIT (and gives none) when there are more, EXPAND_NEVER when none", () => {
    fc.assert(
      fc.property(fc.constantFrom(...adversarial), fc.integer({ min: 1, max: 500 }), fc.constantFrom("Asia/Jayapura", "America/New_York"), (rrule, limit, zone) => {
        const program = { id: "p", title: "P", library: "lib", category: "survey" as const, schedules: [{ kind: "rrule" as const, dtstart: "2019-01-01T00:00", rrule, durationMinutes: 1, skipClosures: false }] };
        const workspace = workspaceOf({ libraries: [{ id: "lib", name: "L", tier: "desa", region: { province: "Papua" }, timeZone: zone }], programs: [program] });
        const result = expandWorkspace(workspace, { from: "2019-01-01", to: "2019-12-31" }, { maxOccurrencesPerSchedule: limit });
        expect(result.occurrences.length).toBeLessThanOrEqual(limit);
        const codes = result.findings.map((f) => f.code);
        // Only DTSTART remains of a never-occurring rule, found without walking to year 9999;
        // BYYEARDAY=367 is not a rule at all.
        if (rrule.includes("BYYEARDAY=367")) expect(codes).toContain("EXPAND_INVALID_RRULE");
        else if (neverOccurring.includes(rrule)) {
          expect(result.occurrences.map((o) => o.localDate)).toEqual(["2019-01-01"]);
          expect(codes).toContain("EXPAND_NEVER");
        } else {
          // The bound is reported exactly when the rule has more instances in the horizon than the limit.
          const more = expandRecurrence({ dtstart: "2019-01-01T00:00", rrule, zone, until: "2019-12-31", limit: limit + 1 });
          expect(codes.includes("EXPAND_LIMIT")).toBe(more.ok && more.starts.length > limit);
          // A schedule past the bound is refused whole.
          if (codes.includes("EXPAND_LIMIT")) expect(result.occurrences).toEqual([]);
        }
      }),
      { numRuns: 60, seed: 4242 },
    );
  });

  it("an unparsable rule is a finding, not an exception", () => {
    const program = { id: "p", title: "P", library: "lib", category: "survey" as const, schedules: [{ kind: "rrule" as const, dtstart: "2019-01-01T09:00", rrule: "FREQ=FORTNIGHTLY", durationMinutes: 60 }] };
    const workspace = workspaceOf({ libraries: [{ id: "lib", name: "L", tier: "desa", region: { province: "Aceh" } }], programs: [program] });
    const { findings, occurrences } = expandWorkspace(workspace, { from: "2019-01-01", to: "2019-12-31" });
    expect(occurrences).toEqual([]);
    expect(findings.map((f) => f.code)).toContain("EXPAND_INVALID_RRULE");
  });
});
