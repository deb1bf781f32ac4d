import type { Calendar } from "@event-calendar/core";
import { reportWord } from "../report-words.js";

/** The calendar views the report offers, in the order of their buttons. */
export const CALENDAR_VIEWS = ["dayGridMonth", "timeGridWeek", "listMonth"] as const;

/** The options of {@link calendarTexts}: every text of event-calendar's that the report shows. */
export type CalendarTexts = Required<Pick<Calendar.Options, "buttonText" | "allDayContent" | "noEventsContent" | "views">>;

/**
 * Every word event-calendar would show in English, in the report's language: the view
 * buttons, the previous and next buttons' hints (their `title`, read aloud by screen
 * readers; the library names the period each view moves by, "Previous month", in its own
 * options of each view, so each of ours replaces it there), the week view's all-day row
 * (holidays and closures) and the empty list. Options to spread into `createCalendar`'s.
 *
 * @example calendarTexts("id").allDayContent // "Sepanjang hari"
 */
export function calendarTexts(language: "id" | "en"): CalendarTexts {
  const w = (key: Parameters<typeof reportWord>[0]): string => reportWord(key, language);
  const moves = (previous: string, next: string): Calendar.ViewOptions => ({ buttonText: (text) => ({ ...text, prev: previous, next }) });
  return {
    buttonText: (text) => ({ ...text, dayGridMonth: w("month"), timeGridWeek: w("week"), listMonth: w("list") }),
    allDayContent: w("allDay"),
    noEventsContent: w("noSessions"),
    views: {
      dayGridMonth: moves(w("previousMonth"), w("nextMonth")),
      timeGridWeek: { ...moves(w("previousWeek"), w("nextWeek")), slotMinTime: "06:00", slotMaxTime: "22:00" },
      listMonth: moves(w("previousMonth"), w("nextMonth")),
    },
  };
}
