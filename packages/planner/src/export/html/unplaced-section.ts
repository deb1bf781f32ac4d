import type { Language, Workspace } from "@lontar/core";
import type { Plan, PlannedOccurrence } from "../../plan/plan.js";
import { programTitle, type WorkspaceIndex } from "../plan-view.js";
import { reasonsReader } from "../occurrence-facts.js";
import { sessionWhen } from "../violation-text.js";
import { longDate } from "../long-date.js";
import { zoneWhereMixed } from "../zone-name.js";
import { escapeHtml } from "./escape-html.js";
import { reportWord } from "./report-words.js";
import { unplacedCauses } from "./unplaced-causes.js";

/** This section's own words (the browser's calendar does not need them), in both languages. */
const WORDS = {
  nonePlacedButCancelled: { en: "Every session not cancelled found its place.", id: "Semua kegiatan yang tidak dibatalkan mendapat tempat." },
  cancelledHeading: { en: "Sessions cancelled", id: "Kegiatan yang dibatalkan" },
  cancelledMore: { en: "… and {count} more sessions cancelled (occurrences.csv and plan.xlsx list them all).", id: "… dan {count} kegiatan lain yang dibatalkan (occurrences.csv dan plan.xlsx memuat semuanya)." },
} as const;

/** At most this many lines of cancelled sessions are listed; the sessions of the rest are counted. */
export const CANCELLED_LISTED = 200;

/** Cancelled sessions of one program for one reason, in the plan's order. */
interface CancelledGroup {
  readonly first: PlannedOccurrence;
  last: PlannedOccurrence;
  count: number;
  readonly why: string | undefined;
}

/**
 * The sessions the plan cancels (a holiday or closure, an exception, a rule, the TPBIS
 * stage), with their days, times and reason, in the plan's order; empty when none. A
 * session cancelled is not "not placed", but a reader who finds no session on a day must see
 * why (a walk: "every session found its place" while a class fell on cuti bersama). The
 * sessions of one program cancelled for the same reason are one line, with how many and
 * the first and last (a walk: 52 lines alike for a class its library's TPBIS stage stops).
 */
function cancelledList(plan: Plan, index: WorkspaceIndex, language: Language): string {
  const cancelled = plan.occurrences.filter((o) => o.status === "cancelled");
  if (cancelled.length === 0) return "";
  const read = reasonsReader(index, language, plan.occurrences);
  const groups = new Map<string, CancelledGroup>();
  for (const o of cancelled) {
    const [why] = read(o);
    const key = `${o.programId}\u0000${why ?? ""}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { first: o, last: o, count: 1, why });
    else {
      group.last = o;
      group.count++;
    }
  }
  const listed = [...groups.values()].slice(0, CANCELLED_LISTED);
  const items = listed.map(({ first, last, count, why }) => {
    const zone = zoneWhereMixed(index, first.libraryId);
    const when = count === 1 ? sessionWhen(first, language, zone) : `${reportWord("sessionsCount", language, { count })}, ${sessionWhen(first, language, zone)} … ${sessionWhen(last, language, zone)}`;
    const what = `${programTitle(index, first)}, ${when}`;
    return `<li><strong>${escapeHtml(what)}</strong>${why === undefined ? "" : `<br>${escapeHtml(`${reportWord("why", language)}: ${why}`)}`}</li>`;
  });
  const rest = cancelled.length - listed.reduce((sum, g) => sum + g.count, 0);
  const more = rest > 0 ? `\n<p>${escapeHtml(WORDS.cancelledMore[language].replace("{count}", String(rest)))}</p>` : "";
  return `\n<h3>${escapeHtml(WORDS.cancelledHeading[language])}</h3>\n<ul class="causes cancelled">\n${items.join("\n")}\n</ul>${more}`;
}

/**
 * The sessions not placed, one group per cause, each program with its reason and, where
 * certain, a fix; then the sessions cancelled, each with its reason (see cancelledList).
 */
export function unplacedSection(plan: Plan, workspace: Workspace, index: WorkspaceIndex, language: Language): string {
  const heading = `<h2>${escapeHtml(reportWord("notPlacedHeading", language))}</h2>`;
  const causes = unplacedCauses(plan, workspace, language);
  const cancelled = cancelledList(plan, index, language);
  if (causes.length === 0) {
    const none = cancelled === "" ? reportWord("nonePlaced", language) : WORDS.nonePlacedButCancelled[language];
    return `<section id="unplaced">\n${heading}\n<p>${escapeHtml(none)}</p>${cancelled}\n</section>`;
  }
  // The first session's day in words, its time, and its zone where the libraries keep several.
  const firstOn = (start: string, programId: string): string => {
    const library = index.programs.get(programId)?.library;
    const zone = library === undefined ? undefined : zoneWhereMixed(index, library);
    return `${longDate(start.slice(0, 10), language)} ${start.slice(11)}${zone === undefined ? "" : ` ${zone}`}`;
  };
  const groups = causes.map((cause) => {
    const items = cause.programs.map((p) => {
      const what = `${programTitle(index, p)}: ${reportWord("sessionsCount", language, { count: p.count })}, ${reportWord("firstOn", language, { date: firstOn(p.firstStart, p.programId) })}`;
      const fix = p.fix === undefined ? "" : `<br><span class="fix">${escapeHtml(`${reportWord("fix", language)}: ${p.fix}`)}</span>`;
      return `<li><strong>${escapeHtml(what)}</strong><br>${escapeHtml(`${reportWord("why", language)}: ${p.reason}`)}${fix}</li>`;
    });
    return `<h3>${escapeHtml(cause.title)}</h3>\n<ul class="causes">\n${items.join("\n")}\n</ul>`;
  });
  return `<section id="unplaced">\n${heading}\n${groups.join("\n")}${cancelled}\n</section>`;
}
