import { expandRecurrence } from "@lontar/core";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { compileSchedule } from "../../src/semantics/schedule/compile-schedule.js";
import type { EverySchedule, RecurrenceDays, WeekdayNode } from "../../src/syntax/ast.js";
import { anywhere, date, days, every, num, time, weekday } from "./helpers/ast.js";

type Day = WeekdayNode["day"];
const DAYS: readonly Day[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
/** How far past `from` an open-ended schedule is compared. */
const WINDOW_DAYS = 800;

// ----------------------------------------------------------------- an independent reading of the schedule form

const utc = (iso: string): DateTime => DateTime.fromISO(iso, { zone: "utc" });

/** Whether day `d` is in a period the interval selects, counting periods from the period of `from` (the first instance). */
function inSelectedPeriod(node: EverySchedule, from: DateTime, d: DateTime): boolean {
  const n = node.interval;
  switch (node.unit) {
    case "day":
      return Math.round(d.diff(from, "days").days) % n === 0;
    case "week": {
      const monday = (x: DateTime): DateTime => x.minus({ days: x.weekday - 1 });
      return Math.round(monday(d).diff(monday(from), "days").days / 7) % n === 0;
    }
    case "month":
      return (d.year * 12 + d.month - (from.year * 12 + from.month)) % n === 0;
    case "year":
      return (d.year - from.year) % n === 0;
  }
}

/** Whether day `d` is one the `on …` part picks (or, without one, the day that matches `from`). */
function onSelectedDay(node: EverySchedule, from: DateTime, d: DateTime, set: readonly Day[] | undefined): boolean {
  const on = node.on;
  const dayName = DAYS[d.weekday - 1];
  if (on === undefined) {
    if (node.unit === "day") return true;
    if (node.unit === "week") return d.weekday === from.weekday;
    if (node.unit === "month") return d.day === from.day;
    return d.month === from.month && d.day === from.day;
  }
  switch (on.kind) {
    case "Days":
      return set?.includes(dayName ?? "mon") ?? false;
    case "NthWeekday":
      if (dayName !== on.weekday.day) return false;
      return [on.ordinal, ...(on.moreOrdinals ?? [])].some((n) => (n === -1 ? d.day + 7 > (d.daysInMonth ?? 31) : Math.ceil(d.day / 7) === n));
    case "MonthDay":
      return d.day === on.day.value;
    case "YearDate":
      return d.month === on.month && d.day === on.day.value;
  }
}

/**
 * Every start of the schedule from `from` to the end of `last`, day by day. The interval
 * counts from the first instance, the first day on or after `from` that the `on …` part
 * picks (`every 2 weeks on tue from` a Wednesday: the next Tuesday, then every other one).
 */
function bruteForce(node: EverySchedule, set: readonly Day[] | undefined, last: DateTime): string[] {
  const from = utc(node.from?.text ?? "");
  const at = node.at?.text ?? "08:00";
  const out: string[] = [];
  let anchor: DateTime | undefined;
  for (let d = from; d <= last; d = d.plus({ days: 1 })) {
    if (node.count !== undefined && out.length >= node.count.value) break;
    if (!onSelectedDay(node, from, d, set)) continue;
    anchor ??= d;
    if (inSelectedPeriod(node, anchor, d)) out.push(`${d.toISODate()}T${at}`);
  }
  return out;
}

// ----------------------------------------------------------------- the compiled recurrence set, expanded by the core engine

function expandCompiled(node: EverySchedule, last: DateTime): string[] {
  const schedule = compileSchedule(node, {});
  if (schedule === undefined) return [];
  if (schedule.kind !== "rrule") throw new Error("an every-schedule compiles to an rrule");
  const result = expandRecurrence({ dtstart: schedule.dtstart, rrule: schedule.rrule, zone: "Etc/UTC", until: last.toISODate() ?? "", limit: 10_000 });
  if (!result.ok) throw new Error(result.error);
  return result.starts.map((s) => s.local.slice(0, 16));
}

// ----------------------------------------------------------------- generators

const arbDate = fc.date({ min: new Date(Date.UTC(2019, 0, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const arbTime = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.constantFrom(0, 15, 30, 45) }).map(({ h, m }) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const arbDays = fc.subarray([...DAYS], { minLength: 1 });
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const arbOn = (unit: EverySchedule["unit"]): fc.Arbitrary<{ on?: RecurrenceDays; set?: Day[] }> => {
  const none = fc.constant({});
  const daySet = arbDays.map((set) => ({ on: { kind: "Days" as const, days: days(...set) }, set }));
  if (unit === "day" || unit === "week") return fc.oneof(none, daySet);
  if (unit === "month") {
    return fc.oneof(
      none,
      daySet,
      // One nth weekday or several, in any order and possibly repeated (`kamis keempat, kedua, keempat`).
      fc.tuple(fc.array(fc.constantFrom<1 | 2 | 3 | 4 | 5 | -1>(1, 2, 3, 4, 5, -1), { minLength: 1, maxLength: 3 }), fc.constantFrom(...DAYS)).map(([[ordinal = 1, ...more], d]) => ({
        on: { kind: "NthWeekday" as const, ordinal, ...(more.length > 0 ? { moreOrdinals: more } : {}), weekday: weekday(d), range: anywhere() },
      })),
      fc.integer({ min: 1, max: 31 }).map((n) => ({ on: { kind: "MonthDay" as const, day: num(n) } })),
    );
  }
  return fc.oneof(
    none,
    fc.integer({ min: 1, max: 12 }).chain((month) => fc.integer({ min: 1, max: DAYS_IN_MONTH[month - 1] ?? 28 }).map((day) => ({ on: { kind: "YearDate" as const, day: num(day), month, monthLang: "en" as const, range: anywhere() } }))),
  );
};

const arbEvery = fc
  .record({ unit: fc.constantFrom<EverySchedule["unit"]>("day", "week", "month", "year"), interval: fc.integer({ min: 1, max: 4 }), from: arbDate, at: arbTime, end: fc.oneof(fc.constant({}), fc.integer({ min: 0, max: 500 }).map((n) => ({ untilDays: n })), fc.integer({ min: 1, max: 25 }).map((n) => ({ count: n }))) })
  .chain((r) => arbOn(r.unit).map((on) => ({ ...r, ...on })))
  .map((r) => {
    const until = "untilDays" in r.end ? utc(r.from).plus({ days: r.end.untilDays }).toISODate() ?? r.from : undefined;
    const node = every({
      unit: r.unit,
      interval: r.interval,
      ...(r.on === undefined ? {} : { on: r.on }),
      from: date(r.from),
      at: time(r.at),
      ...(until === undefined ? {} : { until: date(until) }),
      ...("count" in r.end ? { count: num(r.end.count) } : {}),
    });
    return { node, set: r.set };
  });

describe("every-schedules compile to RRULEs that mean the same dates", () => {
  it("the compiled recurrence set, expanded by the core engine, gives the dates a day-by-day reading of the form gives", () => {
    fc.assert(
      fc.property(arbEvery, ({ node, set }) => {
        const last = node.until !== undefined ? utc(node.until.text) : utc(node.from?.text ?? "").plus({ days: WINDOW_DAYS });
        // COUNT may reach past the window; compare within it, where both readings are complete.
        const expected = bruteForce(node, set, last);
        const actual = expandCompiled(node, last);
        expect(actual).toEqual(expected);
        // RFC 5545 (and the planner) take DTSTART as the first instance, so it must be one.
        const compiled = compileSchedule(node, {});
        if (expected.length > 0) expect(compiled).toMatchObject({ dtstart: expected[0] });
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("examples: the DSL sketch's book rotation and the last Friday of the month", () => {
    const rotation = compileSchedule(every({ on: { kind: "Days", days: days("tue", "fri") }, at: time("09:00"), from: date("2019-02-11"), until: date("2019-12-20") }), {});
    expect(rotation).toMatchObject({ kind: "rrule", dtstart: "2019-02-12T09:00", rrule: "FREQ=WEEKLY;BYDAY=TU,FR;UNTIL=20191220T235959", durationMinutes: 60 });
    const lastFriday = compileSchedule(every({ unit: "month", on: { kind: "NthWeekday", ordinal: -1, weekday: weekday("fri"), range: anywhere() }, from: date("2019-01-01"), count: num(3) }), {});
    expect(lastFriday).toMatchObject({ kind: "rrule", dtstart: "2019-01-25T08:00", rrule: "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3" });
  });

  it("several nth weekdays: one BYDAY list in the month's order, each once, whatever the order written", () => {
    const on = (ordinal: 2 | 4 | -1, ...more: (2 | 4 | -1)[]): RecurrenceDays => ({ kind: "NthWeekday", ordinal, moreOrdinals: more, weekday: weekday("thu"), range: anywhere() });
    const secondFourth = compileSchedule(every({ unit: "month", on: on(2, 4), at: time("09:00"), from: date("2026-01-01"), until: date("2026-02-28") }), {});
    expect(secondFourth).toMatchObject({ dtstart: "2026-01-08T09:00", rrule: "FREQ=MONTHLY;BYDAY=2TH,4TH;UNTIL=20260228T235959" });
    const written = compileSchedule(every({ unit: "month", on: on(-1, 4, 2, 4), from: date("2026-01-01"), count: num(4) }), {});
    expect(written).toMatchObject({ rrule: "FREQ=MONTHLY;BYDAY=2TH,4TH,-1TH;COUNT=4" });
  });

  // Found by a user walk: `setiap 2 minggu pada selasa mulai 2027-01-06` (a Wednesday) first ran on the 19th, 13 days on, and with no
  // `mulai` in a horizon from Friday 1 January on the 12th: the interval counted from the start's week, whose Tuesday had passed.
  it("counts an interval from the first instance, the first day on or after the start that the rule picks", () => {
    const fortnight = (from: string | undefined, horizon?: { from: string; to: string }) =>
      compileSchedule(every({ interval: 2, on: { kind: "Days", days: days("tue") }, at: time("08:30"), ...(from === undefined ? {} : { from: date(from) }) }), horizon === undefined ? {} : { horizon });
    expect(fortnight("2027-01-06")).toMatchObject({ dtstart: "2027-01-12T08:30", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU" });
    expect(fortnight(undefined, { from: "2027-01-01", to: "2027-12-31" })).toMatchObject({ dtstart: "2027-01-05T08:30" });
    const result = expandRecurrence({ dtstart: "2027-01-12T08:30", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", zone: "Asia/Jakarta", until: "2027-02-28", limit: 10 });
    expect(result.ok && result.starts.map((x) => x.local.slice(0, 10))).toEqual(["2027-01-12", "2027-01-26", "2027-02-09", "2027-02-23"]);
    // Every other month on the 10th from 15 January: February's 10th first, not March's.
    expect(compileSchedule(every({ unit: "month", interval: 2, on: { kind: "MonthDay", day: num(10) }, from: date("2027-01-15") }), {})).toMatchObject({ dtstart: "2027-02-10T08:00" });
  });

  it("the horizon's start stands in for a missing `from`", () => {
    const s = compileSchedule(every({ on: { kind: "Days", days: days("mon") } }), { horizon: { from: "2024-01-03", to: "2024-12-31" } });
    expect(s).toMatchObject({ dtstart: "2024-01-08T08:00" });
  });
});
