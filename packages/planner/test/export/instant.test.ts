import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readInstant } from "../../src/export/instant.js";

describe("readInstant", () => {
  it("keeps the wall-clock fields an instant is written with", () => {
    expect(readInstant("2019-02-12T09:00:00+07:00")).toEqual({
      date: "2019-02-12",
      time: "09:00",
      timeWithSeconds: "09:00:00",
      offsetMinutes: 420,
      epochMs: Date.UTC(2019, 1, 12, 2),
    });
    expect(readInstant("2019-11-03T01:30-04:00")?.epochMs).toBe(Date.UTC(2019, 10, 3, 5, 30));
    expect(readInstant("2019-03-31T00:59:59.5Z")?.epochMs).toBe(Date.UTC(2019, 2, 31, 0, 59, 59, 500));
  });

  it("rejects what is not a real instant with an offset", () => {
    for (const bad of ["2019-02-30T09:00:00+07:00", "2019-02-12T24:30:00+07:00", "2019-02-12T09:00:00", "2019-13-01T09:00Z", "tomorrow", ""]) {
      expect(readInstant(bad)).toBeUndefined();
    }
  });

  it("agrees with luxon on every instant the planner can write", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T23:59:59Z"), noInvalidDate: true }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }),
        fc.boolean(),
        (drawn, quarterHours, withMillis) => {
          const date = withMillis ? drawn : new Date(drawn.getTime() - (((drawn.getTime() % 1000) + 1000) % 1000));
          const value = DateTime.fromJSDate(date, { zone: "utc" }).setZone(quarterHours === 0 ? "UTC" : `UTC${quarterHours > 0 ? "+" : "-"}${Math.floor(Math.abs(quarterHours) / 4)}:${String((Math.abs(quarterHours) % 4) * 15).padStart(2, "0")}`);
          const iso = value.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? "";
          const read = readInstant(iso);
          expect(read?.epochMs).toBe(date.getTime());
          expect(read?.date).toBe(value.toFormat("yyyy-MM-dd"));
          expect(read?.timeWithSeconds).toBe(value.toFormat("HH:mm:ss"));
          expect(read?.offsetMinutes).toBe(value.offset);
        },
      ),
      { numRuns: 300 },
    );
  });
});
