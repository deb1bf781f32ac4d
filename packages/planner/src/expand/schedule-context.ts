import type { ClosureCalendar } from "./closures.js";
import type { ExpansionFinding, ExpansionFindingCode } from "./findings.js";
import type { DroppedOccurrence, Occurrence, Slot } from "./occurrence.js";
import type { DateSpan } from "../calendar/periods.js";
import { flatText, makeSlot } from "./slot.js";
import type { ZoneClock } from "./zone-clock.js";
import type { ExpansionMemo } from "./expansion-memo.js";

/** What {@link expandSchedule} needs to know about where a schedule runs. */
export interface ScheduleContext {
  /** The program's id. */
  readonly programId: string;
  /** The organising library's id. */
  readonly libraryId: string;
  /** The library's IANA zone. */
  readonly zone: string;
  /** The schedule's index in the program's `schedules`. */
  readonly scheduleIndex: number;
  /** Local dates to expand, both inclusive. */
  readonly horizon: DateSpan;
  /** The bound on occurrences (and candidate slots) of this schedule. */
  readonly maxOccurrences: number;
  /** The library's closures; none when absent. */
  readonly closures?: ClosureCalendar;
  /** A clock for `zone` to reuse; built when absent. */
  readonly clock?: ZoneClock;
  /** Recurrence sets already expanded in this plan; none when absent. */
  readonly memo?: ExpansionMemo;
  /**
   * Whether a slot lies inside the library's opening hours, for a program held at the
   * library (no site, or the library among its sites, not on a rotating route); absent
   * otherwise. A flexible schedule keeps to such slots when it has enough of them.
   */
  readonly open?: (slot: Slot) => boolean;
}

/** A start and end produced by a schedule kind, before filtering. */
export interface RawSlot {
  /** Start instant, epoch ms. */
  readonly startMs: number;
  /** End instant, epoch ms. */
  readonly endMs: number;
  /** For flexible schedules, the period and candidate slots. */
  readonly flexible?: Occurrence["flexible"];
}

/** Collects a schedule's occurrences, drops and findings. */
export interface ScheduleSink {
  /** The occurrences placed so far, in the order placed. */
  readonly occurrences: Occurrence[];
  /** The occurrences dropped so far. */
  readonly dropped: DroppedOccurrence[];
  /** The findings reported so far. */
  readonly findings: ExpansionFinding[];
  /** Records a finding about this schedule. */
  report(code: ExpansionFindingCode, level: ExpansionFinding["level"], message: string, short?: ExpansionFinding["short"]): void;
  /**
   * Places a raw slot: outside the horizon it is ignored; on an excepted day, a closure
   * or a public holiday (when `skipClosures`) it is dropped; else it becomes an occurrence.
   */
  place(raw: RawSlot, options: { readonly skipClosures: boolean; readonly exceptions?: readonly DateSpan[] }): void;
}

/** Makes the {@link ScheduleSink} of one schedule. */
export function scheduleSink(context: ScheduleContext, clock: ZoneClock): ScheduleSink {
  const occurrences: Occurrence[] = [];
  const dropped: DroppedOccurrence[] = [];
  const findings: ExpansionFinding[] = [];
  const base = { programId: context.programId, libraryId: context.libraryId };
  const drop = (slot: Slot, reason: DroppedOccurrence["reason"], detail: string): void => {
    dropped.push({ ...slot, ...base, reason, detail });
  };
  return {
    occurrences,
    dropped,
    findings,
    report(code, level, message, short) {
      findings.push({ code, level, message, programId: context.programId, scheduleIndex: context.scheduleIndex, ...(short === undefined ? {} : { short }) });
    },
    place(raw, options) {
      const slot = makeSlot(clock, raw.startMs, raw.endMs);
      if (slot.localDate < context.horizon.from || slot.localDate > context.horizon.to) return;
      const exception = options.exceptions === undefined || options.exceptions.length === 0 ? undefined : options.exceptions.find((r) => r.from <= slot.localDate && slot.localDate <= r.to);
      if (exception !== undefined) return drop(slot, "exception", exception.from === exception.to ? `excepted ${exception.from}` : `excepted ${exception.from}..${exception.to}`);
      const closed = options.skipClosures ? context.closures?.closedOn(slot.localDate) : undefined;
      const estimated = options.skipClosures ? context.closures?.estimateWarning(slot.localDate) : undefined;
      if (estimated !== undefined) findings.push({ code: "HOLIDAYS_ESTIMATED", level: "info", message: estimated, programId: context.programId, scheduleIndex: context.scheduleIndex });
      if (closed !== undefined) return drop(slot, closed.reason, closed.detail);
      // One literal of one shape (no spreads): expansion makes a million of these.
      const occurrence: Occurrence = {
        start: slot.start,
        end: slot.end,
        startMs: slot.startMs,
        endMs: slot.endMs,
        localDate: slot.localDate,
        localStart: slot.localStart,
        localEnd: slot.localEnd,
        programId: context.programId,
        libraryId: context.libraryId,
        id: flatText(context.programId, "@", slot.localDate, "T", slot.localStart),
        zone: context.zone,
        scheduleIndex: context.scheduleIndex,
      };
      occurrences.push(raw.flexible === undefined ? occurrence : { ...occurrence, flexible: raw.flexible });
    },
  };
}
