/// <reference lib="dom" />
import { type Calendar, createCalendar, DayGrid, destroyCalendar, List, TimeGrid } from "@event-calendar/core";
import type { ReportData, ReportSession } from "../report-model.js";
import { word } from "../../words.js";
import { reportWord, type ReportWord } from "../report-words.js";
import { closedDayTitle, sessionFacts, sessionTimes } from "./session-facts.js";
import { programChoices } from "./program-choices.js";
import { resourceChoices } from "./resource-choices.js";
import { CALENDAR_VIEWS, calendarTexts } from "./calendar-texts.js";
import { dayMonthYear, weekdayName } from "../../long-date.js";

/** What {@link renderReport} returns: the calendar drawn, with a way to take it down. */
export interface RenderedReport {
  /** The calendar component. */
  readonly calendar: Calendar;
  /** Shows the sessions that pass these filters (values are indexes as strings; "" lets all through). */
  filter(filters: Readonly<Partial<Record<FilterName, string>>>): void;
  /** Removes the calendar and its controls from the container. */
  destroy(): void;
}

/** The filters above the calendar. */
export type FilterName = "library" | "place" | "program" | "resource" | "person";

const PEOPLE = new Set(["staff", "volunteer"]);

/** An element with a class and text, built without HTML: a name can never become markup. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== "") node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Does a session pass the filters? */
function passes(session: ReportSession, filters: Readonly<Partial<Record<FilterName, string>>>): boolean {
  const chosen = (name: FilterName): number | undefined => (filters[name] === undefined || filters[name] === "" ? undefined : Number(filters[name]));
  const library = chosen("library");
  const place = chosen("place");
  const program = chosen("program");
  const resource = chosen("resource");
  const person = chosen("person");
  if (library !== undefined && session.library !== library) return false;
  if (place !== undefined && session.place !== place) return false;
  if (program !== undefined && session.program !== program) return false;
  if (resource !== undefined && !session.resources.includes(resource)) return false;
  return person === undefined || session.resources.includes(person);
}

/** Options in name order, each with its index as value. */
function optionsOf(names: readonly { name: string; index: number }[]): { name: string; index: number }[] {
  return [...names].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index));
}

/**
 * Draws the report's calendar into `container`: filters (library, site or village,
 * program, resource, person), a month, week and list calendar of the sessions with the
 * days closed by holidays, cuti bersama and closures named on them (a session the plan
 * records a problem against, such as one held while its library is closed, is marked
 * `problem` and says it in its tooltip and panel), and a panel that
 * opens on a click with the session's time, place, staff, vehicle, room, packages,
 * partners and cost. Browser only; builds no HTML from text, so names stay text.
 *
 * @example renderReport(reportData(plan, workspace, { language: "id" }), document.getElementById("calendar")!)
 */
export function renderReport(data: ReportData, container: HTMLElement): RenderedReport {
  const language = data.language;
  const w = (key: ReportWord, values?: Readonly<Record<string, string | number>>): string => reportWord(key, language, values);
  const root = element("div", "lontar-calendar");
  const controls = element("form", "filters");
  controls.setAttribute("role", "search");
  const filters: Partial<Record<FilterName, string>> = {};
  const selects = new Map<FilterName, HTMLSelectElement>();
  const addFilter = (name: FilterName, label: string, choices: { name: string; index: number }[]): void => {
    if (choices.length === 0) return;
    const wrap = element("label", "filter");
    wrap.append(element("span", "", label));
    const select = element("select", "");
    select.name = name;
    select.dataset["filter"] = name;
    select.append(Object.assign(element("option", "", w("all")), { value: "" }));
    for (const choice of optionsOf(choices)) select.append(Object.assign(element("option", "", choice.name), { value: String(choice.index) }));
    select.addEventListener("change", () => apply({ ...filters, [name]: select.value }));
    selects.set(name, select);
    wrap.append(select);
    controls.append(wrap);
  };
  const used = (pick: (s: ReportSession) => readonly number[]): Set<number> => new Set(data.sessions.flatMap(pick));
  const libraries = used((s) => [s.library]);
  addFilter("library", word("library", language), data.libraries.map((name, index) => ({ name, index })).filter((x) => libraries.has(x.index)));
  addFilter("place", w("siteOrVillage"), data.places.map((p, index) => ({ name: p.name, index })));
  // Programs that share a title (`Klub Buku` at three libraries) by title and library, in the filter and on the calendar alike.
  const programs = programChoices(data);
  const programName = (s: ReportSession): string => programs[s.program]?.name ?? "";
  addFilter("program", word("program", language), programs);
  addFilter("resource", w("resource"), resourceChoices(data, (r) => !PEOPLE.has(r.kind), (r) => [r.kindLabel]));
  addFilter("person", w("person"), resourceChoices(data, (r) => PEOPLE.has(r.kind), () => []));
  const count = element("p", "shown");
  count.setAttribute("aria-live", "polite");
  const host = element("div", "ec-host");
  const panel = element("dialog", "session");
  root.append(controls, count, host, panel);
  if (data.sessions.length < data.totalSessions) root.insertBefore(element("p", "cut", w("shownOf", { shown: data.sessions.length, total: data.totalSessions })), host);
  container.append(root);

  const closedEvents = (): Calendar.EventInput[] =>
    data.closedDays
      .filter((day) => filters.library === undefined || filters.library === "" || day.libraries.length === 0 || day.libraries.includes(Number(filters.library)))
      .map((day, k) => ({
        id: `closed-${k}`,
        allDay: true,
        start: day.date,
        end: day.date,
        title: closedDayTitle(data, day),
        classNames: ["closed-day", `closed-${day.kind}`],
        extendedProps: { closedDay: day },
      }));
  const sessionEvents = (): Calendar.EventInput[] =>
    data.sessions.flatMap((s, k) =>
      passes(s, filters)
        ? [
            {
              id: `s${k}`,
              start: s.start.replace(" ", "T"),
              end: s.end.replace(" ", "T"),
              // Not placed in words too, not by its red alone (a black-and-white printer, a colour-blind reader).
              title: s.status === "unassigned" ? `${programName(s)} (${w("pendingMark")})` : programName(s),
              classNames: s.problems === undefined ? ["session", s.status] : ["session", s.status, "problem"],
              extendedProps: { session: k },
            },
          ]
        : [],
    );

  const showSession = (index: number): void => {
    const session = data.sessions[index];
    if (session === undefined) return;
    panel.replaceChildren();
    const facts = sessionFacts(data, session);
    panel.append(element("h3", "", facts.title));
    const list = element("dl", "");
    for (const [term, value] of facts.rows) list.append(element("dt", "", term), element("dd", "", value));
    panel.append(list);
    const close = element("button", "", w("close"));
    close.type = "button";
    close.addEventListener("click", () => panel.close());
    panel.append(close);
    if (typeof panel.showModal === "function") panel.showModal();
    else panel.setAttribute("open", "");
  };

  // The view's bounds hold the days shown in their local fields, as every date the calendar passes: read
  // as UTC (toISOString), a reader east of UTC+7 counted the last evening of a month in the next (a walk: Jayapura).
  const countShown = (start: Date, end: Date): void => {
    const from = localDateTime(start);
    const to = localDateTime(end);
    const n = data.sessions.filter((s) => s.start >= from && s.start < to && passes(s, filters)).length;
    count.textContent = w("sessionsCount", { count: n });
    count.dataset["count"] = String(n);
  };

  const calendar = createCalendar(host, [DayGrid, TimeGrid, List], {
    view: "dayGridMonth",
    date: data.initialDate,
    timeZone: "UTC",
    locale: language === "id" ? "id-ID" : "en-GB",
    firstDay: 1,
    height: "auto",
    dayMaxEvents: false,
    // "Start" goes back to the plan's first session; "today" would depend on when the page is read.
    headerToolbar: { start: "prev,next start", center: "title", end: CALENDAR_VIEWS.join(",") },
    customButtons: { start: { text: w("start"), click: () => void calendar.setOption("date", data.initialDate) } },
    ...calendarTexts(language),
    // Days in words as the report's lists write them (`Kamis` · `8 Februari 2024`), from the one table, not the browser's Intl.
    listDayFormat: (date: Date) => weekdayName(localDate(date), language),
    listDaySideFormat: (date: Date) => dayMonthYear(localDate(date), language),
    // As `.lontar` and the session's popup write times (14:00): the Indonesian locale's own is 14.00.
    eventTimeFormat: clockTime,
    events: [...closedEvents(), ...sessionEvents()],
    eventDidMount: (info) => {
      const k = info.event.extendedProps["session"];
      if (typeof k !== "number") return;
      const session = data.sessions[k];
      if (session === undefined) return;
      info.el.dataset["sessionId"] = session.id;
      info.el.dataset["resources"] = session.resources.join(" ");
      const place = data.places[session.place]?.name ?? "";
      const problems = session.problems === undefined ? "" : ` ⚠ ${session.problems.join("; ")}`;
      info.el.title = `${sessionTimes(data, session, false)} ${programName(session)} · ${place}${session.status === "unassigned" ? ` (${w("pendingMark")})` : ""}${problems}`;
    },
    eventClick: (info) => {
      const k = info.event.extendedProps["session"];
      if (typeof k === "number") showSession(k);
    },
    datesSet: (info) => countShown(info.view.currentStart, info.view.currentEnd),
  });

  function apply(next: Partial<Record<FilterName, string>>): void {
    Object.assign(filters, next);
    for (const [name, select] of selects) select.value = filters[name] ?? "";
    calendar.setOption("events", [...closedEvents(), ...sessionEvents()]);
    const view = calendar.getView();
    countShown(view.currentStart, view.currentEnd);
  }

  return {
    calendar,
    filter: apply,
    destroy() {
      void destroyCalendar(calendar);
      root.remove();
    },
  };
}

/** The `YYYY-MM-DD` of a date the calendar passes a format function: its local fields hold the day shown. */
function localDate(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, "0")}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

/** The `YYYY-MM-DD HH:MM` of a date the calendar passes (its local fields), as the report's sessions write their starts. */
function localDateTime(date: Date): string {
  return `${localDate(date)} ${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
}

/** A session's time on the calendar as `.lontar` writes it, in either language: `14:00`, or `14:00–15:30` with its end. */
export function clockTime(start: Date, end?: Date | null): string {
  const hhmm = (date: Date): string => `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
  // The calendar passes no end (null) where it shows the start alone.
  return end === undefined || end === null ? hhmm(start) : `${hhmm(start)}–${hhmm(end)}`;
}
