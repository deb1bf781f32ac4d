import type { ZoneClock } from "./zone-clock.js";

/** Input of `expandRecurrence`: an RFC 5545 recurrence set in local (floating) time. */
export interface RecurrenceInput {
  /** DTSTART, local `YYYY-MM-DDTHH:mm[:ss]`; always the first instance. */
  readonly dtstart: string;
  /** The RRULE value without prefix, e.g. `FREQ=WEEKLY;BYDAY=TU,FR;UNTIL=20191220T235959`. */
  readonly rrule: string;
  /** The IANA zone the local times are read in. */
  readonly zone: string;
  /** EXDATEs, local date-times; an EXDATE wins over the rule and RDATEs. */
  readonly exdates?: readonly string[] | undefined;
  /** RDATEs, local date-times, added to the set. */
  readonly rdates?: readonly string[] | undefined;
  /** Stop at this local date (whole day, inclusive) or date-time: usually the horizon's end. */
  readonly until?: string | undefined;
  /** At most this many instances; past it the expansion stops and says so. */
  readonly limit: number;
  /** A clock to reuse across calls (same zone); built from `zone` when absent. */
  readonly clock?: ZoneClock | undefined;
}

/** One instance of a recurrence set. */
export interface RecurrenceStart {
  /** The wall-clock time the set asks for, `YYYY-MM-DDTHH:mm:ss`. */
  readonly local: string;
  /** The instant, epoch ms. Differs from `local` read naively only when `inGap`. */
  readonly startMs: number;
  /** True when `local` fell in a DST gap (only DTSTART or an RDATE can): shifted forward by the offset before the gap. */
  readonly inGap: boolean;
}

/**
 * The result of `expandRecurrence`: the instances, or why the rule could not be
 * expanded. `neverOccurs` says the rule itself has no instance besides DTSTART (the
 * starts then hold DTSTART and the RDATEs).
 */
export type RecurrenceResult =
  | { readonly ok: true; readonly starts: readonly RecurrenceStart[]; readonly limitReached: boolean; readonly neverOccurs?: string }
  | { readonly ok: false; readonly error: string };
