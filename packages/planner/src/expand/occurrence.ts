/**
 * A time slot in a library's zone: ISO strings with the zone's offset for output, and
 * epoch milliseconds for fast overlap tests.
 */
export interface Slot {
  /** ISO 8601 with offset, e.g. `2019-02-12T09:00:00+07:00`. */
  readonly start: string;
  /** ISO 8601 with offset; after `start`. */
  readonly end: string;
  /** `start` as epoch milliseconds. */
  readonly startMs: number;
  /** `end` as epoch milliseconds. */
  readonly endMs: number;
  /** Local date of the start, `YYYY-MM-DD`. */
  readonly localDate: string;
  /** Local start time `HH:mm`. */
  readonly localStart: string;
  /** Local end time `HH:mm` (of the end's own day). */
  readonly localEnd: string;
}

/**
 * One dated occurrence of a program, before allocation: expansion produces these in
 * chronological order (ties by program id), the allocator assigns resources to them.
 */
export interface Occurrence extends Slot {
  /** Stable id: `<programId>@<local start YYYY-MM-DDTHH:mm>` (`#<n>` appended if the same start repeats). */
  readonly id: string;
  /** The program's id. */
  readonly programId: string;
  /** The organising library's id. */
  readonly libraryId: string;
  /** The library's IANA zone. */
  readonly zone: string;
  /** The index of the schedule in the program's `schedules` that produced it. */
  readonly scheduleIndex: number;
  /** The site visited (rotating programs: the next site in turn; fixed programs with one site: that site). */
  readonly site?: string;
  /**
   * Every site of a program that names several without a route (`sites a, b`): each
   * session is held at all of them, in the order written; `site` is then absent.
   */
  readonly sites?: readonly string[];
  /**
   * For flexible schedules: the period this session counts towards and the other slots
   * it may move to within that period (the allocator may pick any; `start`/`end` hold
   * the expansion's spread-out default).
   */
  readonly flexible?: { readonly period: { readonly from: string; readonly to: string }; readonly candidates: readonly Slot[] };
}

/** An occurrence that expansion dropped, and why (a closure, a holiday, an exception). */
export interface DroppedOccurrence extends Slot {
  /** The program's id. */
  readonly programId: string;
  /** The organising library's id. */
  readonly libraryId: string;
  /** `public-holiday`, `closure` or `exception`. */
  readonly reason: "public-holiday" | "closure" | "exception";
  /** A readable explanation, e.g. `Hari Raya Idul Fitri` or `Cuti bersama Idul Fitri`. */
  readonly detail: string;
  /**
   * Where the session would have been held, for a program with fixed sites: its one site.
   * On a rotating route, which takes its sites in turn over the sessions held, only a session
   * its stop's own closure dropped has one (the stop was due that day).
   */
  readonly site?: string;
  /** Every site of a program that names several without a route, as on {@link Occurrence}. */
  readonly sites?: readonly string[];
  /** The library whose closure or holiday dropped it, when another than its own: the declared library it was to be held at (expand/site-closures.ts). */
  readonly closedLibrary?: string;
}
