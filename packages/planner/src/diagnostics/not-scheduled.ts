import type { Labels, MessageRef, Workspace } from "@lontar/core";
import { localDateOf } from "../compliance/count-index.js";
import { dateOfDay, dayNumber, periodOf, type DateSpan } from "../calendar/periods.js";
import { closureCalendar } from "../expand/closures.js";
import { heldAtLibrary } from "../expand/opening-hours.js";
import { openingGap } from "../calendar/opening-gap.js";
import { indexWorkspace } from "../export/plan-view.js";
import { reasonsReader } from "../export/occurrence-facts.js";
import { onHolidaysOnly } from "./cancelled-dates.js";
import type { Plan, PlannedOccurrence } from "../plan/plan.js";
import { readBudgetRefusal } from "../plan/budget-reasons.js";

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

/** Day steps tried for another day: the same weekday a week or more away first (a weekly schedule's day), then the nearest days. */
const STEPS: readonly number[] = [7, 14, 21, 28, 35, -7, -14, -21, -28, -35, ...Array.from({ length: 30 }, (_, i) => [i + 1, -(i + 1)]).flat().filter((d) => d % 7 !== 0)];

/**
 * A day at the same time as `session` within `period` and the plan's horizon (the same weekday
 * a week or more away first, else the nearest day), when the library is open then (no holiday,
 * no closure, inside its opening hours when the session is held there), as is the declared
 * library it is held at when that is another, and the program has no session yet, nor is it
 * `chosen` (the days suggested for its other sessions): the date-time a schedule's `also`
 * could add. Undefined when there is none.
 */
function replacementDay(workspace: Workspace, plan: Plan, session: PlannedOccurrence, period: DateSpan, chosen: ReadonlySet<string>): string | undefined {
  const library = workspace.libraries.find((l) => l.id === session.libraryId);
  if (library === undefined) return undefined;
  const closures = closureCalendar(library);
  // Held at another declared library: a day it is closed is no day to add either (expand/site-closures.ts would cancel it).
  const site = session.site === undefined || session.site === library.id ? undefined : workspace.libraries.find((l) => l.id === session.site);
  const siteClosures = site === undefined ? undefined : closureCalendar(site);
  // The hours that bind the session: its library's where it is held there, the visited library's where that is declared.
  const hours = site?.openingHours ?? (heldAtLibrary(library.id, session) ? library.openingHours : []);
  const taken = new Set(plan.occurrences.filter((o) => o.programId === session.programId).map(localDateOf));
  const from = period.from > plan.horizon.from ? period.from : plan.horizon.from;
  const to = period.to < plan.horizon.to ? period.to : plan.horizon.to;
  const day = dayNumber(localDateOf(session));
  const endDays = dayNumber(session.end.slice(0, 10)) - day;
  for (const step of STEPS) {
    const date = dateOfDay(day + step);
    if (date < from || date > to || taken.has(date) || chosen.has(date) || closures.closedOn(date) !== undefined || siteClosures?.closedOn(date) !== undefined) continue;
    if (openingGap(hours, `${date}${session.start.slice(10)}`, `${dateOfDay(day + step + endDays)}${session.end.slice(10)}`) !== undefined) continue;
    return `${date}T${session.start.slice(11, 16)}`;
  }
  return undefined;
}

/**
 * A day near a session not held, in its calendar month, at its time, when its library is open
 * (see replacementDay): what a date written for it could be instead. Undefined when none is.
 *
 * @example dayInsteadOf(workspace, plan, cancelled) // "2027-03-17T09:00"
 */
export function dayInsteadOf(workspace: Workspace, plan: Plan, session: PlannedOccurrence): string | undefined {
  return replacementDay(workspace, plan, session, periodOf(localDateOf(session), "month"), new Set());
}

/**
 * The day `also` could add for each session not held, at its time, in its own period (a
 * stop-55 walk: three months missed, and one date offered, for the first): none for a session
 * whose program has no recurring schedule (`also` belongs to one), or no open day near it. The
 * days chosen for a program's sessions are kept apart.
 */
function replacementDays(workspace: Workspace, plan: Plan, sessions: readonly PlannedOccurrence[], periodOf: (o: PlannedOccurrence) => DateSpan | undefined, recurring: (id: string) => boolean): (string | undefined)[] {
  const chosen = new Map<string, Set<string>>();
  return sessions.map((session) => {
    const period = periodOf(session);
    const taken = chosen.get(session.programId) ?? new Set<string>();
    chosen.set(session.programId, taken);
    const day = period === undefined || !recurring(session.programId) ? undefined : replacementDay(workspace, plan, session, period, taken);
    if (day !== undefined) taken.add(day.slice(0, 10));
    return day;
  });
}

/**
 * The budget whose amount left every one of `sessions` unplaced, when it is one budget; else
 * undefined. Not a cap: another day, in another cap period, may be paid for (the review of stop 57).
 */
function unpaidBy(sessions: readonly PlannedOccurrence[]): string | undefined {
  const budgets = new Set<string>();
  for (const o of sessions) {
    const refusal = o.status === "unassigned" ? o.reasons?.map(readBudgetRefusal).find((r) => r !== undefined) : undefined;
    if (refusal?.kind !== "amount") return undefined;
    budgets.add(refusal.budgetId);
  }
  return budgets.size === 1 ? [...budgets][0] : undefined;
}

/**
 * The sessions in `periods` (one, or each period an obligation misses) that an obligation
 * counts (`counted`: see countedBy) and the plan does not hold (cancelled or not placed), each
 * named with its date, time and reason (and its program, when they are of several), and a fix:
 * another day of its period at the same time for each (in its own program, when several), else
 * for the first one (`also 2027-03-16T09:00` in a recurring schedule), or to move the session.
 * Undefined when none, or more than {@link NOT_SCHEDULED_NAMED}.
 *
 * @example notScheduledDetail(workspace, plan, (o) => o.programId === "kelas_literasi_digital", [{ from: "2027-03-01", to: "2027-03-31" }])?.words.en
 */
export function notScheduledDetail(workspace: Workspace, plan: Plan, counted: (o: PlannedOccurrence) => boolean, periods: readonly DateSpan[]): NotScheduledDetail | undefined {
  const periodOf = (o: PlannedOccurrence): DateSpan | undefined => periods.find((p) => localDateOf(o) >= p.from && localDateOf(o) <= p.to);
  const sessions = plan.occurrences.filter((o) => o.status !== "scheduled" && periodOf(o) !== undefined && counted(o));
  const [first] = sessions;
  const period = first === undefined ? undefined : periodOf(first);
  if (first === undefined || period === undefined || sessions.length > NOT_SCHEDULED_NAMED) return undefined;
  const program = first.programId;
  // Sessions of several programs (what a library provides is used by more than one): each says whose it is.
  const several = sessions.some((o) => o.programId !== program);
  const whose = several ? (o: PlannedOccurrence): string => `${o.programId} ` : (): string => "";
  const index = indexWorkspace(workspace);
  const say = (language: "en" | "id"): string => {
    const read = reasonsReader(index, language, plan.occurrences);
    const listed = sessions.map((o) => `${whose(o)}${localDateOf(o)} ${o.start.slice(11, 16)}, ${whyNot(read, o, language)}`).join("; ");
    return language === "en" ? ` (${sessions.length} cancelled or not placed: ${listed})` : ` (${sessions.length} dibatalkan atau belum ditempatkan: ${listed})`;
  };
  // Every session missed left unpaid by one budget: another day is not paid for either, so the fix is the budget's (a walk of stop 57).
  const budget = unpaidBy(sessions);
  if (budget !== undefined) return { words: { en: say("en"), id: say("id") }, suggestion: { key: "LON5101.budgetStops", args: { program, budget } } };
  const recurring = (id: string): boolean => workspace.programs.find((p) => p.id === id)?.schedules.some((s) => s.kind === "rrule") === true;
  const days = replacementDays(workspace, plan, sessions, periodOf, recurring);
  const everyDay = days.every((d) => d !== undefined);
  // Sessions of several programs (a resource provided to them all): a day for each, added to its own program's schedule (the review of stop 56).
  if (everyDay && several) {
    const list = (also: string, to: string): string => sessions.map((o, i) => `\`${also} ${days[i] ?? ""}\` ${to} \`${o.programId}\``).join("; ");
    return { words: { en: say("en"), id: say("id") }, suggestion: { key: "LON5101.addSessionsOfPrograms", args: { list: { en: list("also", "to"), id: list("juga", "pada") } } } };
  }
  // One program's: a day for each when every one has a day; else the first one's alone (moving them, the message's other fix, covers the rest).
  const dates = everyDay && !several ? (days as string[]) : days.slice(0, 1).filter((d): d is string => d !== undefined);
  const [date] = dates;
  const args = { program, from: period.from, to: period.to };
  // Every session missed cancelled by a public holiday or cuti bersama (a festival on 17 August): holding it on the day is the other fix,
  // which LON5104 alone said, after this error (a 2027 planning walk).
  const onHolidays = onHolidaysOnly(sessions);
  const suggestion: MessageRef =
    date === undefined
      ? { key: onHolidays ? "LON5101.moveSessionOrHoliday" : "LON5101.moveSession", args }
      : dates.length > 1
        ? { key: onHolidays ? "LON5101.addSessionsOrHoliday" : "LON5101.addSessions", args: { program, count: dates.length, dates: dates.join(", ") } }
        : { key: onHolidays ? "LON5101.addSessionOrHoliday" : "LON5101.addSession", args: { ...args, date } };
  return { words: { en: say("en"), id: say("id") }, suggestion };
}
