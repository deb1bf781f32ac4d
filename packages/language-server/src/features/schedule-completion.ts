/**
 * Completion inside a schedule: what may follow the words written so far
 * (`jadwal setiap ` → the units, `pada ` → the days, `pukul 09:00 ` → `selama`…), each item
 * once, instead of every keyword, day and month at every place.
 */
import { labelOf, weekdayLabels } from "@lontar/core";
import { CompletionItemKind, type CompletionItem } from "vscode-languageserver";
import { spelling, type Lang } from "../language/language.js";
import { MONTH_SPELLINGS, WEEKDAY_SPELLINGS, WEEKDAYS, WORDS } from "../language/table-adapter.js";
import { timeRangeItems } from "./time-completion.js";

/** The schedule keywords offered where nothing more precise applies. */
const ANY_KEYWORD = ["Every", "Once", "On", "At", "For", "From", "Until", "Except", "Also", "Times", "Per", "Between", "Including", "Hours", "Minutes", "DayUnit", "WeekUnit", "MonthUnit", "YearUnit", "Weekdays", "Weekends"];
/** What follows `every` (`every 2`): the units of a recurrence. */
const UNITS = ["DayUnit", "WeekUnit", "MonthUnit", "YearUnit"];
/** What follows `per` in `2 times per …`: the periods. */
const PERIODS = ["WeekUnit", "MonthUnit", "Quarter", "Semester", "YearUnit"];
/** The tokens of a unit or period word. */
const PERIOD_TOKENS: ReadonlySet<string> = new Set([...UNITS, ...PERIODS, "Minggu"]);
/** The tokens of a day word. */
const DAY_TOKENS: ReadonlySet<string> = new Set(["WeekdayName", "Minggu", "Weekdays", "Weekends"]);
/** The word before a day of the month written by its number: `every month on day 15`, `setiap bulan pada tanggal 15`. */
const DAY_OF_MONTH: Readonly<Record<Lang, string>> = { en: "DayUnit", id: "DateKw" };
/** The words for a day of the month in either language, by token. */
const DAY_OF_MONTH_TOKENS: ReadonlySet<string> = new Set(Object.values(DAY_OF_MONTH));
/** What may end a schedule's session: its bounds and exceptions. */
const BOUNDS = ["From", "Until", "Except", "Also"];

const keywords = (tokens: readonly string[], lang: Lang): CompletionItem[] => tokens.map((t) => ({ label: spelling(t, lang), kind: CompletionItemKind.Keyword }));

/** `minggu`, the word of the `Minggu` token (Sunday, and a week after `setiap` or `per`), from the keyword table. */
const MINGGU = [...WORDS].find(([, m]) => m.token === "Minggu")?.[0];

/**
 * The units or periods `tokens` in `lang`; in Bahasa Indonesia `minggu` beside `pekan`, as
 * planners write a week (`setiap minggu`, `2 kali per minggu`).
 */
function units(tokens: readonly string[], lang: Lang): CompletionItem[] {
  const items = keywords(tokens, lang);
  const week = items.findIndex((_, i) => tokens[i] === "WeekUnit");
  if (lang !== "id" || week < 0 || MINGGU === undefined) return items;
  return [...items.slice(0, week), { label: MINGGU, kind: CompletionItemKind.Keyword }, ...items.slice(week)];
}

/** The weekdays' names (`mon` … `sun`), without `weekdays` / `weekends`: what an ordinal takes. */
function weekdayNames(lang: Lang, uiLang: Lang): CompletionItem[] {
  return WEEKDAYS.map((d, i): CompletionItem => ({ label: WEEKDAY_SPELLINGS[d][lang][0] ?? d, kind: CompletionItemKind.Value, detail: labelOf(weekdayLabels, d, uiLang), sortText: `0${i}` }));
}

function days(lang: Lang, uiLang: Lang): CompletionItem[] {
  return [...weekdayNames(lang, uiLang), ...keywords(["Weekdays", "Weekends"], lang).map((item, i) => ({ ...item, sortText: `1${i}` }))];
}

function months(lang: Lang): CompletionItem[] {
  return MONTH_SPELLINGS.map((m, i): CompletionItem => ({ label: m[lang][0] ?? String(i + 1), kind: CompletionItemKind.Value, detail: `${i + 1}`, sortText: String(i).padStart(2, "0") }));
}

/**
 * Whether the recurrence written so far may take an ordinal weekday (`the first sat`,
 * `sabtu pertama`): every month or year, not every day or week (LON3009) nor a count per
 * period. Unknown (no unit yet) allows it.
 */
function takesOrdinal(written: readonly string[]): boolean {
  const every = written.findIndex((w) => WORDS.get(w)?.token === "Every");
  if (every < 0) return false;
  const unitAt = /^\d+$/.test(written[every + 1] ?? "") ? every + 2 : every + 1;
  const unit = WORDS.get(written[unitAt] ?? "")?.token;
  return unit === undefined || unit === "MonthUnit" || unit === "YearUnit";
}

/** The ordinals of a language (`first` … `last`, `pertama` … `terakhir`), from the keyword table. */
function ordinals(lang: Lang): CompletionItem[] {
  return [...WORDS].filter(([, m]) => m.token === "Ordinal" && m.lang === lang).map(([word]): CompletionItem => ({ label: word, kind: CompletionItemKind.Keyword }));
}

/**
 * The items after a schedule's keyword, given the words written after it (`written`, the
 * last one complete) and whether a `,` ends them: in the file's language `lang`, details in
 * `uiLang`; each label once. `dates` gives the date a one-off session takes (after `once` and its `on`).
 */
export function scheduleItems(written: readonly string[], afterComma: boolean, lang: Lang, uiLang: Lang, dates: () => CompletionItem[] = () => []): CompletionItem[] {
  return unique(itemsAfter(written, afterComma, lang, uiLang, dates));
}

function itemsAfter(written: readonly string[], afterComma: boolean, lang: Lang, uiLang: Lang, dates: () => CompletionItem[]): CompletionItem[] {
  const last = written[written.length - 1];
  if (last === undefined) return keywords(["Every", "Once"], lang);
  const token = WORDS.get(last)?.token;
  // `sabtu pertama, ` / `the first, `: the next ordinal of the same weekday.
  if (afterComma) return token === "Ordinal" ? ordinals(lang) : days(lang, uiLang);
  const previous = WORDS.get(written[written.length - 2] ?? "")?.token;
  // A one-off session has no bounds or exceptions (`sekali … dari`, `until`: LON4009).
  const bounds = WORDS.get(written[0] ?? "")?.token === "Once" ? [] : BOUNDS;
  if (/^\d+$/.test(last)) {
    if (written.length === 1) return keywords(["Times"], lang);
    if (previous === "Every") return units(UNITS, lang);
    if (previous === "For") return keywords(["Hours", "Minutes"], lang);
    if (previous === "On") return months(lang);
    // `every month on day 15 `: its time (a count per period takes no day of the month).
    if (previous !== undefined && DAY_OF_MONTH_TOKENS.has(previous)) return keywords(["At", "For"], lang);
    return [];
  }
  if (/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/.test(last)) return keywords(["Daily"], lang);
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(last)) return keywords(previous === "Once" ? ["At"] : previous === "From" ? ["Until", "Except", "Also"] : BOUNDS, lang);
  if (/^\d{1,2}:\d{2}(-\d{1,2}:\d{2})?$/.test(last)) return keywords(previous === "Between" ? ["For"] : ["For", ...bounds], lang);
  if (/^(\d+h\d+m|\d+[hm])$/.test(last) || token === "Hours" || token === "Minutes") return keywords([...bounds, "Including"], lang);
  // A number none of these forms yet (`09:`, `09:0`, `2025-0`): a time or a date being typed, which no keyword follows.
  if (/^\d/.test(last)) return [];
  // `sekali `, `sekali pada `: a date, all the grammar takes there.
  if (token === "Once" || (token === "On" && previous === "Once")) return dates();
  switch (token) {
    case "Every":
      return units(UNITS, lang);
    case "Times":
      return keywords(["Per"], lang);
    case "Per":
      return units(PERIODS, lang);
    case "On":
      return [...days(lang, uiLang), ...(takesOrdinal(written) ? keywords(lang === "en" ? ["The", DAY_OF_MONTH.en] : [DAY_OF_MONTH.id], lang) : [])];
    case "The":
      return ordinals(lang);
    case "Ordinal":
      // `the second and fourth thu`, `kamis kedua dan keempat`.
      // `the second weekdays` does not check (LON1101): the weekdays' names only.
      return lang === "en" ? [...weekdayNames(lang, uiLang), ...keywords(["And"], lang)] : keywords(["At", "And"], lang);
    case "And":
      return previous === "Ordinal" ? ordinals(lang) : keywords(ANY_KEYWORD, lang);
    case "MonthName":
      return keywords(["At"], lang);
    case "At":
    case "For":
    case "From":
    case "Until":
    case "Except":
    case "Also":
    case "Including":
      return [];
    case "Between":
      // `2 kali per bulan pada selasa antara `: the window the sessions fall in, a morning to type over.
      return timeRangeItems(uiLang, "09:00", "12:00");
    default:
  }
  // `setiap minggu`: the week (after `every` or a count), else Sunday.
  if (token !== undefined && PERIOD_TOKENS.has(token) && (previous === "Every" || previous === "Per" || /^\d+$/.test(written[written.length - 2] ?? ""))) {
    return keywords(previous === "Per" ? ["On", "Between"] : token === "DayUnit" ? ["At"] : ["On"], lang);
  }
  // `every month on day `: its number.
  if (token !== undefined && DAY_OF_MONTH_TOKENS.has(token) && previous === "On") return [];
  if (token !== undefined && DAY_TOKENS.has(token)) {
    // A recurrence's day takes a time (`every week on tue at 09:00`; `between` is LON3006 there), a count's a window (`2 times per month on tue between …`; `at` is LON1101).
    const counted = written.some((w) => WORDS.get(w)?.token === "Times");
    const ordinal = lang === "id" && (token === "WeekdayName" || token === "Minggu") && takesOrdinal(written);
    return [...keywords([counted ? "Between" : "At", "For"], lang), ...(ordinal ? ordinals(lang) : [])];
  }
  return keywords(ANY_KEYWORD, lang);
}

function unique(items: readonly CompletionItem[]): CompletionItem[] {
  return [...new Map(items.map((i) => [i.label, i])).values()];
}
