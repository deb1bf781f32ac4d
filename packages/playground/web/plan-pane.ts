import type { PlanView, SessionView } from "../src/plan-view.js";
import type { PlaygroundWords } from "./words.js";

/** The most session rows the pane draws; the rest are counted. */
export const MAX_SESSION_ROWS = 600;

/**
 * Draws the plan pane: the summary (counts, score, horizon), the agreements and their
 * status, the sessions not placed with their reasons, and the sessions by date. With a
 * calendar from the worker's renderer, that calendar replaces the session list.
 */
export function renderPlan(pane: HTMLElement, view: PlanView, words: PlaygroundWords): void {
  pane.replaceChildren();
  if (view.kind === "none") {
    pane.append(element("p", { class: "lp-none", "data-testid": "plan-none" }, `${words.none[view.reason]} ${view.detail}`.trim()));
    return;
  }
  const { scheduled, unassigned, cancelled } = view.counts;
  pane.append(element("p", { class: "lp-summary", "data-testid": "plan-summary" }, words.summary(scheduled, unassigned, cancelled)));
  pane.append(element("p", { class: "lp-meta" }, `${words.horizon}: ${view.horizon.from} – ${view.horizon.to} · ${words.score}: ${view.score.hard} / ${view.score.medium} / ${round(view.score.soft)}`));
  if (view.agreements.length > 0) {
    pane.append(element("h3", {}, words.agreements));
    const list = element("ul", { class: "lp-agreements", "data-testid": "agreements" });
    for (const agreement of view.agreements) {
      const item = element("li", { class: `lp-status-${agreement.status}` }, `${agreement.title} — ${words.status[agreement.status]} (${agreement.findings})`);
      for (const failed of agreement.failed.slice(0, 5)) item.append(element("div", { class: "lp-reason" }, failed));
      list.append(item);
    }
    pane.append(list);
  }
  const notPlaced = view.sessions.filter((session) => session.status === "unassigned");
  if (notPlaced.length > 0) {
    pane.append(element("h3", {}, `${words.unassigned} (${notPlaced.length})`));
    pane.append(sessionTable(notPlaced, words, "unassigned"));
  }
  pane.append(element("h3", {}, words.sessions));
  if (view.calendarHtml !== undefined) {
    const calendar = element("div", { class: "lp-calendar", "data-testid": "calendar" });
    // The worker's renderer escapes every name it writes (it is the report's own HTML).
    calendar.innerHTML = view.calendarHtml;
    pane.append(calendar);
    return;
  }
  pane.append(sessionTable(view.sessions, words, "sessions"));
}

function sessionTable(sessions: readonly SessionView[], words: PlaygroundWords, testId: string): HTMLElement {
  const table = element("table", { class: "lp-sessions", "data-testid": testId });
  const head = element("tr", {});
  for (const title of [words.date, words.time, words.program, words.library, `${words.resources} / ${words.why}`]) head.append(element("th", {}, title));
  table.append(element("thead", {}, head));
  const body = element("tbody", {});
  for (const session of sessions.slice(0, MAX_SESSION_ROWS)) {
    const row = element("tr", { class: `lp-session lp-${session.status}`, "data-testid": "session" });
    const details = session.status === "scheduled" ? session.resources.join(", ") : `${session.status === "cancelled" ? words.cancelled : words.unassigned}: ${session.reasons.join("; ")}`;
    for (const cell of [session.start.slice(0, 10), timeSpan(session), session.title, session.libraryId, details]) row.append(element("td", {}, cell));
    body.append(row);
  }
  table.append(body);
  if (sessions.length > MAX_SESSION_ROWS) table.append(element("caption", {}, words.more(sessions.length - MAX_SESSION_ROWS)));
  return table;
}

/** "09:00–11:00", or with the end's date when the session ends on another day. */
function timeSpan(session: SessionView): string {
  const startTime = session.start.slice(11, 16);
  const endDay = session.end.slice(0, 10);
  const endTime = session.end.slice(11, 16);
  return endDay === session.start.slice(0, 10) ? `${startTime}–${endTime}` : `${startTime}–${endDay} ${endTime}`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A DOM element with attributes and children (text is set as text, never as HTML). */
export function element(tag: string, attributes: Record<string, string>, ...children: (string | Node)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
