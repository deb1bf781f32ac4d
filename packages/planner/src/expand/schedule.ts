import type { Schedule } from "@lontar/core";
import { match } from "ts-pattern";
import type { ExpansionFindingCode, ExpansionResult } from "./findings.js";
import { expandFlexible } from "./flexible.js";
import { scheduleSink, type ScheduleContext } from "./schedule-context.js";
import { expandOnce, expandRange, expandRecurring } from "./schedule-kinds.js";
import { zoneClock } from "./zone-clock.js";

/** The findings of a schedule refused whole: it gives no occurrence, and they say why. */
const REFUSALS: ReadonlySet<ExpansionFindingCode> = new Set(["EXPAND_OVERLAP", "EXPAND_LIMIT"]);

/**
 * Expands one schedule of a program within the horizon: occurrences (ids
 * `<programId>@<YYYY-MM-DDTHH:mm>`, no site yet, in the order produced), the ones
 * dropped by excepted ranges, closures and public holidays, and findings. Never throws
 * on user input and never runs past `context.maxOccurrences`: a schedule past it gives no
 * occurrence and a hard `EXPAND_LIMIT`.
 *
 * @example expandSchedule({ kind: "once", start: "2019-05-17T09:00", durationMinutes: 120, skipClosures: true },
 *   { programId: "hari_buku", libraryId: "solok", zone: "Asia/Jakarta", scheduleIndex: 0,
 *     horizon: { from: "2019-01-01", to: "2019-12-31" }, maxOccurrences: 1000 })
 */
export function expandSchedule(schedule: Schedule, context: ScheduleContext): ExpansionResult {
  const clock = context.clock ?? zoneClock(context.zone);
  const sink = scheduleSink(context, clock);
  match(schedule)
    .with({ kind: "rrule" }, (s) => expandRecurring(s, context, clock, sink))
    .with({ kind: "once" }, (s) => expandOnce(s, clock, sink))
    .with({ kind: "range" }, (s) => expandRange(s, context, clock, sink))
    .with({ kind: "flexible" }, (s) => expandFlexible(s, context, clock, sink))
    .exhaustive();
  // A schedule refused (sessions that overlap, past the bound) has said why it gives none.
  if (sink.occurrences.length === 0 && !sink.findings.some((f) => REFUSALS.has(f.code))) {
    const why = sink.dropped.length > 0 ? `all ${sink.dropped.length} fell on closures or excepted days` : "none falls in it";
    sink.report("EXPAND_NEVER", "info", `no occurrence in ${context.horizon.from}..${context.horizon.to}: ${why}`);
  }
  return { occurrences: sink.occurrences, dropped: sink.dropped, findings: sink.findings };
}
