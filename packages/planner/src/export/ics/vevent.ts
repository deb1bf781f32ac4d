import type { PlannedOccurrence } from "../../plan/plan.js";
import { readInstant, type WrittenInstant } from "../instant.js";
import type { Language } from "@lontar/core";
import type { OccurrenceFacts } from "../occurrence-facts.js";
import { occurrenceZone, type WorkspaceIndex } from "../plan-view.js";
import { money, word } from "../words.js";
import { reportWord } from "../html/report-words.js";
import { contentLine, escapeText, foldLine, type IcsParameter } from "./ics-text.js";
import { icsZone, localStamp, utcStamp, type IcsZone } from "./ics-time.js";
import { occurrenceUid } from "./uid.js";

function dateTimeLine(name: "DTSTART" | "DTEND", instant: WrittenInstant, zone: IcsZone | undefined, ianaZone: string | undefined): string {
  if (zone === undefined || ianaZone === undefined) return contentLine(name, utcStamp(instant));
  const params: IcsParameter[] = [["TZID", zone.tzid]];
  return contentLine(name, localStamp(instant, ianaZone), params);
}

/**
 * Who reads a calendar: the library's own people (`staff`: the plan's calendar, a library's,
 * a resource's), a partner it is sent to (`partner`), or another library whose premises the
 * session is held at (`host`: a village library on a provincial library's route), whose
 * events leave out what is the organising library's own business: costs, and why a session
 * is not placed yet (staff, budgets). A host's events say in their summary that they are
 * another library's program.
 */
export type CalendarAudience = "staff" | "partner" | "host";

/**
 * The DESCRIPTION of an event: one line per fact, labelled in the reader's language, after
 * why it is not placed yet or the problems the plan records against it (for the staff).
 */
function description(facts: OccurrenceFacts, pending: boolean, language: Language, audience: CalendarAudience, problems: readonly string[]): string {
  const lines: string[] = [];
  if (pending && audience === "staff") lines.push(`${word("notPlaced", language)}: ${facts.reasons.join("; ") || "—"}`);
  if (problems.length > 0 && audience === "staff") lines.push(`${reportWord("problem", language)}: ${problems.join("; ")}`);
  if (facts.category !== undefined) lines.push(`${word("category", language)}: ${facts.category}`);
  lines.push(`${word("library", language)}: ${facts.library}`);
  lines.push(`${word("place", language)}: ${facts.place}${facts.address === undefined ? "" : ` (${facts.address})`}`);
  // Resources by kind, in the order kinds first appear: "Staff: Siti, Budi".
  const byKind = new Map<string, string[]>();
  for (const r of facts.resources) byKind.set(r.kindLabel, [...(byKind.get(r.kindLabel) ?? []), r.name]);
  for (const [kind, names] of byKind) lines.push(`${kind}: ${names.join(", ")}`);
  if (facts.partners.length > 0) lines.push(`${word("partners", language)}: ${facts.partners.join(", ")}`);
  if (facts.participants !== undefined) lines.push(`${word("participants", language)}: ${facts.participants}`);
  if (facts.cost !== undefined && facts.cost > 0 && audience === "staff") lines.push(`${word("cost", language)}: ${money(facts.cost, language)}`);
  return lines.join("\n");
}

/** Distinct values remembered per property before the memory is cleared: bounded, whatever the plan. */
const MEMO_SIZE = 50_000;

/**
 * The folded TEXT content lines (SUMMARY, LOCATION, DESCRIPTION, CATEGORIES) already
 * written, by property and value: a province's million events repeat a few thousand
 * titles, places and descriptions, so each is escaped and folded once. Holds at most
 * MEMO_SIZE values per property (then starts afresh); the lines are the same either way.
 */
export class TextLines {
  private readonly byName = new Map<string, Map<string, string>>();

  /** The folded content line `name:value`, `value` escaped as TEXT. */
  line(name: string, value: string): string {
    let memo = this.byName.get(name);
    if (memo === undefined) {
      memo = new Map();
      this.byName.set(name, memo);
    }
    let line = memo.get(value);
    if (line === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      line = foldLine(contentLine(name, escapeText(value)));
      memo.set(value, line);
    }
    return line;
  }
}

/** The lines of a VEVENT that are its occurrence's own, and the zone it refers to (if any). */
export interface EventHead {
  /** BEGIN, UID, DTSTAMP, DTSTART and DTEND, folded, each followed by CRLF. */
  readonly text: string;
  /** The zone its DTSTART/DTEND name by TZID, for the VTIMEZONE the calendar must carry. */
  readonly zone?: IcsZone;
}

/**
 * The lines of one occurrence's VEVENT that are its own (BEGIN, UID, DTSTAMP, DTSTART,
 * DTEND), each followed by CRLF, and its zone; undefined when its start or end does not
 * parse (an event without a valid time would make the whole file invalid). The rest is
 * {@link eventTail}.
 */
export function eventHead(index: WorkspaceIndex, occurrence: PlannedOccurrence, dtstamp: string): EventHead | undefined {
  const start = readInstant(occurrence.start);
  const end = readInstant(occurrence.end);
  if (start === undefined || end === undefined) return undefined;
  const ianaZone = occurrenceZone(index, occurrence);
  const zone = ianaZone === undefined ? undefined : icsZone(ianaZone);
  const text = `BEGIN:VEVENT\r\n${foldLine(contentLine("UID", occurrenceUid(occurrence)))}\r\n${foldLine(contentLine("DTSTAMP", dtstamp))}\r\n${foldLine(dateTimeLine("DTSTART", start, zone, ianaZone))}\r\n${foldLine(dateTimeLine("DTEND", end, zone, ianaZone))}\r\n`;
  return zone === undefined ? { text } : { text, zone };
}

/**
 * The lines of a VEVENT told by its facts (SUMMARY, LOCATION, DESCRIPTION, CATEGORIES,
 * STATUS, END), each followed by CRLF: the same for every occurrence with the same facts
 * and status, so a caller may remember it (see factsReader). For a `partner`'s or a `host`'s
 * calendar, without costs and the reasons a session is not placed; for a `host`'s, the
 * summary says "(another library's program)". `problems`: what the plan records
 * against the session (held while its library is closed…), told first in its description.
 */
export function eventTail(facts: OccurrenceFacts, pending: boolean, language: Language, text: TextLines = new TextLines(), audience: CalendarAudience = "staff", problems: readonly string[] = []): string {
  // A room is named with its library (`Aula, Dinas Perpustakaan Kota Solok`): a calendar holding several libraries' sessions, or read on a phone, has no other way to tell which `Aula`.
  const atRoom = facts.place !== facts.library && facts.resources.some((r) => r.kind === "room" && r.name === facts.place);
  const where = atRoom ? `${facts.place}, ${facts.library}` : facts.place;
  const location = facts.address === undefined ? where : `${where}, ${facts.address}`;
  const marks = [...(audience === "host" ? [word("otherLibraryProgram", language)] : []), ...(pending ? [word("pending", language)] : [])];
  const lines = [
    text.line("SUMMARY", marks.length === 0 ? facts.title : `${facts.title} (${marks.join(", ")})`),
    text.line("LOCATION", location),
    text.line("DESCRIPTION", description(facts, pending, language, audience, problems)),
    ...(facts.category === undefined ? [] : [text.line("CATEGORIES", facts.category)]),
    // RFC 5545 §3.8.1.11: a session still waiting for its resources is tentative.
    pending ? "STATUS:TENTATIVE" : "STATUS:CONFIRMED",
    "END:VEVENT",
  ];
  return `${lines.join("\r\n")}\r\n`;
}
