import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LAST_DECREED_YEAR, MAX_HOLIDAY_YEARS, decreedHolidays, decreedYear, holidaysBetween, type EstimatedHoliday } from "@lontar/core";

const datesOf = (year: number, kind: "national" | "collective_leave"): string[] => (decreedHolidays(year) ?? []).filter((h) => h.kind === kind).map((h) => h.date);

describe("decreedHolidays", () => {
  it("gives the decreed Islamic dates the issue quotes, where date-holidays estimates differ", () => {
    expect(datesOf(2025, "national")).toEqual(expect.arrayContaining(["2025-03-31", "2025-04-01", "2025-06-27"]));
    expect(datesOf(2025, "national")).not.toContain("2025-03-30");
    expect(decreedHolidays(2025)?.find((h) => h.date === "2025-01-27")?.name.id).toBe("Isra Mikraj Nabi Muhammad SAW");
    expect(datesOf(2019, "national")).toEqual(expect.arrayContaining(["2019-06-05", "2019-06-06", "2019-04-17"]));
  });

  it("holds cuti bersama, in the final state after amendments", () => {
    expect(datesOf(2019, "collective_leave")).toEqual(["2019-06-03", "2019-06-04", "2019-06-07", "2019-12-24"]);
    expect(datesOf(2021, "collective_leave")).toEqual(["2021-05-12"]);
    expect(datesOf(2020, "collective_leave")).toEqual(["2020-08-21", "2020-10-28", "2020-10-30", "2020-12-24", "2020-12-31"]);
    expect(datesOf(2025, "collective_leave")).toContain("2025-08-18");
  });

  it("names an amendment's day after the amendment, and knows nothing of years without a decree", () => {
    const moved = decreedHolidays(2021)?.find((h) => h.date === "2021-08-11");
    expect(decreedYear(2021)?.amendments.find((a) => a.id === moved?.by)?.kind).toBe("skb");
    expect(decreedHolidays(2018)).toBeUndefined();
    expect(decreedHolidays(LAST_DECREED_YEAR + 1)).toBeUndefined();
  });
});

describe("holidaysBetween", () => {
  const estimate = (year: number): EstimatedHoliday[] => [{ date: `${year}-01-01`, name: { id: "Tahun Baru", en: "New Year" } }];

  it("returns the decreed days of a span, both ends included, flagged decreed", () => {
    const { holidays, years } = holidaysBetween("2025-03-28", "2025-04-07");
    expect(holidays.map((h) => h.date)).toEqual(["2025-03-28", "2025-03-29", "2025-03-31", "2025-04-01", "2025-04-02", "2025-04-03", "2025-04-04", "2025-04-07"]);
    expect(holidays.every((h) => h.decreed)).toBe(true);
    expect(years).toEqual([{ year: 2025, source: "decree" }]);
  });

  it("falls back to the estimator past the data, flagged as estimates, and to nothing without one", () => {
    const next = LAST_DECREED_YEAR + 1;
    const withEstimate = holidaysBetween(`${LAST_DECREED_YEAR}-12-25`, `${next}-01-31`, estimate);
    // Christmas and whatever the last decree sets after it (2027: Isra Mikraj on the 26th).
    const lastDays = (decreedHolidays(LAST_DECREED_YEAR) ?? []).filter((h) => h.date >= `${LAST_DECREED_YEAR}-12-25`);
    expect(lastDays[0]?.date).toBe(`${LAST_DECREED_YEAR}-12-25`);
    expect(withEstimate.holidays.map((h) => [h.date, h.decreed])).toEqual([...lastDays.map((h) => [h.date, true]), [`${next}-01-01`, false]]);
    expect(withEstimate.years.map((y) => y.source)).toEqual(["decree", "estimate"]);
    expect(holidaysBetween(`${next}-01-01`, `${next}-12-31`).years).toEqual([{ year: next, source: "none" }]);
  });

  it("gives nothing for unreal dates or a reversed span, and cuts spans past its bound", () => {
    expect(holidaysBetween("2025-02-30", "2025-03-31").holidays).toEqual([]);
    expect(holidaysBetween("2025-12-31", "2025-01-01").holidays).toEqual([]);
    const long = holidaysBetween("1000-01-01", "9999-12-31", estimate);
    expect(long.truncated).toBe(true);
    expect(long.years.length).toBe(MAX_HOLIDAY_YEARS);
  });

  it("equals the per-year tables filtered to the span, for any span", () => {
    const day = fc.integer({ min: Date.UTC(2018, 6, 1), max: Date.UTC(2027, 6, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const expected: string[] = [];
        for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
          for (const h of decreedHolidays(year) ?? []) if (h.date >= from && h.date <= to) expected.push(`${h.date} ${h.kind}`);
        }
        expect(holidaysBetween(from, to).holidays.map((h) => `${h.date} ${h.kind}`)).toEqual(expected);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
