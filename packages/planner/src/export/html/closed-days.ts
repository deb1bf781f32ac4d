import { isIsoDate, type Language, type Library, type Workspace } from "@lontar/core";
import { dateOfDay, dayNumber } from "../../calendar/periods.js";
import { closureCalendar, indonesianHolidays } from "../../expand/closures.js";
import type { Plan } from "../../plan/plan.js";
import { MAX_HORIZON_DAYS } from "./horizon.js";
import type { ReportClosedDay } from "./report-model.js";

/** What makes two libraries close on the same days: their declared closures. */
const closureKey = (library: Library): string => JSON.stringify([library.closures, library.openOnCollectiveLeave === true]);

/**
 * The days of the horizon that holidays, cuti bersama and declared closures shut
 * libraries, each with its name in `language` and the libraries it shuts (none listed when
 * it shuts them all); a national holiday of a year with no decree in the data is marked
 * `estimated`. Libraries that declare the same closures are worked out once (a
 * province's village libraries share theirs). At most {@link MAX_HORIZON_DAYS} days.
 */
export function closedDays(plan: Plan, workspace: Workspace, language: Language, libraryIndex: (libraryId: string) => number): ReportClosedDay[] {
  const { from, to } = plan.horizon;
  if (!isIsoDate(from) || !isIsoDate(to) || from > to || workspace.libraries.length === 0) return [];
  const first = dayNumber(from);
  const last = Math.min(dayNumber(to), first + MAX_HORIZON_DAYS - 1);
  const national = new Map(indonesianHolidays(from, dateOfDay(last)).holidays.map((h) => [h.date, h]));
  const groups = new Map<string, Library[]>();
  for (const library of workspace.libraries) {
    const key = closureKey(library);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [library]);
    else group.push(library);
  }
  // date → kind and name → library indexes
  const days = new Map<string, Map<string, { day: Omit<ReportClosedDay, "libraries">; libraries: number[] }>>();
  for (const members of groups.values()) {
    const calendar = closureCalendar(members[0] as Library);
    for (let day = first; day <= last; day++) {
      const date = dateOfDay(day);
      const closed = calendar.closedOn(date);
      if (closed === undefined) continue;
      const holiday = closed.reason === "public-holiday" ? national.get(date) : undefined;
      const entry: Omit<ReportClosedDay, "libraries"> =
        closed.reason === "closure"
          ? { date, kind: "closure", name: closed.detail }
          : { date, kind: holiday?.kind ?? "national", name: holiday === undefined ? closed.detail : holiday.name[language], ...(holiday?.decreed === false ? { estimated: true as const } : {}) };
      const byName = days.get(date) ?? new Map<string, { day: Omit<ReportClosedDay, "libraries">; libraries: number[] }>();
      days.set(date, byName);
      const key = `${entry.kind}\u0000${entry.name}`;
      const slot = byName.get(key) ?? { day: entry, libraries: [] };
      byName.set(key, slot);
      for (const library of members) slot.libraries.push(libraryIndex(library.id));
    }
  }
  const everyLibrary = workspace.libraries.length;
  const out: ReportClosedDay[] = [];
  for (const date of [...days.keys()].sort()) {
    for (const { day, libraries } of days.get(date)?.values() ?? []) {
      const sorted = [...new Set(libraries)].sort((a, b) => a - b);
      out.push({ ...day, libraries: sorted.length === everyLibrary ? [] : sorted });
    }
  }
  return out;
}
