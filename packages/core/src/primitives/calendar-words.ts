/**
 * Month and weekday names in the two languages of Lontar's messages and outputs, written out
 * rather than asked of `Intl`: the words then depend neither on the host's locale and zone nor
 * on the ICU data a Node or a browser carries (same input, same bytes). The one table of them:
 * core's weekday labels, the DSL's messages, the planner's dates in words and short month names,
 * the language server's hovers and the report's calendar in the browser all read it. Imports
 * nothing: `@lontar/core/words` carries it to a browser without the model's schemas.
 */

/** Month names, January first. */
export const MONTH_NAMES: Readonly<Record<"id" | "en", readonly string[]>> = {
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** Weekday names, Monday first (ISO order, as the model's `mon`..`sun`). */
export const WEEKDAY_NAMES: Readonly<Record<"id" | "en", readonly string[]>> = {
  id: ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

/**
 * The `i`-th day of the week (Monday 0) as a sentence beside times writes it: short in English
 * (`Sat`), whole in Bahasa Indonesia (`Sabtu`, as Indonesian writes days); undefined past Sunday.
 *
 * @example weekdayWord(5, "en") // "Sat"
 */
export function weekdayWord(i: number, language: "id" | "en"): string | undefined {
  const name = WEEKDAY_NAMES[language][i];
  return name === undefined || language === "id" ? name : shortName(name);
}

/**
 * A name shortened as calendars abbreviate months and days in both languages: its first three
 * letters (`Jan`, `Agu`, `Okt`, `Des`; `Mon`, `Sel`).
 *
 * @example shortName(MONTH_NAMES.id[7] ?? "") // "Agu"
 */
export function shortName(name: string): string {
  return name.slice(0, 3);
}
