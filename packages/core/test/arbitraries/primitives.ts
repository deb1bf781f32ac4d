import fc from "fast-check";
import type { DateRange, SourceSpan, TimeRange, WeeklyWindow } from "@lontar/core";
import { WEEKDAYS, type Weekday } from "@lontar/core";

/** Identifiers as the schema accepts them: a letter or `_`, then letters, digits, `_ . -`. */
export const identifierArb = (): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom("a", "b", "x", "Z", "_"), fc.stringMatching(/^[A-Za-z0-9_.-]{0,8}$/)).map(([h, t]) => h + t);

/** Non-empty display text, including Bahasa Indonesia punctuation and non-ASCII. */
export const textArb = (): fc.Arbitrary<string> => fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" });

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** Real calendar dates `YYYY-MM-DD` from 2000 to 2039 (days valid for their month). */
export const isoDateArb = (): fc.Arbitrary<string> =>
  fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2039, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Wall-clock times `HH:mm` from 00:00 to 23:59. */
export const localTimeArb = (): fc.Arbitrary<string> =>
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);

/** Local date-times `YYYY-MM-DDTHH:mm`. */
export const localDateTimeArb = (): fc.Arbitrary<string> => fc.tuple(isoDateArb(), localTimeArb()).map(([d, t]) => `${d}T${t}`);

/** Inclusive date ranges, `from <= to`. */
export const dateRangeArb = (): fc.Arbitrary<DateRange> =>
  fc.tuple(isoDateArb(), isoDateArb()).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

/** Time ranges with `start < end`; the end may be 24:00. */
export const timeRangeArb = (): fc.Arbitrary<TimeRange> =>
  fc
    .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }))
    .filter(([a, b]) => a < b)
    .map(([a, b]) => ({ start: `${pad(Math.floor(a / 60))}:${pad(a % 60)}`, end: `${pad(Math.floor(b / 60))}:${pad(b % 60)}` }));

/** Days of the week. */
export const weekdayArb = (): fc.Arbitrary<Weekday> => fc.constantFrom(...WEEKDAYS);

/** Weekly windows: one to seven days within a time range. */
export const weeklyWindowArb = (): fc.Arbitrary<WeeklyWindow> =>
  fc.record({ days: fc.uniqueArray(weekdayArb(), { minLength: 1, maxLength: 7 }), time: timeRangeArb() }, { noNullPrototype: true });

/** Source spans of a `.lontar` file. */
export const sourceSpanArb = (): fc.Arbitrary<SourceSpan> => {
  const position = fc.record({ line: fc.integer({ min: 1, max: 9999 }), column: fc.integer({ min: 1, max: 200 }), offset: fc.nat(1_000_000) }, { noNullPrototype: true });
  return fc.record({ file: fc.constantFrom("main.lontar", "mitra/sekolah.lontar"), start: position, end: position }, { noNullPrototype: true });
};

/** Whole rupiah amounts, including zero and the largest safe integer. */
export const rupiahArb = (): fc.Arbitrary<number> => fc.oneof(fc.constant(0), fc.nat(1_000_000_000), fc.constant(Number.MAX_SAFE_INTEGER));

/** Finite numbers without -0, which JSON cannot carry. */
export const jsonNumberArb = (): fc.Arbitrary<number> =>
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));

