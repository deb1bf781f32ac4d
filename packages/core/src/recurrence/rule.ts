/** The frequencies of RFC 5545 §3.3.10, finest first. */
export const FREQUENCIES = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"] as const;
/** An RRULE FREQ value. */
export type Frequency = (typeof FREQUENCIES)[number];

/** The RFC 5545 weekday codes in ISO order: index 0 is Monday. */
export const WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** One BYDAY entry: a weekday (0 = Monday … 6 = Sunday), with an ordinal such as -1 in `-1FR`. */
export interface RuleWeekday {
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** ±1..53, or undefined for every such weekday of the period. */
  readonly ordinal?: number;
}

/** The UNTIL of a rule: a whole local date, a local (floating) date-time, or a UTC instant. */
export type RuleUntil =
  | { readonly kind: "date"; /** Day number of the date (inclusive). */ readonly day: number }
  | { readonly kind: "local"; /** Floating epoch ms (UTC fields are the wall clock). */ readonly floatingMs: number }
  | { readonly kind: "utc"; /** Epoch ms of the instant. */ readonly ms: number };

/** A parsed RRULE (RFC 5545 §3.3.10); every BY list is empty when the part is absent. */
export interface RecurrenceRule {
  /** FREQ. */
  readonly freq: Frequency;
  /** INTERVAL, at least 1. */
  readonly interval: number;
  /** COUNT, when given. */
  readonly count?: number;
  /** UNTIL, when given. */
  readonly until?: RuleUntil;
  /** BYSECOND, 0..60 (60 names a leap second, which never exists here). */
  readonly bySecond: readonly number[];
  /** BYMINUTE, 0..59. */
  readonly byMinute: readonly number[];
  /** BYHOUR, 0..23. */
  readonly byHour: readonly number[];
  /** BYDAY. */
  readonly byDay: readonly RuleWeekday[];
  /** BYMONTHDAY, ±1..31. */
  readonly byMonthDay: readonly number[];
  /** BYYEARDAY, ±1..366. */
  readonly byYearDay: readonly number[];
  /** BYWEEKNO, ±1..53. */
  readonly byWeekNo: readonly number[];
  /** BYMONTH, 1..12. */
  readonly byMonth: readonly number[];
  /** BYSETPOS, ±1..366. */
  readonly bySetPos: readonly number[];
  /** WKST, 0 = Monday (the default) … 6 = Sunday. */
  readonly wkst: number;
}

/** A problem in an RRULE's text, in English and Bahasa Indonesia. */
export interface RuleProblem {
  /** A stable code: `syntax`, `unknown-part`, `duplicate-part`, `bad-value`, `missing-freq`, `conflict`. */
  readonly code: "syntax" | "unknown-part" | "duplicate-part" | "bad-value" | "missing-freq" | "conflict";
  /** The rule part concerned (`BYDAY`), when there is one. */
  readonly part?: string;
  /** English message. */
  readonly en: string;
  /** Indonesian message. */
  readonly id: string;
}

/** The outcome of parsing an RRULE: the rule, or every problem found. */
export type RuleParse = { readonly ok: true; readonly rule: RecurrenceRule } | { readonly ok: false; readonly problems: readonly RuleProblem[] };
