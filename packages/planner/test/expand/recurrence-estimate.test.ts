import type { RecurringSchedule } from "@lontar/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandRecurrence } from "../../src/expand/recurrence.js";
import { estimateRecurrence } from "../../src/expand/recurrence-estimate.js";

const horizon = { from: "2019-03-01", to: "2019-10-31" };
const pad = (n: number): string => String(n).padStart(2, "0");
const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/** The instances expansion gives inside the horizon. */
function expanded(schedule: RecurringSchedule, zone: string, limit: number): number {
  const result = expandRecurrence({ dtstart: schedule.dtstart, rrule: schedule.rrule, zone, exdates: schedule.exdates, rdates: schedule.rdates, until: horizon.to, limit });
  if (!result.ok) throw new Error(result.error);
  return result.starts.filter((s) => s.local.slice(0, 10) >= horizon.from).length;
}

const schedule = (dtstart: string, rrule: string, extra: Partial<RecurringSchedule> = {}): RecurringSchedule => ({
  kind: "rrule",
  dtstart,
  rrule,
  durationMinutes: 60,
  exdates: [],
  exceptRanges: [],
  rdates: [],
  skipClosures: true,
  ...extra,
});

// DAILY or WEEKLY rules with INTERVAL, COUNT or UNTIL (date or date-time), BYDAY, BYHOUR, BYMINUTE and WKST,
// starting before, inside or after the horizon.
const simpleRuleArb = fc
  .record({
    weekly: fc.boolean(),
    interval: fc.integer({ min: 1, max: 5 }),
    end: fc.oneof(fc.constant(""), fc.integer({ min: 1, max: 80 }).map((n) => `COUNT=${n}`), fc.integer({ min: 0, max: 400 }).chain((d) => fc.boolean().map((withTime) => ({ d, withTime })))),
    byday: fc.subarray(DAYS, { minLength: 0, maxLength: 7 }),
    wkst: fc.constantFrom(...DAYS),
    startOffset: fc.integer({ min: -200, max: 280 }),
    hour: fc.integer({ min: 0, max: 23 }),
    byhour: fc.subarray([0, 6, 9, 12, 13, 18, 23], { minLength: 0, maxLength: 3 }),
    byminute: fc.subarray([0, 15, 30, 45], { minLength: 0, maxLength: 2 }),
  })
  .map(({ weekly, interval, end, byday, wkst, startOffset, hour, byhour, byminute }) => {
    const start = new Date(Date.UTC(2019, 2, 1 + startOffset)).toISOString().slice(0, 10);
    let endPart = typeof end === "string" ? end : "";
    if (typeof end !== "string") {
      const until = new Date(Date.UTC(2019, 2, 1 + startOffset + end.d)).toISOString().slice(0, 10).replace(/-/g, "");
      endPart = end.withTime ? `UNTIL=${until}T120000` : `UNTIL=${until}`;
    }
    const parts = [
      `FREQ=${weekly ? "WEEKLY" : "DAILY"}`,
      `INTERVAL=${interval}`,
      endPart,
      weekly && byday.length > 0 ? `BYDAY=${byday.join(",")}` : "",
      weekly ? `WKST=${wkst}` : "",
      byhour.length > 0 ? `BYHOUR=${byhour.join(",")}` : "",
      byminute.length > 0 ? `BYMINUTE=${byminute.join(",")}` : "",
    ];
    return schedule(`${start}T${pad(hour)}:00`, parts.filter((p) => p !== "").join(";"));
  });

describe("estimateRecurrence", () => {
  it("counts exactly what expansion gives for simple rules in a zone without DST (seeded)", () => {
    fc.assert(
      fc.property(simpleRuleArb, (s) => {
        const range = estimateRecurrence(s, "Asia/Jakarta", horizon, 100_000);
        const until = /UNTIL=(\d{4})(\d{2})(\d{2})(T(\d{2}))?/.exec(s.rrule);
        // A DTSTART after UNTIL is the one simple case left to expansion.
        const startsAfterUntil = until !== null && s.dtstart > `${until[1]}-${until[2]}-${until[3]}T${until[5] ?? "23"}:${until[5] === undefined ? "59" : "00"}`;
        expect(range === undefined, `${s.dtstart} ${s.rrule}`).toBe(startsAfterUntil);
        if (range === undefined) return;
        const n = expanded(s, "Asia/Jakarta", 100_000);
        expect(range, `${s.dtstart} ${s.rrule}`).toEqual({ lower: n, upper: n });
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it("brackets RDATEs, EXDATEs and the per-schedule bound", () => {
    const s = schedule("2019-03-04T09:00", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10", { rdates: ["2019-03-05T09:00", "2020-01-01T09:00"], exdates: ["2019-03-06T09:00"] });
    const range = estimateRecurrence(s, "Asia/Jakarta", horizon, 100_000);
    const n = expanded(s, "Asia/Jakarta", 100_000);
    expect(range).toEqual({ lower: 9, upper: 11 });
    expect(n).toBe(10);
    // Expansion stops at 5 from DTSTART: the estimate says at most 5, and only expansion can tell how many.
    const endless = schedule("2019-03-01T09:00", "FREQ=DAILY");
    expect(estimateRecurrence(endless, "Asia/Jakarta", horizon, 5)).toEqual({ lower: 0, upper: 5 });
    expect(expanded(endless, "Asia/Jakarta", 5)).toBe(5);
  });

  it("leaves to expansion what it does not count: other parts, UTC UNTIL, zones with DST", () => {
    expect(estimateRecurrence(schedule("2019-03-04T09:00", "FREQ=MONTHLY;COUNT=3"), "Asia/Jakarta", horizon, 100)).toBeUndefined();
    expect(estimateRecurrence(schedule("2019-03-04T09:00", "FREQ=WEEKLY;BYDAY=1MO"), "Asia/Jakarta", horizon, 100)).toBeUndefined();
    expect(estimateRecurrence(schedule("2019-03-04T09:00", "FREQ=DAILY;BYMONTH=3,4"), "Asia/Jakarta", horizon, 100)).toBeUndefined();
    expect(estimateRecurrence(schedule("2019-03-04T09:00", "FREQ=DAILY;BYSECOND=30"), "Asia/Jakarta", horizon, 100)).toBeUndefined();
    expect(estimateRecurrence(schedule("2019-03-04T09:00", "FREQ=DAILY;UNTIL=20190401T000000Z"), "Asia/Jakarta", horizon, 100)).toBeUndefined();
    expect(estimateRecurrence(schedule("2019-03-04T09:00", "FREQ=DAILY;COUNT=3"), "America/New_York", horizon, 100)).toBeUndefined();
    expect(estimateRecurrence(schedule("2019-03-04T09:00", "FREQ=DAILY;COUNT=3"), "Asia/Jakarta", horizon, 100)).toEqual({ lower: 3, upper: 3 });
  });
});
