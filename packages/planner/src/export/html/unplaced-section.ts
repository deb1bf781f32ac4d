import type { Language, Workspace } from "@lontar/core";
import type { Plan } from "../../plan/plan.js";
import { nameOf, type WorkspaceIndex } from "../plan-view.js";
import { escapeHtml } from "./escape-html.js";
import { reportWord } from "./report-words.js";
import { unplacedCauses } from "./unplaced-causes.js";

/** The sessions not placed, one group per cause, each program with its reason and, where certain, a fix. */
export function unplacedSection(plan: Plan, workspace: Workspace, index: WorkspaceIndex, language: Language): string {
  const heading = `<h2>${escapeHtml(reportWord("notPlacedHeading", language))}</h2>`;
  const causes = unplacedCauses(plan, workspace, language);
  if (causes.length === 0) return `<section id="unplaced">\n${heading}\n<p>${escapeHtml(reportWord("nonePlaced", language))}</p>\n</section>`;
  const groups = causes.map((cause) => {
    const items = cause.programs.map((p) => {
      const what = `${nameOf(index, p.programId)}: ${reportWord("sessionsCount", language, { count: p.count })}, ${reportWord("firstOn", language, { date: p.firstStart })}`;
      const fix = p.fix === undefined ? "" : `<br><span class="fix">${escapeHtml(`${reportWord("fix", language)}: ${p.fix}`)}</span>`;
      return `<li><strong>${escapeHtml(what)}</strong><br>${escapeHtml(`${reportWord("why", language)}: ${p.reason}`)}${fix}</li>`;
    });
    return `<h3>${escapeHtml(cause.title)}</h3>\n<ul class="causes">\n${items.join("\n")}\n</ul>`;
  });
  return `<section id="unplaced">\n${heading}\n${groups.join("\n")}\n</section>`;
}
