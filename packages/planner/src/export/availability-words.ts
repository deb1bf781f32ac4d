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
