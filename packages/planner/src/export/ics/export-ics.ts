import { type Language, type Library, type Workspace, expectKnownOptions, expectLanguage, libraryTimeZone } from "@lontar/core";
import type { Plan, PlannedOccurrence } from "../../plan/plan.js";
import { planRows, type OccurrenceFacts, type PlanRows } from "../occurrence-facts.js";
import { indexWorkspace, occurrenceZone, workspaceTitle, type WorkspaceIndex } from "../plan-view.js";
import { expectWorkspace } from "../../plan/workspace-shape.js";
import { compareCodeUnits } from "../text.js";
import { contentLine, escapeText, serializeLines } from "./ics-text.js";
import { icsZone, planStamp, type IcsZone } from "./ics-time.js";
import { EventHeadBytes, MAX_HEAD_BYTES } from "./event-head-bytes.js";
import { EventBytes } from "./event-bytes.js";
import { eventHead, eventTail, TextLines, type CalendarAudience } from "./vevent.js";
import { estimatedHolidayYears } from "../../diagnostics/estimated-holidays.js";
import { reportWord } from "../html/report-words.js";
import { sessionProblems } from "../html/session-problems.js";
import { expectPlanOfWorkspace } from "../plan-of-workspace.js";

/** Options of {@link exportIcs}. */
export interface IcsOptions {
  /** The calendar's display name (X-WR-CALNAME); the workspace's title when absent (see workspaceTitle), as calendar.ics of `lontar plan` has. */
  readonly calendarName?: string | undefined;
  /** Keeps only the occurrences it accepts; all of them when absent. */
  readonly filter?: ((occurrence: PlannedOccurrence) => boolean) | undefined;
  /** Language of the descriptions (default English). */
  readonly language?: Language | undefined;
}

/** The product identifier every Lontar calendar carries. */
export const LONTAR_PRODID = "-//Lontar//Lontar Planner//EN";

/**
 * The VEVENTs of a plan, each built once and shared by every calendar it belongs to, as
 * UTF-8 bytes (with the final CRLF) in {@link EventBytes}: a province has a million
 * events, which as strings or one buffer each kept the garbage collector busy. Events are
 * numbered in plan order; the arrays are indexed by that number.
 */
export interface PlanEvents {
  /** The events' bytes. */
  readonly bytes: EventBytes;
  /** Each event's occurrence. */
  readonly occurrences: readonly PlannedOccurrence[];
  /** Each event's zone (an index into `zones`; -1 when its times are in UTC). */
  readonly zoneOf: readonly number[];
  /** The zones the events' DTSTART/DTEND name by TZID, each once. */
  readonly zones: readonly IcsZone[];
  /**
   * What every calendar of the plan says of itself (its DESCRIPTION): that the holidays of
   * a year with no decree in Lontar's data are estimates; undefined when there is nothing to say.
   */
  readonly description?: string;
  /**
   * The zone an empty calendar names (its VTIMEZONE is the component RFC 5545 asks of every
   * calendar): the first library's zone the zone database knows; undefined when none is.
   */
  readonly emptyZone?: IcsZone;
}

/** A library's zone as its calendar names it; undefined when it has none the zone database knows. */
export function libraryIcsZone(library: Library): IcsZone | undefined {
  const zone = libraryTimeZone(library);
  return zone === undefined ? undefined : icsZone(zone);
}

/** The zone of the first library whose zone the zone database knows (see PlanEvents.emptyZone). */
function firstLibraryZone(index: WorkspaceIndex): IcsZone | undefined {
  for (const library of index.libraries.values()) {
    const zone = libraryIcsZone(library);
    if (zone !== undefined) return zone;
  }
  return undefined;
}

/** A calendar's description: that the holidays of the plan's years without a decree are estimates (when it met them), in `language`. */
function calendarDescription(plan: Plan, language: Language): string | undefined {
  const years = estimatedHolidayYears(plan);
  return years.length === 0 ? undefined : reportWord("holidaysEstimated", language, { years: years.join(", ") });
}

/**
 * The VEVENTs of the plan's scheduled occurrences (CONFIRMED; for the staff, the problems
 * the plan records against one, such as a session held while its library is closed, open
 * its description) and of those still unassigned (TENTATIVE, "pending" in the summary), in stable order; cancelled ones and
 * occurrences whose times do not parse are left out. `rows`: the plan's rows when another
 * exporter has them already (see planRows). `audience`: who reads the events (a partner's
 * calendar leaves out costs and why sessions are not placed).
 */
export function buildPlanEvents(plan: Plan, index: WorkspaceIndex, language: Language, rows: PlanRows = planRows(plan.occurrences, index, language), audience: CalendarAudience = "staff"): PlanEvents {
  const dtstamp = planStamp(plan.horizon.from);
  const bytes = new EventBytes();
  const occurrences: PlannedOccurrence[] = [];
  const zoneOf: number[] = [];
  const zones: IcsZone[] = [];
  const zoneNumbers = new Map<IcsZone, number>();
  const text = new TextLines();
  const heads = new EventHeadBytes(dtstamp);
  // The zone of each library, looked up once.
  const zoneOfLibrary = new Map<string, { readonly iana: string | undefined; readonly ics: IcsZone | undefined }>();
  // The tail of the events of shared facts (see factsReader), as UTF-8, confirmed and pending.
  const tails = [new Map<OccurrenceFacts, Uint8Array>(), new Map<OccurrenceFacts, Uint8Array>()] as const;
  // What the plan records against a scheduled session (held while its library is closed…), told to the staff.
  const problemsOf = audience === "staff" ? sessionProblems(plan, index, language) : undefined;
  for (let row = 0; row < rows.occurrences.length; row++) {
    const occurrence = rows.occurrences[row] as PlannedOccurrence;
    if (occurrence.status === "cancelled") continue;
    let libraryZone = zoneOfLibrary.get(occurrence.libraryId);
    if (libraryZone === undefined) {
      const iana = occurrenceZone(index, occurrence);
      zoneOfLibrary.set(occurrence.libraryId, (libraryZone = { iana, ics: iana === undefined ? undefined : icsZone(iana) }));
    }
    const { iana, ics } = libraryZone;
    const told = rows.facts[row] as OccurrenceFacts;
    const pending = occurrence.status !== "scheduled";
    let tail: string | Uint8Array;
    const problems = pending ? undefined : problemsOf?.(occurrence.id).problems;
    if (problems !== undefined) tail = eventTail(told, pending, language, text, audience, problems);
    else if (told.reasons.length > 0 && audience === "staff") tail = eventTail(told, pending, language, text);
    else {
      const memo = tails[pending ? 1 : 0];
      let known = memo.get(told);
      if (known === undefined) memo.set(told, (known = utf8(eventTail(told, pending, language, text, audience))));
      tail = known;
    }
    // The planner's case as bytes straight into the slab (EventHeadBytes), anything else as eventHead's text.
    const slab = bytes.begin(MAX_HEAD_BYTES + (typeof tail === "string" ? tail.length * 3 : tail.length));
    const start = bytes.start;
    const headEnd = iana === undefined || ics === undefined ? -1 : heads.write(slab, start, occurrence.libraryId, occurrence.programId, occurrence.id, occurrence.start, occurrence.end, iana, ics);
    const head = headEnd < 0 ? eventHead(index, occurrence, dtstamp) : undefined;
    if (headEnd < 0 && head === undefined) continue;
    if (head === undefined) {
      if (typeof tail === "string") bytes.end(headEnd - start + encoder.encodeInto(tail, slab.subarray(headEnd)).written);
      else {
        slab.set(tail, headEnd);
        bytes.end(headEnd - start + tail.length);
      }
    } else bytes.add(typeof tail === "string" ? head.text + tail : head.text, typeof tail === "string" ? undefined : tail);
    occurrences.push(occurrence);
    const eventZone = head === undefined ? ics : head.zone;
    let zone = -1;
    if (eventZone !== undefined) {
      zone = zoneNumbers.get(eventZone) ?? zones.length;
      if (zone === zones.length) {
        zoneNumbers.set(eventZone, zone);
        zones.push(eventZone);
      }
    }
    zoneOf.push(zone);
  }
  const description = calendarDescription(plan, language);
  const emptyZone = firstLibraryZone(index);
  return { bytes, occurrences, zoneOf, zones, ...(description === undefined ? {} : { description }), ...(emptyZone === undefined ? {} : { emptyZone }) };
}

const encoder = new TextEncoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** All event numbers of `events`, in plan order. */
export function allEvents(events: PlanEvents): number[] {
  return Array.from({ length: events.occurrences.length }, (_, i) => i);
}

/**
 * A VCALENDAR named `calendarName` (X-WR-CALNAME and RFC 7986 NAME), described by the
 * events' description when they have one (X-WR-CALDESC and RFC 7986 DESCRIPTION: the
 * holidays that are estimates), holding the given events and the VTIMEZONE of every zone
 * they use (sorted by TZID). A calendar of no event holds the VTIMEZONE of `emptyZone` (else
 * of the events' {@link PlanEvents.emptyZone}), since RFC 5545 §3.6 wants one component at least.
 */
export function renderCalendar(calendarName: string, events: PlanEvents, numbers: readonly number[], emptyZone?: IcsZone): string {
  return joinChunks(calendarChunks(calendarName, events, numbers, emptyZone));
}

/** The text of pieces given as strings or UTF-8 bytes, each read before the next is asked for (see EventBytes.pieces). */
export function joinChunks(chunks: Iterable<string | Uint8Array>): string {
  const decoder = new TextDecoder();
  const texts: string[] = [];
  for (const chunk of chunks) texts.push(typeof chunk === "string" ? chunk : decoder.decode(chunk));
  return texts.join("");
}

/** Events of another {@link PlanEvents} that a calendar holds after its own (see calendarChunks). */
export interface MoreEvents {
  /** The events, built for another audience (a library's visits by other libraries' programs). */
  readonly events: PlanEvents;
  /** The numbers of those events the calendar holds, in order. */
  readonly numbers: readonly number[];
}

/**
 * {@link renderCalendar} as pieces, text or UTF-8 bytes, whose concatenation is its content (a province's calendar.ics is ~500 MB); a piece of bytes holds until the next is asked for.
 * `more`: events of another view the calendar holds too, after its own (a library's calendar
 * shows the sessions other libraries' programs hold there, marked as such).
 */
export function* calendarChunks(calendarName: string, events: PlanEvents, numbers: readonly number[], emptyZone?: IcsZone, more?: MoreEvents): Generator<string | Uint8Array> {
  const zonesByTzid = new Map<string, IcsZone>();
  for (const [view, held] of more === undefined ? [[events, numbers] as const] : [[events, numbers] as const, [more.events, more.numbers] as const]) {
    for (const n of held) {
      const zone = view.zones[view.zoneOf[n] ?? -1];
      if (zone !== undefined) zonesByTzid.set(zone.tzid, zone);
    }
  }
  const zones = [...zonesByTzid.values()];
  const fallback = numbers.length === 0 && (more?.numbers.length ?? 0) === 0 ? (emptyZone ?? events.emptyZone) : undefined;
  if (fallback !== undefined) zones.push(fallback);
  const timezones = zones.sort((a, b) => compareCodeUnits(a.tzid, b.tzid)).flatMap((z) => z.lines);
  const head = serializeLines([
    "BEGIN:VCALENDAR",
    contentLine("PRODID", LONTAR_PRODID),
    contentLine("VERSION", "2.0"),
    contentLine("CALSCALE", "GREGORIAN"),
    contentLine("METHOD", "PUBLISH"),
    contentLine("X-WR-CALNAME", escapeText(calendarName)),
    // RFC 7986's standard name, for clients that ignore the X-WR- one.
    contentLine("NAME", escapeText(calendarName)),
    // The same for the description (holidays that are estimates), when there is one.
    ...(events.description === undefined ? [] : [contentLine("X-WR-CALDESC", escapeText(events.description)), contentLine("DESCRIPTION", escapeText(events.description))]),
    ...timezones,
  ]);
  yield head;
  yield* events.bytes.pieces(numbers);
  if (more !== undefined) yield* more.events.bytes.pieces(more.numbers);
  yield "END:VCALENDAR\r\n";
}

/**
 * The plan's occurrences as an RFC 5545 calendar (see `buildPlanEvents`): one VEVENT per occurrence
 * with a stable UID, a DTSTAMP derived from the horizon (never the clock), DTSTART and
 * DTEND in the library's zone with its VTIMEZONE (UTC when the zone is unknown to the
 * zone database), lines folded at 75 octets and CRLF line endings; when the plan met
 * holidays of a year with no decree in Lontar's data, the calendar's DESCRIPTION says they
 * are estimates. Same input, same bytes.
 *
 * @example
 * const ics = exportIcs(plan, workspace, { calendarName: "Dispusip Solok" });
 * // "BEGIN:VCALENDAR\r\nPRODID:-//Lontar//Lontar Planner//EN\r\n…"
 * @throws TypeError when `options` is not an object of these options, or `calendarName` is given and is not text.
 */
export function exportIcs(plan: Plan, workspace: Workspace, options: IcsOptions = {}): string {
  if (typeof options !== "object" || options === null || (options.calendarName !== undefined && typeof options.calendarName !== "string")) {
    throw new TypeError("exportIcs: options must be { calendarName?, language?, filter? }, with the calendar's name as text");
  }
  expectKnownOptions(options, ["calendarName", "filter", "language"], "exportIcs");
  expectWorkspace(workspace, "exportIcs");
  expectPlanOfWorkspace(plan, workspace, "exportIcs");
  if (options.language !== undefined) expectLanguage(options.language, "exportIcs");
  const { filter } = options;
  const events = buildPlanEvents(plan, indexWorkspace(workspace), options.language ?? "en");
  const numbers = allEvents(events);
  return renderCalendar(options.calendarName ?? workspaceTitle(workspace), events, filter === undefined ? numbers : numbers.filter((n) => events.occurrences[n] !== undefined && filter(events.occurrences[n])));
}
