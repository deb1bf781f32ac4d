import { type Language, type Period, type Program, type Resource, type WeeklyWindow, WEEKDAYS, minutesOfDay } from "@lontar/core";
import type { DateTime } from "luxon";
import type { Assignment, Plan } from "../../plan/plan.js";
import { readInstant } from "../instant.js";
import type { WorkspaceIndex } from "../plan-view.js";
import type { HorizonDays } from "./horizon.js";
import { hoursLimits } from "../../allocate/hours-caps.js";
import { PERIOD_DAYS_ON_AVERAGE } from "../../calendar/periods.js";
import { monthOf } from "../../compliance/period-names.js";
import { mergeWindows } from "../../calendar/merge-windows.js";

/** A column of the heat map: a week or a month, clipped to the horizon. */
export interface UtilisationPeriod {
  /** Its key, e.g. `2019-W07` or `2019-02` (unique in a plan; not shown to readers, see {@link periodHeading}). */
  readonly label: string;
  /** A week (horizons of at most 16 weeks) or a month. */
  readonly unit: "week" | "month";
  /** First day in the horizon. */
  readonly from: DateTime;
  /** Last day in the horizon, inclusive. */
  readonly to: DateTime;
  /** How many days of each ISO weekday (index 0 = Monday) the period has. */
  readonly weekdays: readonly number[];
}

/**
 * A heat-map column from its label and first and last day, its weekdays counted once:
 * every resource's available hours read them.
 */
export function utilisationPeriod(label: string, from: DateTime, to: DateTime, unit: "week" | "month" = "month"): UtilisationPeriod {
  const days = Math.round(to.startOf("day").diff(from.startOf("day"), "days").days) + 1;
  const first = from.weekday - 1;
  const weekdays = WEEKDAYS.map((_, weekday) => Math.floor(days / 7) + ((weekday - first + 7) % 7 < days % 7 ? 1 : 0));
  return { label, unit, from, to, weekdays };
}

/** One cell: hours booked and hours available of a resource in a period. */
export interface UtilisationCell {
  /** Hours of scheduled occurrences the resource is assigned to, by their local start date. */
  readonly booked: number;
  /** Hours the resource could be used (see {@link availableHours}). */
  readonly available: number;
}

// Without declared hours, assume a working week: Monday to Friday, 08:00-16:00.
const DEFAULT_WEEK: readonly WeeklyWindow[] = [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }];

/** Weeks when the horizon is at most 16 weeks long, else months, clipped to the horizon. */
export function utilisationPeriods(horizon: HorizonDays): UtilisationPeriod[] {
  const byWeek = horizon.to.diff(horizon.from, "days").days < 16 * 7;
  const periods: UtilisationPeriod[] = [];
  for (let start = horizon.from.startOf(byWeek ? "week" : "month"); start <= horizon.to; start = start.plus(byWeek ? { weeks: 1 } : { months: 1 })) {
    const end = start.endOf(byWeek ? "week" : "month").startOf("day");
    periods.push(utilisationPeriod(byWeek ? start.toFormat("kkkk-'W'WW") : start.toFormat("yyyy-MM"), start < horizon.from ? horizon.from : start, end > horizon.to ? horizon.to : end, byWeek ? "week" : "month"));
  }
  return periods;
}

/**
 * A column's heading as readers of `language` write dates, not an ISO week number that no
 * Indonesian calendar prints: a week by its days in the horizon (`30 Sep–6 Okt`, `3–9 Feb`),
 * a month by its short name and year (`Agu 2027`).
 *
 * @example periodHeading(utilisationPeriods(horizon)[0], "id") // "30 Sep–6 Okt"
 */
export function periodHeading(period: UtilisationPeriod, language: Language): string {
  const [from, to] = [period.from.toISODate() ?? "", period.to.toISODate() ?? ""];
  if (period.unit === "month") return `${monthOf(from, language)} ${from.slice(0, 4)}`;
  const day = (date: string): string => String(Number(date.slice(8, 10)));
  if (from === to) return `${day(from)} ${monthOf(from, language)}`;
  const sameMonth = from.slice(0, 7) === to.slice(0, 7);
  return sameMonth ? `${day(from)}–${day(to)} ${monthOf(to, language)}` : `${day(from)} ${monthOf(from, language)}–${day(to)} ${monthOf(to, language)}`;
}

/** Hours of the windows on each ISO weekday (index 0 = Monday). */
function hoursByWeekday(windows: readonly WeeklyWindow[]): number[] {
  return WEEKDAYS.map((weekday) => windows.filter((w) => w.days.includes(weekday)).reduce((sum, w) => sum + (minutesOfDay(w.time.end) - minutesOfDay(w.time.start)) / 60, 0));
}


/**
 * How many of a cap's periods a column of `days` holds, for its hours: one when the column is
 * shorter than one and a half periods (a week of a monthly cap, a 31-day month of one: all of
 * the cap may fall there), else its days' share (a quarter holds about three months' caps, a
 * month about 4.4 weeks').
 */
function periodsIn(days: number, per: Period): number {
  const share = days / PERIOD_DAYS_ON_AVERAGE[per];
  return share < 1.5 ? 1 : share;
}

/**
 * Hours a resource could be used in a period: people within their availability (capped
 * by `maxHoursPerWeek` and `maxHours`: a cap's whole hours in a column of about its period or
 * shorter, since they may all fall there, and its share of the days in a longer one), places and things within their library's opening hours times
 * the units that can be in use at once; a working week when nothing is declared.
 */
export function availableHours(resource: Resource, period: UtilisationPeriod, index: WorkspaceIndex): number {
  const library = resource.library === undefined ? undefined : index.libraries.get(resource.library);
  const people = resource.kind === "staff" || resource.kind === "volunteer";
  const declared = people ? resource.availability : (library?.openingHours ?? []);
  const windows = declared.length > 0 ? declared : DEFAULT_WEEK;
  const units = resource.kind === "equipment" ? resource.quantity : resource.kind === "collection" ? resource.packages : 1;
  // Counted by weekday, not day by day: a province has thousands of resources.
  const counts = period.weekdays;
  const perWeekday = hoursByWeekday(mergeWindows(windows));
  let hours = 0;
  counts.forEach((n, weekday) => (hours += n * (perWeekday[weekday] ?? 0)));
  const days = counts.reduce((a, b) => a + b, 0);
  const cap = Math.min(Infinity, ...hoursLimits(resource).map((limit) => limit.hours * periodsIn(days, limit.per)));
  return Math.min(hours, cap) * units;
}

/**
 * How many units of a resource counted by units (equipment, collection packages) one
 * session of `program` takes: the quantity of the need naming it, or of the one need of
 * its kind that names none; one otherwise, and for every other kind. The plan's assignment
 * names the resource once however many units the need asks, and the hours available count
 * every unit (`availableHours`): a class using all 15 laptops read 1%.
 *
 * @example unitsTaken(program, { resourceId: "laptop", kind: "equipment" }, laptop) // 15 for `needs 15 equipment laptop`
 */
export function unitsTaken(program: Program | undefined, assignment: Assignment, resource: Resource | undefined): number {
  if (program === undefined || resource === undefined || (resource.kind !== "equipment" && resource.kind !== "collection")) return 1;
  const ofKind = program.needs.filter((n) => n.kind === resource.kind);
  const named = ofKind.find((n) => n.resource === assignment.resourceId);
  const unnamed = ofKind.filter((n) => n.resource === undefined);
  const need = named ?? (unnamed.length === 1 ? unnamed[0] : undefined);
  const most = resource.kind === "equipment" ? resource.quantity : resource.packages;
  return Math.max(1, Math.min(need?.quantity ?? 1, most));
}

/** Booked hours per resource id and period label, from the plan's scheduled occurrences (times the units each takes). */
export function bookedHours(plan: Plan, periods: readonly UtilisationPeriod[], index: WorkspaceIndex): Map<string, Map<string, number>> {
  const booked = new Map<string, Map<string, number>>();
  const unitsOf = new Map<string, number>();
  const bounds = periods.map((p) => ({ label: p.label, from: p.from.toFormat("yyyy-MM-dd"), to: p.to.toFormat("yyyy-MM-dd") }));
  for (const o of plan.occurrences) {
    if (o.status !== "scheduled") continue;
    const start = readInstant(o.start);
    const end = readInstant(o.end);
    if (start === undefined || end === undefined || end.epochMs <= start.epochMs) continue;
    const date = start.date;
    const period = bounds.find((p) => p.from <= date && date <= p.to);
    if (period === undefined) continue;
    const hours = (end.epochMs - start.epochMs) / 3_600_000;
    const program = index.programs.get(o.programId);
    for (const a of o.assignments) {
      const row = booked.get(a.resourceId) ?? new Map<string, number>();
      // A program takes the same units of a resource in each of its sessions: read its needs once per pair.
      const pair = `${o.programId}\u0000${a.resourceId}`;
      const units = unitsOf.get(pair) ?? unitsTaken(program, a, index.resources.get(a.resourceId));
      unitsOf.set(pair, units);
      row.set(period.label, (row.get(period.label) ?? 0) + hours * units);
      booked.set(a.resourceId, row);
    }
  }
  return booked;
}
