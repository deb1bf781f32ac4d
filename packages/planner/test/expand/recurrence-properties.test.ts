import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { expandRecurrence } from "../../src/expand/recurrence.js";
import { readLocal, referenceExpansion, ruleText, type SimpleRule } from "./reference-rule.js";

const zones = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "America/New_York", "Europe/London"];
// Leap days and DST-transition days (US and EU, 2019-2030) are over-represented on purpose.
const specialDays = ["2020-02-29", "2024-02-29", "2028-02-29", "2019-03-10", "2019-11-03", "2019-03-31", "2019-10-27", "2026-03-08", "2026-03-29", "2030-11-03"];
const times = ["00:00", "01:00", "01:30", "02:00", "02:30", "09:00", "13:45", "23:30"];

const dateArb = fc.oneof(
  fc.constantFrom(...specialDays),
  fc.date({ min: new Date(Date.UTC(2019, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const weekdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 3 });
const monthdays = fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 29, max: 31 })), { maxLength: 3 });

const caseArb = fc
  .record({
    freq: fc.constantFrom("DAILY", "WEEKLY", "MONTHLY", "YEARLY") as fc.Arbitrary<SimpleRule["freq"]>,
    interval: fc.integer({ min: 1, max: 4 }),
    byday: weekdays,
    bymonthday: monthdays,
    bymonth: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 2 }),
    bound: fc.oneof(fc.record({ count: fc.integer({ min: 1, max: 25 }) }), fc.record({ untilDays: fc.integer({ min: 0, max: 800 }) })),
    date: dateArb,
    time: fc.constantFrom(...times),
    zone: fc.constantFrom(...zones),
  })
  .map(({ freq, interval, byday, bymonthday, bymonth, bound, date, time, zone }) => {
    const dtstart = `${date}T${time}`;
    const until = "untilDays" in bound ? `${DateTime.fromISO(date, { zone: "utc" }).plus({ days: bound.untilDays }).toISODate()}T${time}` : undefined;
    const rule: SimpleRule = {
      freq,
      interval,
      byday,
      // BYMONTHDAY is not allowed with WEEKLY (RFC 5545); BYMONTH only with YEARLY here.
      bymonthday: freq === "WEEKLY" ? [] : bymonthday,
      bymonth: freq === "YEARLY" ? bymonth : [],
      ...("count" in bound ? { count: bound.count } : {}),
      ...(until !== undefined ? { until } : {}),
    };
    return { rule, dtstart, zone, end: DateTime.fromISO(date, { zone: "utc" }).plus({ years: 4 }).toISODate() ?? date };
  });

describe("expandRecurrence agrees with a brute-force reading of RFC 5545", () => {
  it("same instances, COUNT respected, within DTSTART..UNTIL, DTSTART first, sorted and unique", () => {
    fc.assert(
      fc.property(caseArb, ({ rule, dtstart, zone, end }) => {
        const result = expandRecurrence({ dtstart, rrule: ruleText(rule), zone, until: end, limit: 100_000 });
        if (!result.ok) throw new Error(result.error);
        const locals = result.starts.map((s) => s.local.slice(0, 16));
        expect(locals).toEqual(referenceExpansion(rule, dtstart, zone, end));
        expect(locals[0]).toBe(dtstart);
        if (rule.count !== undefined) expect(locals.length).toBeLessThanOrEqual(rule.count);
        if (rule.until !== undefined) expect(locals.slice(1).every((l) => l <= (rule.until ?? ""))).toBe(true);
        expect(locals.every((l) => l >= dtstart)).toBe(true);
        const ms = result.starts.map((s) => s.startMs);
        expect(ms.every((m, i) => i === 0 || (ms[i - 1] ?? 0) < m)).toBe(true);
        // Wall clock equals the rule's time except for a DTSTART that a DST gap moved.
        for (const start of result.starts) {
          const expected = readLocal(start.local, zone);
          expect(start.startMs).toBe(expected.ms);
          const wall = DateTime.fromMillis(start.startMs, { zone }).toFormat("HH:mm");
          if (!start.inGap) expect(wall).toBe(dtstart.slice(11, 16));
          else expect(start.local.slice(0, 16)).toBe(dtstart);
        }
      }),
      { numRuns: 200, seed: 20191016 },
    );
  });

  it("EXDATE removes and RDATE adds, counting each instance once", () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.nat(), { maxLength: 4 }), fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 4 }), ({ rule, dtstart, zone, end }, exPicks, rdOffsets) => {
        const base = referenceExpansion(rule, dtstart, zone, end);
        const exdates = exPicks.map((p) => base[p % base.length] ?? dtstart);
        const rdates = rdOffsets.map((d) => `${DateTime.fromISO(dtstart.slice(0, 10), { zone: "utc" }).plus({ days: d }).toISODate()}T10:15`);
        const result = expandRecurrence({ dtstart, rrule: ruleText(rule), zone, until: end, limit: 100_000, exdates, rdates });
        if (!result.ok) throw new Error(result.error);
        const locals = result.starts.map((s) => s.local.slice(0, 16));
        const expected = [...new Set([...base, ...rdates.filter((r) => r <= `${end}T23:59`)])].filter((l) => !exdates.includes(l));
        expect([...locals].sort()).toEqual([...expected].sort());
        expect(new Set(locals).size).toBe(locals.length);
      }),
      { numRuns: 100, seed: 17051980 },
    );
  });
});
