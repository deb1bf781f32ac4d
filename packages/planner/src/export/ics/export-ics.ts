import type { Language, Workspace } from "@lontar/core";
import type { Plan, PlannedOccurrence } from "../../plan/plan.js";
import { factsReader } from "../occurrence-facts.js";
import { indexWorkspace, sortedOccurrences, type WorkspaceIndex } from "../plan-view.js";
import { compareCodeUnits } from "../text.js";
import { contentLine, escapeText, serializeLines } from "./ics-text.js";
import { planStamp, type IcsZone } from "./ics-time.js";
import { buildEvent, type BuiltEvent } from "./vevent.js";

/** Options of {@link exportIcs}. */
export interface IcsOptions {
  /** The calendar's display name (X-WR-CALNAME). */
  readonly calendarName: string;
  /** Keeps only the occurrences it accepts; all of them when absent. */
  readonly filter?: (occurrence: PlannedOccurrence) => boolean;
  /** Language of the descriptions (default English). */
  readonly language?: Language;
}

/** The product identifier every Lontar calendar carries. */
export const LONTAR_PRODID = "-//Lontar//Lontar Planner//EN";

/**
 * An occurrence with its VEVENT, built once and shared by every calendar it belongs to:
 * kept as UTF-8 bytes (with the final CRLF), encoded once however many calendars hold it
 * and outside the garbage-collected heap (a province has a million events).
 */
export interface OccurrenceEvent {
  /** The occurrence. */
  readonly occurrence: PlannedOccurrence;
  /** Its VEVENT as UTF-8, ending with CRLF. */
  readonly bytes: Uint8Array;
  /** The zone its DTSTART/DTEND name by TZID, if any. */
  readonly zone: BuiltEvent["zone"];
}

/**
 * The VEVENTs of the plan's scheduled occurrences (CONFIRMED) and of those still
 * unassigned (TENTATIVE, "pending" in the summary), in stable order; cancelled ones and
 * occurrences whose times do not parse are left out.
 */
export function buildPlanEvents(plan: Plan, index: WorkspaceIndex, language: Language): OccurrenceEvent[] {
  const dtstamp = planStamp(plan.horizon.from);
  const facts = factsReader(index, language);
  const built: OccurrenceEvent[] = [];
  for (const occurrence of sortedOccurrences(plan.occurrences)) {
    if (occurrence.status === "cancelled") continue;
    const event = buildEvent(index, occurrence, dtstamp, facts(occurrence), language);
    if (event !== undefined) built.push({ occurrence, bytes: Buffer.from(`${event.text}\r\n`, "utf8"), zone: event.zone });
  }
  return built;
}

/** A VCALENDAR named `calendarName` (X-WR-CALNAME and RFC 7986 NAME) holding the given events and the VTIMEZONE of every zone they use (sorted by TZID). */
export function renderCalendar(calendarName: string, events: readonly OccurrenceEvent[]): string {
  return joinChunks(calendarChunks(calendarName, events));
}

/** The text of pieces given as strings or UTF-8 bytes. */
export function joinChunks(chunks: Iterable<string | Uint8Array>): string {
  const decoder = new TextDecoder();
  return [...chunks].map((c) => (typeof c === "string" ? c : decoder.decode(c))).join("");
}

/** Events per piece of {@link calendarChunks}. */
const EVENTS_PER_CHUNK = 2000;

/** {@link renderCalendar} as pieces, text or UTF-8 bytes, whose concatenation is its content (a province's calendar.ics is ~500 MB). */
export function* calendarChunks(calendarName: string, events: readonly OccurrenceEvent[]): Generator<string | Uint8Array> {
  const zones = new Map<string, IcsZone>();
  for (const { zone } of events) if (zone !== undefined) zones.set(zone.tzid, zone);
  const timezones = [...zones.values()].sort((a, b) => compareCodeUnits(a.tzid, b.tzid)).flatMap((z) => z.lines);
  const head = serializeLines([
    "BEGIN:VCALENDAR",
    contentLine("PRODID", LONTAR_PRODID),
    contentLine("VERSION", "2.0"),
    contentLine("CALSCALE", "GREGORIAN"),
    contentLine("METHOD", "PUBLISH"),
    contentLine("X-WR-CALNAME", escapeText(calendarName)),
    // RFC 7986's standard name, for clients that ignore the X-WR- one.
    contentLine("NAME", escapeText(calendarName)),
    ...timezones,
  ]);
  yield head;
  for (let k = 0; k < events.length; k += EVENTS_PER_CHUNK) {
    yield Buffer.concat(events.slice(k, k + EVENTS_PER_CHUNK).map((e) => e.bytes));
  }
  yield "END:VCALENDAR\r\n";
}

/**
 * The plan's occurrences as an RFC 5545 calendar (see `buildPlanEvents`): one VEVENT per occurrence
 * with a stable UID, a DTSTAMP derived from the horizon (never the clock), DTSTART and
 * DTEND in the library's zone with its VTIMEZONE (UTC when the zone is unknown to the
 * zone database), lines folded at 75 octets and CRLF line endings. Same input, same bytes.
 *
 * @example
 * const ics = exportIcs(plan, workspace, { calendarName: "Dispusip Solok" });
 * // "BEGIN:VCALENDAR\r\nPRODID:-//Lontar//Lontar Planner//EN\r\n…"
 */
export function exportIcs(plan: Plan, workspace: Workspace, options: IcsOptions): string {
  const { filter } = options;
  const events = buildPlanEvents(plan, indexWorkspace(workspace), options.language ?? "en");
  return renderCalendar(options.calendarName, filter === undefined ? events : events.filter((e) => filter(e.occurrence)));
}
