import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isIsoDate, isLocalDateTime } from "@lontar/core";

const two = (n: number): string => String(n).padStart(2, "0");

// Years around the leap-year rules (every 4, not every 100, every 400), then any.
const year = fc.oneof(fc.constantFrom(0, 1, 4, 100, 400, 1900, 2000, 2024, 2100, 9999), fc.integer({ min: 0, max: 9999 }));
const dateText = fc
  .tuple(year, fc.integer({ min: 0, max: 99 }), fc.oneof(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 99 })))
  .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${two(m)}-${two(d)}`);

describe("calendar dates checked by arithmetic", () => {
  it("accepts exactly the dates luxon reads as valid", () => {
    fc.assert(
      fc.property(dateText, (text) => {
        expect(isIsoDate(text)).toBe(DateTime.fromISO(text, { zone: "utc" }).isValid);
      }),
    );
  });

  it("accepts exactly the floating date-times luxon reads as valid", () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 59 }))).map(([h, m, s]) => `${two(h)}:${two(m)}${s === null ? "" : `:${two(s)}`}`);
    fc.assert(
      fc.property(dateText, time, (date, clock) => {
        const text = `${date}T${clock}`;
        expect(isLocalDateTime(text)).toBe(DateTime.fromISO(text, { zone: "utc" }).isValid);
      }),
    );
  });

  it("knows 29 February only in leap years", () => {
    expect([1900, 2000, 2023, 2024, 2100].map((y) => isIsoDate(`${y}-02-29`))).toEqual([false, true, false, true, false]);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("2024-04-31")).toBe(false);
    expect(isIsoDate("2024-1-01")).toBe(false);
  });
});
