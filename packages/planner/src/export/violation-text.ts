import type { Language } from "@lontar/core";
import { openingGap } from "../calendar/opening-gap.js";
import type { Justification, PlannedOccurrence } from "../plan/plan.js";
import { readInstant } from "./instant.js";
import { openingGapText } from "./opening-gap-text.js";
import { nameOf, programTitle } from "./plan-view.js";
import { precedenceReason } from "./precedence-reason.js";
import { reasonWord, type ReasonWord } from "./reason-words.js";
import { dayMonthYear, longDate } from "./long-date.js";
import { zoneWhereMixed } from "./zone-name.js";
import type { ReasonContext } from "./unplaced-reason.js";

/** The constraint of a session held while its library is closed (expansion's `OUTSIDE_OPENING_HOURS`). */
export const OUTSIDE_OPENING_HOURS = "OUTSIDE_OPENING_HOURS";

/** What a violation's words read besides the violation: the workspace by id and the plan's sessions by id (a reason's context). */
export type ViolationContext = ReasonContext;

/** The allocator's constraints whose words name the resource concerned, with those words. */
const RESOURCE_WORDS: Readonly<Record<string, ReasonWord>> = {
  "no-double-booking": "violationDoubleBooking",
  "pooled-capacity": "violationPooledCapacity",
  "weekly-hours": "violationWeeklyHours",
  "period-hours": "violationPeriodHours",
  "travel-buffer": "violationTravelBuffer",
  "preferred-resource": "violationPreferred",
};

/**
 * A session's day in words and its local times as its library's clock reads them, the
 * end's date written only when it is not the start's (a session past midnight); with
 * `zone`, the zone's name after them (see zoneWhereMixed). Instants that do not read are
 * written as they are.
 *
 * @example sessionWhen(session, "id") // "Minggu, 5 Mei 2019 10:00–12:00"
 * @example sessionWhen(session, "en", "WITA") // "Sunday, 5 May 2019 10:00–12:00 WITA"
 */
export function sessionWhen(session: PlannedOccurrence, language: Language, zone?: string): string {
  const start = readInstant(session.start);
  const end = readInstant(session.end);
  if (start === undefined || end === undefined) return `${session.start}–${session.end}`;
  const until = end.date === start.date ? end.time : `${dayMonthYear(end.date, language)} ${end.time}`;
  return `${longDate(start.date, language)} ${start.time}–${until}${zone === undefined ? "" : ` ${zone}`}`;
}

/** The rule's own message in a `rule-warning` (`<occurrence>: <message> (rule <id>)`). */
function ruleMessage(v: Justification): string {
  const head = v.occurrenceId === undefined ? "" : `${v.occurrenceId}: `;
  const tail = ` (rule ${v.ruleId ?? ""})`;
  const body = v.message.startsWith(head) ? v.message.slice(head.length) : v.message;
  return body.endsWith(tail) ? body.slice(0, -tail.length) : body;
}

/**
 * What a violation says of its session, in `language`, without naming the session: a
 * broken order between programs in its own sentence (see precedenceReason); how
 * it falls outside its library's opening hours ("… tutup pukul 11:30, padahal kegiatan
 * selesai pukul 12:00"), the resource booked twice, over its weekly hours…, a rule's own
 * message; else the planner's words.
 *
 * @example violationDetail(context, violation, "id") // "Dinas Perpustakaan tutup pada hari Minggu"
 */
export function violationDetail(context: ViolationContext, v: Justification, language: Language): string {
  const order = precedenceReason(context.index, v, language);
  if (order !== undefined) return order;
  const session = v.occurrenceId === undefined ? undefined : context.session(v.occurrenceId);
  if (v.constraint === OUTSIDE_OPENING_HOURS && session !== undefined) {
    const library = context.index.libraries.get(session.libraryId);
    const name = nameOf(context.index, session.libraryId);
    const gap = library === undefined ? undefined : openingGap(library.openingHours, session.start, session.end);
    return gap === undefined ? reasonWord("openUnknown", language, { library: name }) : openingGapText(gap, name, language);
  }
  // Two sessions of one program at once (the planner avoids it; a pinned or previous plan's session may leave one).
  if (v.constraint === "same-program-at-once" && v.programId !== undefined) {
    const program = context.index.programs.get(v.programId);
    return reasonWord("violationSameProgramAtOnce", language, { program: program?.title ?? v.programId });
  }
  const words = RESOURCE_WORDS[v.constraint];
  if (words !== undefined && v.resourceId !== undefined) return reasonWord(words, language, { resource: nameOf(context.index, v.resourceId) });
  return ruleWarningText(v, language) ?? v.message;
}

/**
 * A rule's warning on a session in `language` ("aturan ramadan_siang: Bulan Ramadan: …"), the
 * rule's own message in it; undefined for any other justification. The planner's words
 * ("… (rule ramadan_siang)") reached the CSV and the workbook of an Indonesian plan (a walk).
 */
export function ruleWarningText(v: Justification, language: Language): string | undefined {
  return v.constraint === "rule-warning" && v.ruleId !== undefined ? reasonWord("violationRule", language, { rule: v.ruleId, message: ruleMessage(v) }) : undefined;
}

/** A flexible schedule's period with fewer free slots than sessions (`EXPAND_FLEXIBLE_SHORT`), in `language`: the program's title, the period, slots of sessions. */
function flexibleShortText(context: ViolationContext, v: Justification, language: Language): string | undefined {
  if (v.constraint !== "EXPAND_FLEXIBLE_SHORT" || v.period === undefined || v.slots === undefined || v.programId === undefined) return undefined;
  const program = context.index.programs.get(v.programId);
  const schedule = v.scheduleIndex === undefined ? undefined : program?.schedules[v.scheduleIndex];
  if (program === undefined || schedule?.kind !== "flexible") return undefined;
  return reasonWord("violationFlexibleShort", language, { program: program.title ?? program.id, from: v.period.from, to: v.period.to, slots: v.slots, count: schedule.count });
}

/**
 * A violation as the report lists it, in `language`: a broken order between programs in
 * its own sentence; else the session by its program's title, day and times, then
 * {@link violationDetail} ("Layanan Pinjam Paket, Minggu, 5 Mei 2019 10:00–12:00: Dinas
 * Perpustakaan tutup pada hari Minggu"); a violation of no session in the planner's words.
 */
export function violationText(context: ViolationContext, v: Justification, language: Language): string {
  const order = precedenceReason(context.index, v, language);
  if (order !== undefined) return order;
  const session = v.occurrenceId === undefined ? undefined : context.session(v.occurrenceId);
  const short = flexibleShortText(context, v, language);
  if (short !== undefined) return short;
  if (session === undefined) return v.message;
  return `${programTitle(context.index, session)}, ${sessionWhen(session, language, zoneWhereMixed(context.index, session.libraryId))}: ${violationDetail(context, v, language)}`;
}
