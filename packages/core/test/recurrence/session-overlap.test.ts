import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandRecurrence, firstOverlap, firstSessionOverlap, overlapVerdict, parseRecurrenceRule, type RecurrenceInput, type RecurrenceRule } from "@lontar/core";

function rule(text: string): RecurrenceRule {
  const parsed = parseRecurrenceRule(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.rule;
}

const input = (rrule: string, extra: Partial<RecurrenceInput> = {}): RecurrenceInput => ({ dtstart: "2026-01-05T09:00", rrule, zone: "Asia/Jakarta", until: "2026-12-31", limit: 100_000, ...extra });

describe("sessions of a schedule that overlap one another", () => {
  it("are told by the rule's form where it can tell", () => {
    expect(overlapVerdict(rule("FREQ=SECONDLY"), 60)).toBe("always");
    expect(overlapVerdict(rule("FREQ=MINUTELY;INTERVAL=5"), 6)).toBe("always");
    expect(overlapVerdict(rule("FREQ=MINUTELY;INTERVAL=5"), 5)).toBe("never");
    expect(overlapVerdict(rule("FREQ=DAILY"), 30 * 60)).toBe("always");
    expect(overlapVerdict(rule("FREQ=DAILY"), 24 * 60)).toBe("never");
    expect(overlapVerdict(rule("FREQ=WEEKLY;BYDAY=TU,TH"), 120)).toBe("never");
    expect(overlapVerdict(rule("FREQ=WEEKLY;BYDAY=TU,TH"), 25 * 60)).toBe("maybe");
    expect(overlapVerdict(rule("FREQ=DAILY;BYHOUR=9,15"), 5 * 60)).toBe("never");
    expect(overlapVerdict(rule("FREQ=DAILY;BYHOUR=9,15"), 7 * 60)).toBe("maybe");
    expect(overlapVerdict(rule("FREQ=SECONDLY;COUNT=1"), 60)).toBe("never");
  });

  it("are found, the first pair named, without expanding a dense rule whole", () => {
    let expanded = 0;
    const counting = (i: RecurrenceInput): ReturnType<typeof expandRecurrence> => {
      expanded += i.limit;
      return expandRecurrence(i);
    };
    expect(firstSessionOverlap(input("FREQ=SECONDLY"), 60, counting)).toEqual({ earlier: "2026-01-05T09:00:00", later: "2026-01-05T09:00:01" });
    expect(expanded).toBeLessThanOrEqual(64);
    expect(firstSessionOverlap(input("FREQ=DAILY"), 30 * 60)).toEqual({ earlier: "2026-01-05T09:00:00", later: "2026-01-06T09:00:00" });
    expect(firstSessionOverlap(input("FREQ=DAILY;BYMONTH=1,3;BYHOUR=9,10", { until: "2027-12-31" }), 90)).toEqual({ earlier: "2026-01-05T09:00:00", later: "2026-01-05T10:00:00" });
    expect(firstSessionOverlap(input("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1;BYHOUR=9,17", { dtstart: "2026-03-01T09:00", until: "2030-12-31" }), 8 * 60)).toBeUndefined();
    expect(firstSessionOverlap(input("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1;BYHOUR=9,17", { dtstart: "2026-03-01T09:00", until: "2030-12-31" }), 9 * 60)).toEqual({ earlier: "2026-03-01T09:00:00", later: "2026-03-01T17:00:00" });
    // The 66th session meets an added date: found past the first instances looked at.
    expect(firstSessionOverlap(input("FREQ=WEEKLY;BYDAY=MO", { rdates: ["2027-06-07T10:00"], until: "2027-12-31" }), 90)).toEqual({ earlier: "2027-06-07T09:00:00", later: "2027-06-07T10:00:00" });
    expect(firstSessionOverlap(input("FREQ=WEEKLY;BYDAY=MO", { rdates: ["2026-01-05T10:00"] }), 90)).toEqual({ earlier: "2026-01-05T09:00:00", later: "2026-01-05T10:00:00" });
  });

  it("are not found where sessions only touch, nor in a rule that does not read", () => {
    expect(firstSessionOverlap(input("FREQ=HOURLY"), 60)).toBeUndefined();
    expect(firstSessionOverlap(input("FREQ=HOURLY;BYMINUTE=0,30"), 30)).toBeUndefined();
    expect(firstSessionOverlap(input("FREQ=NEVER"), 60)).toBeUndefined();
  });

  it("are judged on the wall clock, whatever DST does to the instants", () => {
    // 01:30 EST and 03:30 EDT are an hour apart, two on the wall clock (02:00–03:00 does not exist that night).
    const ny = input("FREQ=HOURLY;INTERVAL=2", { dtstart: "2026-03-08T01:30", zone: "America/New_York", until: "2026-03-08" });
    expect(firstSessionOverlap(ny, 120)).toBeUndefined();
    expect(firstSessionOverlap(ny, 121)).toEqual({ earlier: "2026-03-08T01:30:00", later: "2026-03-08T03:30:00" });
  });

  const ruleArb = fc
    .record({
      freq: fc.constantFrom("MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY"),
      interval: fc.integer({ min: 1, max: 4 }),
      hours: fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { maxLength: 3 }),
      minutes: fc.uniqueArray(fc.integer({ min: 0, max: 59 }), { maxLength: 3 }),
      days: fc.uniqueArray(fc.constantFrom("MO", "TU", "WE", "TH", "FR", "SA", "SU"), { maxLength: 3 }),
    })
    .map(({ freq, interval, hours, minutes, days }) =>
      [`FREQ=${freq}`, `INTERVAL=${interval}`, hours.length > 0 ? `BYHOUR=${hours.join(",")}` : "", minutes.length > 0 ? `BYMINUTE=${minutes.join(",")}` : "", days.length > 0 && freq !== "MINUTELY" && freq !== "HOURLY" ? `BYDAY=${days.join(",")}` : ""].filter((p) => p !== "").join(";"),
    );

  it("property: the form's verdict never contradicts the instances, and the search finds what the whole set shows", () => {
    fc.assert(
      fc.property(ruleArb, fc.integer({ min: 1, max: 3 * 24 * 60 }), fc.constantFrom("Asia/Jakarta", "America/New_York"), fc.uniqueArray(fc.integer({ min: 0, max: 60 * 24 * 4 - 1 }), { maxLength: 2 }), (rrule, duration, zone, added) => {
        // RDATEs on whole quarter hours within the window's first days.
        const rdates = added.map((q) => `2026-03-${String(1 + Math.floor(q / 96)).padStart(2, "0")}T${String(Math.floor((q % 96) / 4)).padStart(2, "0")}:${String((q % 4) * 15).padStart(2, "0")}`);
        const set = input(rrule, { zone, dtstart: "2026-03-01T00:00", until: "2026-04-30", limit: 5000, rdates });
        const whole = expandRecurrence(set);
        if (!whole.ok) return;
        const overlap = firstOverlap(whole.starts, duration);
        // The verdict is about the rule's own instances: DTSTART, 00:00, is one only when the rule puts one there.
        const own = expandRecurrence({ ...set, rdates: [] });
        if (!own.ok) return;
        const ruleOnly = own.starts.slice(1);
        const verdict = overlapVerdict(rule(rrule), duration);
        if (verdict === "never") expect(firstOverlap(ruleOnly, duration)).toBeUndefined();
        if (verdict === "always" && ruleOnly.length >= 2) expect(firstOverlap(ruleOnly, duration)).toBeDefined();
        expect(firstSessionOverlap(set, duration)).toEqual(overlap);
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });
});
