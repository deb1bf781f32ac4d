import type { Labels, MessageRef, Workspace } from "@lontar/core";
import { heldAt, localDateOf } from "../compliance/count-index.js";
import { dateOfDay, dayNumber, type DateSpan } from "../calendar/periods.js";
import { closureCalendar } from "../expand/closures.js";
import { indexWorkspace } from "../export/plan-view.js";
import { reasonsReader } from "../export/occurrence-facts.js";
import type { Plan, PlannedOccurrence } from "../plan/plan.js";

/** At most this many sessions not held are named one by one; more are only counted. */
export const NOT_SCHEDULED_NAMED = 3;

/** What a count short of its minimum says of the program's sessions not held in the period: each named, and a fix. */
export interface NotScheduledDetail {
  /** ` (1 cancelled or not placed: 2027-03-09 09:00, cancelled: public holiday, …)`, in both languages. */
  readonly words: Labels;
  /** Where the program might be held instead (LON5101/LON5102 `addSession` or `moveSession`). */
  readonly suggestion: MessageRef;
}

const uncapitalise = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const trimStop = (text: string): string => (text.endsWith(".") ? text.slice(0, -1) : text);

/** Why a session is not held, in `language`: a cancelled one's first reason, or that it is not placed (LON5103 tells why). */
function whyNot(read: (o: PlannedOccurrence) => string[], o: PlannedOccurrence, language: "en" | "id"): string {
  if (o.status === "unassigned") return language === "en" ? "not placed (LON5103 says why)" : "belum ditempatkan (LON5103 menyebut sebabnya)";
  const [reason] = read(o);
  return reason === undefined ? (language === "en" ? "cancelled" : "dibatalkan") : uncapitalise(trimStop(reason));
}

/**
 * A day at the same time as `session`, a week or more away within `period` and the plan's
 * horizon, when the library is not closed (no holiday, no closure), nor the declared library it
 * is held at when that is another, and the program has no
 * session yet: the date-time a schedule's `also` could add. Undefined when there is none.
 */
function replacementDay(workspace: Workspace, plan: Plan, session: PlannedOccurrence, period: DateSpan): string | undefined {
  const library = workspace.libraries.find((l) => l.id === session.libraryId);
  if (library === undefined) return undefined;
  const closures = closureCalendar(library);
  // Held at another declared library: a day it is closed is no day to add either (expand/site-closures.ts would cancel it).
  const site = session.site === undefined || session.site === library.id ? undefined : workspace.libraries.find((l) => l.id === session.site);
  const siteClosures = site === undefined ? undefined : closureCalendar(site);
  const taken = new Set(plan.occurrences.filter((o) => o.programId === session.programId).map(localDateOf));
  const from = period.from > plan.horizon.from ? period.from : plan.horizon.from;
  const to = period.to < plan.horizon.to ? period.to : plan.horizon.to;
  const day = dayNumber(localDateOf(session));
  const steps = [1, 2, 3, 4, 5, -1, -2, -3, -4, -5];
  for (const step of steps) {
    const date = dateOfDay(day + 7 * step);
    if (date < from || date > to || taken.has(date) || closures.closedOn(date) !== undefined || siteClosures?.closedOn(date) !== undefined) continue;
    return `${date}T${session.start.slice(11, 16)}`;
  }
  return undefined;
}

/**
 * The sessions of `program` in `periods` (one, or each period an obligation misses) the plan
 * does not hold (cancelled or not placed), each named with its date, time and reason, and a
 * fix: another day of the first one's period at the same time (`also 2027-03-16T09:00` in a
 * recurring schedule), or to move the session. With `sites`, only the sessions held at one of
 * them (a count `at tanah_garam, ix_korong`).
 * Undefined when none, or more than {@link NOT_SCHEDULED_NAMED}.
 *
 * @example notScheduledDetail(workspace, plan, "kelas_literasi_digital", [{ from: "2027-03-01", to: "2027-03-31" }])?.words.en
 */
export function notScheduledDetail(workspace: Workspace, plan: Plan, program: string, periods: readonly DateSpan[], sites?: readonly string[]): NotScheduledDetail | undefined {
  const periodOf = (o: PlannedOccurrence): DateSpan | undefined => periods.find((p) => localDateOf(o) >= p.from && localDateOf(o) <= p.to);
  // A count of the sessions at some sites (`at tanah_garam`) is short only of those held there.
  const sessions = plan.occurrences.filter((o) => o.programId === program && o.status !== "scheduled" && periodOf(o) !== undefined && (sites === undefined || heldAt(o, sites)));
  const [first] = sessions;
  const period = first === undefined ? undefined : periodOf(first);
  if (first === undefined || period === undefined || sessions.length > NOT_SCHEDULED_NAMED) return undefined;
  const index = indexWorkspace(workspace);
  const say = (language: "en" | "id"): string => {
    const read = reasonsReader(index, language, plan.occurrences);
    const listed = sessions.map((o) => `${localDateOf(o)} ${o.start.slice(11, 16)}, ${whyNot(read, o, language)}`).join("; ");
    return language === "en" ? ` (${sessions.length} cancelled or not placed: ${listed})` : ` (${sessions.length} dibatalkan atau belum ditempatkan: ${listed})`;
  };
  const recurring = workspace.programs.find((p) => p.id === program)?.schedules.some((s) => s.kind === "rrule") === true;
  const date = recurring ? replacementDay(workspace, plan, first, period) : undefined;
  const args = { program, from: period.from, to: period.to };
  // Every session missed cancelled by a public holiday or cuti bersama (a festival on 17 August): holding it on the day is the other fix,
  // which LON5104 alone said, after this error (a 2027 planning walk).
  const onHolidays = sessions.every((o) => o.status === "cancelled" && o.reasons?.[0]?.constraint === "public-holiday");
  const suggestion: MessageRef =
    date === undefined ? { key: onHolidays ? "LON5101.moveSessionOrHoliday" : "LON5101.moveSession", args } : { key: onHolidays ? "LON5101.addSessionOrHoliday" : "LON5101.addSession", args: { ...args, date } };
  return { words: { en: say("en"), id: say("id") }, suggestion };
}
