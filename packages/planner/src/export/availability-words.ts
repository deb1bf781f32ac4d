import { WEEKDAYS, weekdayWord, type Labels, type Language, type Resource, type WeeklyWindow } from "@lontar/core";

/** A day's name as the sentence writes it: `Senin` in Bahasa Indonesia, `Mon` in English. */
const dayName = (day: WeeklyWindow["days"][number], language: Language): string => weekdayWord(WEEKDAYS.indexOf(day), language) ?? day;

/** Days of a window in words, a run of three or more as a span: `Senin–Jumat`, `Sat, Sun`. */
function daysText(days: WeeklyWindow["days"], language: Language): string {
  const order = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const runs: (typeof order)[] = [];
  for (const day of order) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run !== undefined && last !== undefined && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(last) + 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${dayName(run[0] ?? "mon", language)}–${dayName(run[run.length - 1] ?? "mon", language)}` : run.map((d) => dayName(d, language)).join(", ")))
    .join(", ");
}

/**
 * When a person may work, in words of both languages (`Senin–Jumat 08:00–16:00`, `Mon–Fri
 * 08:00–16:00`; windows joined by `;`), for a "not available then" reason: said beside the
 * name, the fix (another day, or the person's hours) needs no look at the file. Undefined for a
 * resource with no availability of its own (available any time, or not a person).
 *
 * @example availabilityWords(staff)?.id // "Senin–Jumat 08:00–16:00"
 */
export function availabilityWords(resource: Resource | undefined): Labels | undefined {
  if (resource === undefined || (resource.kind !== "staff" && resource.kind !== "volunteer") || resource.availability.length === 0) return undefined;
  const text = (language: Language): string => resource.availability.map((w) => `${daysText(w.days, language)} ${w.time.start}–${w.time.end}`).join("; ");
  return { en: text("en"), id: text("id") };
}

/** A candidate as {@link sameHoursGroups} reads it: its resource and why it is out. */
interface OutCandidate {
  readonly resourceId: string;
  readonly why: string;
}

/** People off duty then who work the same hours: their ids in the order given, and those hours in words. */
export interface SameHours {
  readonly resourceIds: readonly string[];
  readonly hours: Labels;
}

/**
 * The candidates of a session, with the people off duty then who work the same hours as one
 * entry (at the first one's place): four librarians who all work `Senin–Kamis 08:00–16:00;
 * Jumat 08:00–11:30` are one clause naming the four, not the hours said four times. Other
 * candidates, and a person whose hours no one else shares, stay as they are.
 *
 * @example sameHoursGroups(why.candidates, (id) => index.resources.get(id))
 */
export function sameHoursGroups<C extends OutCandidate>(candidates: readonly C[], resource: (resourceId: string) => Resource | undefined): (C | SameHours)[] {
  const groups = new Map<string, { resourceIds: string[]; hours: Labels }>();
  const entries: (C | { resourceIds: string[]; hours: Labels })[] = [];
  for (const candidate of candidates) {
    const hours = candidate.why === "unavailable" ? availabilityWords(resource(candidate.resourceId)) : undefined;
    if (hours === undefined) {
      entries.push(candidate);
      continue;
    }
    const group = groups.get(hours.en);
    if (group !== undefined) group.resourceIds.push(candidate.resourceId);
    else {
      const made = { resourceIds: [candidate.resourceId], hours };
      groups.set(hours.en, made);
      entries.push(made);
    }
  }
  return entries;
}

/** Whether an entry of {@link sameHoursGroups} is a group of people off duty then. */
export const isSameHours = (entry: OutCandidate | SameHours): entry is SameHours => "hours" in entry;

/** Names in a sentence: `a`, `a dan b`, `a, b dan c` (`and` in English). */
export function namesInWords(names: readonly string[], language: Language): string {
  const and = language === "id" ? " dan " : " and ";
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")}${and}${names[names.length - 1] ?? ""}`;
}
