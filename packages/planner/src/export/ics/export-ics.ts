import type { Workspace } from "@lontar/core";
import type { Plan, PlannedOccurrence } from "../../plan/plan.js";
import { indexWorkspace, scheduledOccurrences, type WorkspaceIndex } from "../plan-view.js";
import { compareCodeUnits } from "../text.js";
import { contentLine, escapeText, serializeLines } from "./ics-text.js";
import { planStamp, type IcsZone } from "./ics-time.js";
import { buildEvent } from "./vevent.js";

/** Options of {@link exportIcs}. */
export interface IcsOptions {
  /** The calendar's display name (X-WR-CALNAME). */
  readonly calendarName: string;
  /** Keeps only the scheduled occurrences it accepts; all of them when absent. */
  readonly filter?: (occurrence: PlannedOccurrence) => boolean;
}

/** The product identifier every Lontar calendar carries. */
export const LONTAR_PRODID = "-//Lontar//Lontar Planner//EN";

/** {@link exportIcs} on a workspace already indexed, so that many calendars share one index. */
export function exportIcsIndexed(plan: Plan, index: WorkspaceIndex, options: IcsOptions): string {
  const dtstamp = planStamp(plan.horizon.from);
  const zones = new Map<string, IcsZone>();
  const events: string[] = [];
  for (const occurrence of scheduledOccurrences(plan)) {
    if (options.filter !== undefined && !options.filter(occurrence)) continue;
    const event = buildEvent(index, occurrence, dtstamp);
    if (event === undefined) continue;
    events.push(...event.lines);
    if (event.zone !== undefined) zones.set(event.zone.tzid, event.zone);
  }
  const timezones = [...zones.values()].sort((a, b) => compareCodeUnits(a.tzid, b.tzid)).flatMap((z) => z.lines);
  return serializeLines([
    "BEGIN:VCALENDAR",
    contentLine("PRODID", LONTAR_PRODID),
    contentLine("VERSION", "2.0"),
    contentLine("CALSCALE", "GREGORIAN"),
    contentLine("METHOD", "PUBLISH"),
    contentLine("X-WR-CALNAME", escapeText(options.calendarName)),
    ...timezones,
    ...events,
    "END:VCALENDAR",
  ]);
}

/**
 * The plan's scheduled occurrences as an RFC 5545 calendar: one VEVENT per occurrence
 * with a stable UID, a DTSTAMP derived from the horizon (never the clock), DTSTART and
 * DTEND in the library's zone with its VTIMEZONE (UTC when the zone is unknown to the
 * zone database), lines folded at 75 octets and CRLF line endings. Same input, same bytes.
 *
 * @example
 * const ics = exportIcs(plan, workspace, { calendarName: "Dispusip Solok" });
 * // "BEGIN:VCALENDAR\r\nPRODID:-//Lontar//Lontar Planner//EN\r\n…"
 */
export function exportIcs(plan: Plan, workspace: Workspace, options: IcsOptions): string {
  return exportIcsIndexed(plan, indexWorkspace(workspace), options);
}
