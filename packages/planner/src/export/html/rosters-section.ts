import type { Language } from "@lontar/core";
import { longDate } from "../long-date.js";
import type { Plan, PlannedOccurrence } from "../../plan/plan.js";
import { readInstant } from "../instant.js";
import { timeSpan } from "../session-span.js";
import { factsReader } from "../occurrence-facts.js";
import { nameOf, sortedOccurrences, type WorkspaceIndex } from "../plan-view.js";
import { word } from "../words.js";
import { escapeHtml } from "./escape-html.js";
import { reportWord } from "./report-words.js";

/** The most rows all rosters list together: a province's year is in the .ics calendars, not on paper. */
export const MAX_ROSTER_ROWS = 10_000;

/** The kinds that get a roster: people and vehicles. */
const ROSTER_KINDS = new Set(["staff", "volunteer", "vehicle"]);

/**
 * Printable rosters: for each person and each vehicle assigned, its scheduled sessions in
 * time order (weekday and date, time, program, place, library; a session past midnight with its end's
 * date), one per printed page. At most
 * {@link MAX_ROSTER_ROWS} rows in all; the page says when rows are left out.
 */
export function rostersSection(plan: Plan, index: WorkspaceIndex, language: Language): string {
  const w = (text: string): string => escapeHtml(text);
  const heading = `<h2>${w(reportWord("rosters", language))}</h2>`;
  const facts = factsReader(index, language, plan.occurrences);
  const byResource = new Map<string, PlannedOccurrence[]>();
  for (const o of sortedOccurrences(plan.occurrences)) {
    if (o.status !== "scheduled") continue;
    for (const a of o.assignments) {
      if (!ROSTER_KINDS.has(index.resources.get(a.resourceId)?.kind ?? a.kind)) continue;
      const list = byResource.get(a.resourceId) ?? [];
      if (list.length === 0) byResource.set(a.resourceId, list);
      if (list[list.length - 1] !== o) list.push(o);
    }
  }
  if (byResource.size === 0) return `<section id="rosters">\n${heading}\n<p>${w(reportWord("noRoster", language))}</p>\n</section>`;
  // People first, then vehicles; each by name.
  const order = [...byResource.keys()].sort((a, b) => {
    const vehicle = (id: string): number => (index.resources.get(id)?.kind === "vehicle" ? 1 : 0);
    const [na, nb] = [nameOf(index, a), nameOf(index, b)];
    return vehicle(a) - vehicle(b) || (na < nb ? -1 : na > nb ? 1 : a < b ? -1 : a > b ? 1 : 0);
  });
  let budget = MAX_ROSTER_ROWS;
  const head = `<tr><th>${w(word("date", language))}</th><th>${w(reportWord("time", language))}</th><th>${w(word("program", language))}</th><th>${w(word("place", language))}</th><th>${w(word("library", language))}</th></tr>`;
  const rosters: string[] = [];
  for (const id of order) {
    if (budget <= 0) {
      rosters.push(`<p class="cut">${w(reportWord("rostersCut", language, { count: MAX_ROSTER_ROWS }))}</p>`);
      break;
    }
    const sessions = byResource.get(id) ?? [];
    const shown = sessions.slice(0, budget);
    budget -= shown.length;
    const rows = shown.map((o) => {
      const f = facts(o);
      const start = readInstant(o.start);
      // The day in words with its weekday, as the list of cancelled sessions writes it (`Sabtu, 9 Januari 2027`): a roster is read by the day.
      const day = start === undefined ? o.start : longDate(start.date, language);
      return `<tr><td>${w(day)}</td><td>${w(timeSpan(o.start, o.end))}</td><td>${w(f.title)}</td><td>${w(f.place)}</td><td>${w(f.library)}</td></tr>`;
    });
    const cut = shown.length < sessions.length ? `\n<p class="cut">${w(reportWord("sessionsCount", language, { count: sessions.length }))} (${shown.length})</p>` : "";
    rosters.push(
      `<article class="roster">\n<h3>${w(reportWord("rosterOf", language, { name: nameOf(index, id) }))}</h3>\n<table class="list">\n<thead>${head}</thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>${cut}\n</article>`,
    );
  }
  return `<section id="rosters">\n${heading}\n${rosters.join("\n")}\n</section>`;
}
