import { z } from "zod";
import { DateRange, LocalDateTime, LocalTime, Period, WeeklyWindow } from "../primitives/calendar.js";

const Minutes = z.number().int().positive().max(60 * 24 * 366).describe("Minutes.");

/** What a schedule does about library closures and public holidays. */
const closureHandling = {
  skipClosures: z.boolean().default(true).describe("Drop occurrences on the library's closures and public holidays."),
};

/**
 * A recurring schedule in RFC 5545 form: DTSTART, an RRULE (without `DTSTART`/`RRULE:`
 * prefixes, e.g. `FREQ=WEEKLY;BYDAY=TU,FR;UNTIL=20191220T235959`), EXDATEs, RDATEs and
 * a duration. Times are local to the library's zone. DTSTART is the first instance.
 * Exceptions come in two kinds: `exdates` are date-times and cancel the one instance
 * starting then (the DSL's `except 2019-05-02T09:00`); `exceptRanges` are whole days and
 * cancel every instance on them (the DSL's `except 2019-05-02`, a one-day range, and
 * `except 2019-12-24..2019-12-31`).
 */
export const RecurringSchedule = z.object({
  kind: z.literal("rrule"),
  dtstart: LocalDateTime,
  rrule: z.string().min(1).regex(/^[A-Z]+=/, "an RRULE value such as FREQ=WEEKLY;BYDAY=MO"),
  durationMinutes: Minutes,
  exdates: z.array(LocalDateTime).default([]),
  exceptRanges: z.array(DateRange).default([]).describe("Whole days excluded, inclusive."),
  rdates: z.array(LocalDateTime).default([]),
  ...closureHandling,
});

/** A single occurrence: a start and a duration. */
export const OnceSchedule = z.object({ kind: z.literal("once"), start: LocalDateTime, durationMinutes: Minutes, ...closureHandling });

/** A multi-day event over a date range (a three-day peer-learning meeting), each day in the given hours. */
export const RangeSchedule = z.object({
  kind: z.literal("range"),
  range: DateRange,
  dailyStart: LocalTime.default("08:00"),
  dailyEnd: LocalTime.default("16:00"),
  ...closureHandling,
}).refine((s) => s.dailyStart < s.dailyEnd, { message: "the daily hours end before they start", path: ["dailyEnd"] });

/**
 * A flexible schedule: `count` sessions per `per` period, of `durationMinutes` each,
 * within the weekly windows and date range; the planner picks the slots.
 */
export const FlexibleSchedule = z.object({
  kind: z.literal("flexible"),
  count: z.number().int().positive().max(10_000),
  per: Period,
  windows: z.array(WeeklyWindow).min(1),
  durationMinutes: Minutes,
  within: DateRange.optional().describe("Limits the schedule to these dates; else the horizon."),
  ...closureHandling,
});

/** A program's schedule in one normalised form, told apart by `kind`. */
export const Schedule = z.discriminatedUnion("kind", [RecurringSchedule, OnceSchedule, RangeSchedule, FlexibleSchedule]).describe("A schedule.");
/** See {@link Schedule}. */
export type Schedule = z.infer<typeof Schedule>;
/** See {@link RecurringSchedule}. */
export type RecurringSchedule = z.infer<typeof RecurringSchedule>;
/** See {@link OnceSchedule}. */
export type OnceSchedule = z.infer<typeof OnceSchedule>;
/** See {@link RangeSchedule}. */
export type RangeSchedule = z.infer<typeof RangeSchedule>;
/** See {@link FlexibleSchedule}. */
export type FlexibleSchedule = z.infer<typeof FlexibleSchedule>;

