/** Prints schedules, day sets and windows in one canonical layout. */
import type { DaySetNode, KeywordLanguage, RecurrenceDays, ScheduleNode, ScheduleTail, TimeRangeNode, WeekdayNode, WeeklyWindowNode } from "../syntax/ast.js";
import { spellMonth, spellOrdinals, spellWeekday } from "../syntax/keywords.js";
import { quoteString } from "../syntax/ast-builder/values.js";
import { period, pick, w } from "./words.js";

/** `08:00-16:00` */
export function timeRange(t: TimeRangeNode): string {
  return `${t.start.text}-${t.end.text}`;
}

/** A day as written: `ahad`, `sen`, `saturday` stay; the canonical spelling otherwise. */
function weekday(day: WeekdayNode): string {
  return day.spelling ?? spellWeekday(day.day, day.lang);
}

/** Whether the days are written from `minggu` (Sunday in Indonesian, written so), which right after `setiap` reads as a week. */
function startsWithMinggu(days: DaySetNode): boolean {
  const first = days.items[0];
  const day = first?.kind === "Weekday" ? first : first?.kind === "DayRange" ? first.from : undefined;
  return day !== undefined && weekday(day) === "minggu";
}

/** `mon..thu, sat`, `hari kerja`. */
export function daySet(d: DaySetNode): string {
  return d.items
    .map((item) => {
      if (item.kind === "Weekday") return weekday(item);
      if (item.kind === "DayRange") return `${weekday(item.from)}..${weekday(item.to)}`;
      return item.group === "weekdays" ? pick(item.lang, "weekdays", "hari kerja") : pick(item.lang, "weekends", "akhir pekan");
    })
    .join(", ");
}

/** `mon..thu 08:00-16:00, sat` */
export function windows(list: readonly WeeklyWindowNode[]): string {
  return list.map((win) => (win.allDay === true ? daySet(win.days) : `${daySet(win.days)} ${timeRange(win.time)}`)).join(", ");
}

function onDays(on: RecurrenceDays, lang: KeywordLanguage): string {
  switch (on.kind) {
    case "Days":
      return daySet(on.days);
    case "NthWeekday":
      return lang === "id"
        ? `${weekday(on.weekday)} ${spellOrdinals([on.ordinal, ...(on.moreOrdinals ?? [])], "id")}`
        : `the ${spellOrdinals([on.ordinal, ...(on.moreOrdinals ?? [])], "en")} ${weekday(on.weekday)}`;
    case "MonthDay":
      return `${pick(lang, "day", "tanggal")} ${on.day.value}`;
    case "YearDate":
      return `${on.day.value} ${spellMonth(on.month, on.monthLang)}`;
  }
}

function tail(t: ScheduleTail, lang: KeywordLanguage): string {
  const parts: string[] = [];
  if (t.at) parts.push(`${pick(lang, "at", "pukul")} ${t.at.text}`);
  if (t.duration) parts.push(`${w("For", lang)} ${t.duration.text}`);
  if (t.from) parts.push(`${w("From", lang)} ${t.from.text}`);
  if (t.until) parts.push(`${w("Until", lang)} ${t.until.text}`);
  if (t.count) parts.push(`${w("For", lang)} ${t.count.value} ${w("Times", lang)}`);
  if (t.except.length > 0) parts.push(`${w("Except", lang)} ${t.except.map((d) => (d.kind === "DateRange" ? `${d.from.text}..${d.to.text}` : d.text)).join(", ")}`);
  if (t.also.length > 0) parts.push(`${w("Also", lang)} ${t.also.map((d) => d.text).join(", ")}`);
  if (t.includeClosures) parts.push(including(lang));
  return parts.map((p) => ` ${p}`).join("");
}

function including(lang: KeywordLanguage): string {
  return pick(lang, "including holidays", "termasuk libur");
}

/** Any schedule form, on one line. */
export function schedule(s: ScheduleNode, lang: KeywordLanguage): string {
  switch (s.kind) {
    case "EverySchedule": {
      // `every sat`, `setiap hari kerja` as written; never `setiap minggu`, which reads as every week.
      if (s.daysFirst === true && s.interval === 1 && s.on?.kind === "Days" && !startsWithMinggu(s.on.days)) return `${w("Every", lang)} ${daySet(s.on.days)}${tail(s, lang)}`;
      const head = `${w("Every", lang)}${s.interval !== 1 ? ` ${s.interval}` : ""} ${period(s.unit, lang, s.interval, s)}`;
      const on = s.on ? ` ${w("On", lang)} ${onDays(s.on, lang)}` : "";
      return `${head}${on}${tail(s, lang)}`;
    }
    case "OnceSchedule":
      return `${w("Once", lang)} ${s.date.text}${tail(s, lang)}`;
    case "RangeSchedule":
      return `${s.dates.from.text}..${s.dates.to.text}${s.daily ? ` ${w("Daily", lang)} ${timeRange(s.daily)}` : ""}${s.includeClosures ? ` ${including(lang)}` : ""}`;
    case "RRuleSchedule":
      return `rrule ${quoteString(s.rule.value)} ${w("Starting", lang)} ${s.starting.text}${tail(s, lang)}`;
    case "FlexibleSchedule": {
      let where = "";
      const only = s.windows.length === 1 ? s.windows[0] : undefined;
      if (only !== undefined && only.allDay !== true) {
        where = only.days.items.length > 0 ? ` ${w("On", lang)} ${daySet(only.days)} ${w("Between", lang)} ${timeRange(only.time)}` : ` ${w("Between", lang)} ${timeRange(only.time)}`;
      } else if (s.windows.length > 0) {
        where = ` ${w("On", lang)} ${windows(s.windows)}`;
      }
      const parts: string[] = [];
      if (s.duration) parts.push(`${w("For", lang)} ${s.duration.text}`);
      if (s.from) parts.push(`${w("From", lang)} ${s.from.text}`);
      if (s.until) parts.push(`${w("Until", lang)} ${s.until.text}`);
      if (s.includeClosures) parts.push(including(lang));
      return `${s.count.value} ${w("Times", lang)} ${w("Per", lang)} ${period(s.per, lang, 1, s)}${where}${parts.map((p) => ` ${p}`).join("")}`;
    }
  }
}
