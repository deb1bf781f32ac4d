import "@event-calendar/core/index.css";
import { renderReport, type RenderedReport, type ReportData } from "@lontar/planner/report";
import type { PlanView } from "../src/plan-view.js";
import type { PlaygroundWords } from "./words.js";

/** Where the reader was on the calendar: its view, its date and the filters' chosen names. */
interface CalendarPlace {
  readonly view: string;
  readonly date: Date;
  readonly shownFrom: string;
  readonly shownTo: string;
  readonly filters: ReadonlyMap<string, string>;
}

/**
 * The plan pane: the report's own page in a mode for the playground — its summary in plain
 * words, the report's interactive calendar (`renderReport` from @lontar/planner/report, as
 * index.html draws it), then the sessions not placed by cause with their reasons and fixes,
 * the agreements per period, the budget and the KPI. Each new plan keeps the reader's
 * calendar view, date and filters; when an edit adds or moves sessions and none of them is
 * in sight, the calendar goes to the first of them, so typing a schedule shows its sessions.
 */
export class PlanPane {
  private rendered: RenderedReport | undefined;
  private shown = new Set<string>();

  constructor(
    private readonly pane: HTMLElement,
    private readonly words: PlaygroundWords,
  ) {}

  /** Draws `view`; `fresh` (another workspace was opened) starts the calendar over at the plan's first session. */
  show(view: PlanView, fresh: boolean): void {
    const place = fresh ? undefined : this.place();
    this.rendered?.destroy();
    this.rendered = undefined;
    this.pane.replaceChildren();
    if (view.kind === "none") {
      this.pane.append(element("p", { class: "lp-none", "data-testid": "plan-none" }, `${this.words.none[view.reason]} ${view.detail}`.trim()));
      return;
    }
    const [summary, ...rest] = view.sections;
    if (summary !== undefined) this.pane.append(reportSection(summary));
    const calendar = element("section", { class: "lp-calendar", "data-testid": "calendar" }, element("h2", {}, this.words.calendar));
    const host = element("div", {});
    calendar.append(host);
    this.pane.append(calendar, ...rest.map(reportSection));
    this.rendered = renderReport(view.report, host);
    const added = view.report.sessions.filter((session) => !this.shown.has(sessionKey(session)));
    this.shown = new Set(view.report.sessions.map(sessionKey));
    if (place !== undefined) this.restore(place, fresh ? [] : added.map((session) => session.start));
  }

  /** Takes the calendar down. */
  destroy(): void {
    this.rendered?.destroy();
    this.rendered = undefined;
  }

  private place(): CalendarPlace | undefined {
    if (this.rendered === undefined) return undefined;
    const calendar = this.rendered.calendar;
    const view = calendar.getView();
    const filters = new Map<string, string>();
    for (const select of this.pane.querySelectorAll<HTMLSelectElement>("select[data-filter]")) {
      if (select.value !== "") filters.set(select.dataset["filter"] ?? "", select.selectedOptions[0]?.textContent ?? "");
    }
    const date = calendar.getOption("date");
    return { view: view.type, date: date instanceof Date ? date : view.currentStart, shownFrom: wallClock(view.currentStart), shownTo: wallClock(view.currentEnd), filters };
  }

  /** Back to the reader's view, date and filters; to the first added session when none is in sight. */
  private restore(place: CalendarPlace, addedStarts: readonly string[]): void {
    const rendered = this.rendered;
    if (rendered === undefined) return;
    const chosen: Record<string, string> = {};
    for (const select of this.pane.querySelectorAll<HTMLSelectElement>("select[data-filter]")) {
      const name = select.dataset["filter"] ?? "";
      const label = place.filters.get(name);
      const option = label === undefined ? undefined : [...select.options].find((o) => o.textContent === label);
      if (option !== undefined) chosen[name] = option.value;
    }
    if (Object.keys(chosen).length > 0) rendered.filter(chosen);
    rendered.calendar.setOption("view", place.view);
    const inSight = addedStarts.some((start) => start >= place.shownFrom && start < place.shownTo);
    const first = [...addedStarts].sort()[0];
    rendered.calendar.setOption("date", first !== undefined && !inSight ? new Date(`${first.slice(0, 10)}T00:00:00Z`) : place.date);
  }
}


/** A session as the follow-the-edit rule compares plans: the same session at the same time, in the same state. */
function sessionKey(session: ReportData["sessions"][number]): string {
  return `${session.id}\u0000${session.start}\u0000${session.status}`;
}

/** A calendar date (the calendar runs in UTC wall time) as the report's `YYYY-MM-DD HH:mm`. */
function wallClock(date: Date): string {
  return date.toISOString().slice(0, 16).replace("T", " ");
}

/** One of the report page's sections (its own HTML: the report escapes every name it writes). */
function reportSection(html: string): HTMLElement {
  const holder = element("div", { class: "lp-report-section" });
  holder.innerHTML = html;
  return holder;
}

/** A DOM element with attributes and children (text is set as text, never as HTML). */
export function element(tag: string, attributes: Record<string, string>, ...children: (string | Node)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
