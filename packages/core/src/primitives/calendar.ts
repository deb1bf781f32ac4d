import { IANAZone } from "luxon";
import { z } from "zod";
import { labelledEnum } from "./labels.js";
import { WEEKDAY_NAMES } from "./calendar-words.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/** True when the year's month (1–12) has the day (the proleptic Gregorian calendar, as luxon's). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** True when the `YYYY-MM-DD` at the start of `value` (already matched by a pattern) is a day of the calendar. */
function startsWithCalendarDay(value: string): boolean {
  return isCalendarDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (no 30 February). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && startsWithCalendarDay(value);
}

/** True when `value` is a wall-clock time `HH:mm` from 00:00 to 24:00 inclusive. */
export function isLocalTime(value: string): boolean {
  return LOCAL_TIME.test(value);
}

/** True when `value` is a floating local date-time `YYYY-MM-DDTHH:mm[:ss]` that exists on the calendar. */
export function isLocalDateTime(value: string): boolean {
  return LOCAL_DATE_TIME.test(value) && startsWithCalendarDay(value);
}

/** A calendar date, `YYYY-MM-DD`, with no zone: `2019-10-16`. */
// The pattern (with abort, so one issue per value) also reaches the JSON Schema; the
// refinement then rules out dates the calendar lacks, which a pattern cannot.
export const IsoDate = z
  .string()
  .regex(ISO_DATE, { message: "expected a real date written YYYY-MM-DD", abort: true })
  .refine(isIsoDate, "expected a real date written YYYY-MM-DD")
  .describe("A date YYYY-MM-DD.");
/** See {@link IsoDate}. */
export type IsoDate = z.infer<typeof IsoDate>;

/** A wall-clock time, `HH:mm`, from `00:00` to `24:00` (the end of a day). */
export const LocalTime = z
  .string()
  .regex(LOCAL_TIME, "expected a time HH:mm between 00:00 and 24:00")
  .describe("A wall-clock time HH:mm.");
/** See {@link LocalTime}. */
export type LocalTime = z.infer<typeof LocalTime>;

/** A floating local date-time `YYYY-MM-DDTHH:mm[:ss]`, read in the library's time zone. */
export const LocalDateTime = z
  .string()
  .regex(LOCAL_DATE_TIME, { message: "expected a local date-time YYYY-MM-DDTHH:mm", abort: true })
  .refine(isLocalDateTime, "expected a local date-time YYYY-MM-DDTHH:mm")
  .describe("A local date-time YYYY-MM-DDTHH:mm in the library's zone.");
/** See {@link LocalDateTime}. */
export type LocalDateTime = z.infer<typeof LocalDateTime>;

// luxon asks Intl for every check (a new DateTimeFormat each time), and a plan repeats a
// few zones many times: the answers are kept, a bounded number of them.
const knownZones = new Map<string, boolean>();
const MAX_KNOWN_ZONES = 1_000;

/**
 * Whether `zone` is an IANA time-zone name that this runtime knows (`Asia/Jakarta`); the
 * answer is remembered.
 *
 * @example isTimeZoneName("Asia/Makassar") // true
 */
export function isTimeZoneName(zone: string): boolean {
  const known = knownZones.get(zone);
  if (known !== undefined) return known;
  const valid = IANAZone.isValidZone(zone);
  if (knownZones.size >= MAX_KNOWN_ZONES) knownZones.clear();
  knownZones.set(zone, valid);
  return valid;
}

/** An IANA time-zone name that this runtime knows: `Asia/Jakarta`. */
export const TimeZoneName = z
  .string()
  .refine(isTimeZoneName, "expected an IANA time zone such as Asia/Jakarta")
  .describe("An IANA time zone, e.g. Asia/Makassar.");
/** See {@link TimeZoneName}. */
export type TimeZoneName = z.infer<typeof TimeZoneName>;

/** The names of the `i`-th day of the week (Monday 0) in both languages, from the one table of them. */
const dayLabels = (i: number): { readonly id: string; readonly en: string } => ({ id: WEEKDAY_NAMES.id[i] ?? "", en: WEEKDAY_NAMES.en[i] ?? "" });

/** Labels of the days of the week (calendar-words.ts); the model uses the English three-letter ids. */
export const weekdayLabels = {
  mon: dayLabels(0),
  tue: dayLabels(1),
  wed: dayLabels(2),
  thu: dayLabels(3),
  fri: dayLabels(4),
  sat: dayLabels(5),
  sun: dayLabels(6),
} as const;
/** A day of the week, `mon` to `sun` (ISO order). */
export const Weekday = labelledEnum(weekdayLabels, "A day of the week.");
/** See {@link Weekday}. */
export type Weekday = z.infer<typeof Weekday>;
/** The weekdays in ISO order: index 0 is Monday (luxon's weekday 1). */
export const WEEKDAYS: readonly Weekday[] = Weekday.options;

/** Labels of the calendar periods that counts, targets and caps are stated per. */
export const periodLabels = {
  day: { id: "hari", en: "day" },
  week: { id: "minggu", en: "week" },
  month: { id: "bulan", en: "month" },
  quarter: { id: "triwulan", en: "quarter" },
  semester: { id: "semester", en: "semester" },
  year: { id: "tahun", en: "year" },
} as const;
/** A calendar period: weeks start on Monday; semesters are January-June and July-December. */
export const Period = labelledEnum(periodLabels, "A calendar period.");
/** See {@link Period}. */
export type Period = z.infer<typeof Period>;

/** An inclusive range of dates: both `from` and `to` belong to it. */
export const DateRange = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((r) => r.from <= r.to, { message: "the range ends before it starts", path: ["to"] })
  .describe("Dates from..to, both inclusive.");
/** See {@link DateRange}. */
export type DateRange = z.infer<typeof DateRange>;

/** A time span within one day, start inclusive and end exclusive: `08:00-16:00`. */
export const TimeRange = z
  .object({ start: LocalTime, end: LocalTime })
  .refine((r) => r.start < r.end, { message: "the time range ends before it starts", path: ["end"] })
  .describe("A time span within a day, start inclusive, end exclusive.");
/** See {@link TimeRange}. */
export type TimeRange = z.infer<typeof TimeRange>;

/** Some days of the week, each within one time span: opening hours, availability, windows. */
export const WeeklyWindow = z
  .object({ days: z.array(Weekday).min(1), time: TimeRange })
  .describe("Days of the week within a time span.");
/** See {@link WeeklyWindow}. */
export type WeeklyWindow = z.infer<typeof WeeklyWindow>;

/** Minutes since midnight of a `HH:mm` time (`24:00` is 1440). */
export function minutesOfDay(time: LocalTime): number {
  // `HH:mm` read digit by digit, without allocating: planning reads it per occurrence.
  if (time.length === 5 && time.charCodeAt(2) === 58) {
    const h1 = time.charCodeAt(0) - 48;
    const h2 = time.charCodeAt(1) - 48;
    const m1 = time.charCodeAt(3) - 48;
    const m2 = time.charCodeAt(4) - 48;
    if (h1 >= 0 && h1 <= 9 && h2 >= 0 && h2 <= 9 && m1 >= 0 && m1 <= 9 && m2 >= 0 && m2 <= 9) return (h1 * 10 + h2) * 60 + m1 * 10 + m2;
  }
  const [h, m] = time.split(":");
  return Number(h) * 60 + Number(m);
}
