import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateOfDay, dayNumber, periodOf, periodsMeeting, weekdayIndex } from "../../src/calendar/periods.js";

describe("periods", () => {
  it("knows weeks, quarters and semesters", () => {
    expect(periodOf("2025-05-14", "quarter")).toEqual({ from: "2025-04-01", to: "2025-06-30" });
    expect(periodOf("2024-02-10", "month")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(periodOf("2025-08-01", "semester")).toEqual({ from: "2025-07-01", to: "2025-12-31" });
    expect(periodOf("2025-01-01", "week")).toEqual({ from: "2024-12-30", to: "2025-01-05" });
    expect(weekdayIndex("2025-03-03")).toBe(0);
  });

  it("tiles a span with consecutive periods that contain their dates", () => {
    const per = fc.constantFrom("day", "week", "month", "quarter", "semester", "year" as const);
    fc.assert(
      fc.property(fc.integer({ min: 18_000, max: 22_000 }), fc.integer({ min: 0, max: 400 }), per, (start, length, p) => {
        const span = { from: dateOfDay(start), to: dateOfDay(start + length) };
        const periods = periodsMeeting(span, p);
        expect((periods[0]?.period.from ?? "") <= span.from).toBe(true);
        expect((periods.at(-1)?.period.to ?? "") >= span.to).toBe(true);
        for (let i = 1; i < periods.length; i++) expect(dayNumber(periods[i]?.period.from ?? "")).toBe(dayNumber(periods[i - 1]?.period.to ?? "") + 1);
        for (const { period, inside } of periods) expect(inside).toBe(period.from >= span.from && period.to <= span.to);
      }),
    );
  });
});
