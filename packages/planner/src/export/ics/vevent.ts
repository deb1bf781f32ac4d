import type { PlannedOccurrence } from "../../plan/plan.js";
import { readInstant, type WrittenInstant } from "../instant.js";
import { categoryLabel, locationOf, nameOf, occurrenceZone, programTitle, type WorkspaceIndex } from "../plan-view.js";
import { contentLine, escapeText, foldLine, type IcsParameter } from "./ics-text.js";
import { icsZone, localStamp, utcStamp, type IcsZone } from "./ics-time.js";
import { sha256Hex } from "./sha256.js";

/**
 * The UID of an occurrence's event: a hash of program id and occurrence id, so it is
 * the same in every export and every calendar the occurrence appears in.
 *
 * @example occurrenceUid({ programId: "dongeng", id: "dongeng@2019-02-12T09:00" }) // "3f1c…@lontar"
 */
export function occurrenceUid(occurrence: Pick<PlannedOccurrence, "id" | "programId">): string {
  const digest = sha256Hex(`${occurrence.programId}\u0000${occurrence.id}`);
  return `${digest.slice(0, 32)}@lontar`;
}

function dateTimeLine(name: "DTSTART" | "DTEND", instant: WrittenInstant, zone: IcsZone | undefined, ianaZone: string | undefined): string {
  if (zone === undefined || ianaZone === undefined) return contentLine(name, utcStamp(instant));
  const params: IcsParameter[] = [["TZID", zone.tzid]];
  return contentLine(name, localStamp(instant, ianaZone), params);
}

function description(index: WorkspaceIndex, occurrence: PlannedOccurrence): string {
  const lines: string[] = [];
  const category = categoryLabel(index, occurrence);
  if (category !== undefined) lines.push(`Category: ${category}`);
  const resources = occurrence.assignments.map((a) => `${nameOf(index, a.resourceId)} (${a.kind})`);
  if (resources.length > 0) lines.push(`Resources: ${resources.join(", ")}`);
  const partners = index.programs.get(occurrence.programId)?.partners.map((p) => nameOf(index, p)) ?? [];
  if (partners.length > 0) lines.push(`Partners: ${partners.join(", ")}`);
  lines.push(`Library: ${nameOf(index, occurrence.libraryId)}`);
  return lines.join("\n");
}

/** What building one VEVENT yields: its lines, and the zone it refers to (if any). */
export interface BuiltEvent {
  /** The VEVENT, BEGIN to END, folded, lines separated by CRLF (no final CRLF). */
  readonly text: string;
  /** The zone its DTSTART/DTEND name by TZID, for the VTIMEZONE the calendar must carry. */
  readonly zone?: IcsZone;
}

/**
 * The VEVENT of one occurrence, or undefined when its start or end does not parse
 * (an event without a valid time would make the whole file invalid).
 */
export function buildEvent(index: WorkspaceIndex, occurrence: PlannedOccurrence, dtstamp: string): BuiltEvent | undefined {
  const start = readInstant(occurrence.start);
  const end = readInstant(occurrence.end);
  if (start === undefined || end === undefined) return undefined;
  const ianaZone = occurrenceZone(index, occurrence);
  const zone = ianaZone === undefined ? undefined : icsZone(ianaZone);
  const category = categoryLabel(index, occurrence);
  const lines = [
    "BEGIN:VEVENT",
    contentLine("UID", occurrenceUid(occurrence)),
    contentLine("DTSTAMP", dtstamp),
    dateTimeLine("DTSTART", start, zone, ianaZone),
    dateTimeLine("DTEND", end, zone, ianaZone),
    contentLine("SUMMARY", escapeText(programTitle(index, occurrence))),
    contentLine("LOCATION", escapeText(locationOf(index, occurrence))),
    contentLine("DESCRIPTION", escapeText(description(index, occurrence))),
    ...(category === undefined ? [] : [contentLine("CATEGORIES", escapeText(category))]),
    contentLine("STATUS", "CONFIRMED"),
    "END:VEVENT",
  ];
  const text = lines.map(foldLine).join("\r\n");
  return zone === undefined ? { text } : { text, zone };
}
