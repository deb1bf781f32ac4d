import type { DateSpan } from "../plan/date-span.js";
import type { DroppedOccurrence, Occurrence } from "./occurrence.js";

/**
 * Codes of expansion findings:
 * - `EXPAND_LIMIT` (hard): an `rrule` or `range` schedule would give more occurrences than the
 *   per-schedule bound (100,000 sessions of one program is certainly a mistake): the schedule
 *   gives no occurrence, and the finding names the bound and about how many it would give. A
 *   `flexible` schedule with more candidate slots than the bound keeps the sessions of the
 *   periods before it was reached, and the finding names the period where expansion stopped.
 * - `EXPAND_WORKSPACE_LIMIT` (hard): the workspace as a whole would exceed its occurrence
 *   bound; nothing was expanded (the finding names the schedule that passed it).
 * - `EXPAND_INVALID_RRULE` (hard): the RRULE cannot be parsed.
 * - `EXPAND_INVALID_TIMES` (hard): a range schedule whose daily end is not after its start.
 * - `EXPAND_OVERLAP` (hard): a session of the schedule starts (on the wall clock) before the
 *   previous one ends (`FREQ=SECONDLY` for an hour, every day for 30 hours); the schedule gives
 *   no occurrence (the finding names the first two sessions that meet).
 * - `EXPAND_NO_ZONE` (hard): the library is unknown or has no time zone.
 * - `EXPAND_NEVER` (info): the schedule has no occurrence in the horizon, or its rule none after DTSTART.
 * - `EXPAND_FLEXIBLE_SHORT` (medium): a flexible period has fewer candidate slots than sessions.
 * - `OUTSIDE_OPENING_HOURS` (hard): an occurrence at the library lies outside its opening hours.
 * - `HOLIDAYS_ESTIMATED` (info): an occurrence falls in a year with no decree in the data, so
 *   the library's holidays that year are date-holidays' estimates (once per program and year).
 */
export type ExpansionFindingCode =
  | "EXPAND_LIMIT"
  | "EXPAND_WORKSPACE_LIMIT"
  | "EXPAND_INVALID_RRULE"
  | "EXPAND_INVALID_TIMES"
  | "EXPAND_OVERLAP"
  | "EXPAND_NO_ZONE"
  | "EXPAND_NEVER"
  | "EXPAND_FLEXIBLE_SHORT"
  | "OUTSIDE_OPENING_HOURS"
  | "HOLIDAYS_ESTIMATED";

/** Something expansion noticed about a schedule: data, never an exception. */
export interface ExpansionFinding {
  /** A stable code, see {@link ExpansionFindingCode}. */
  readonly code: ExpansionFindingCode;
  /** The program concerned. */
  readonly programId: string;
  /** The index of the schedule in the program's `schedules`. */
  readonly scheduleIndex: number;
  /** A readable explanation. */
  readonly message: string;
  /** How much it matters, on the planner's score levels. */
  readonly level: "hard" | "medium" | "soft" | "info";
  /** The occurrence concerned, when the finding is about one (`OUTSIDE_OPENING_HOURS`). */
  readonly occurrenceId?: string;
  /** `EXPAND_FLEXIBLE_SHORT`: the period short of slots, and how many slots it has. */
  readonly short?: { readonly period: DateSpan; readonly slots: number };
}

/** What expansion returns: occurrences sorted by start, program and id; drops; findings. */
export interface ExpansionResult {
  /** Occurrences sorted by `startMs`, then `programId`, then `id`. */
  readonly occurrences: Occurrence[];
  /** Occurrences removed by closures, public holidays or excepted ranges. */
  readonly dropped: DroppedOccurrence[];
  /** Findings about the schedules. */
  readonly findings: ExpansionFinding[];
}

/** The message of an `EXPAND_FLEXIBLE_SHORT` finding: the period, its free slots and the sessions it asks for. */
export function flexibleShortMessage(period: DateSpan, slots: number, sessions: number): string {
  return `${period.from}..${period.to}: ${slots} candidate slots for ${sessions} sessions`;
}
