import type { Workspace } from "@lontar/core";
import type { Plan } from "../../plan/plan.js";
import { indexWorkspace, workspaceTitle } from "../plan-view.js";
import { agreementsSection } from "./agreements-section.js";
import { bilingual, escapeHtml } from "./escape-html.js";
import { heatMapSection } from "./heat-map.js";
import { calendarSection } from "./month-calendar.js";
import { PAGE_CSS } from "./styles.js";
import { summarySection } from "./summary-section.js";
import { unassignedSection } from "./unassigned-section.js";

/**
 * index.html: one self-contained page (inline CSS, no script, no font, image or
 * anything else fetched) showing the plan's summary, a month calendar per month of the
 * horizon, a resource-utilisation heat map, the unassigned occurrences with their
 * reasons and the status of agreements. Labels are in English with Bahasa Indonesia in
 * parentheses. Titled with the workspace's name (see workspaceTitle). Every name from
 * the workspace or plan is escaped. Same input, same bytes.
 *
 * @example exportHtml(plan, workspace).startsWith("<!DOCTYPE html>") // true
 */
export function exportHtml(plan: Plan, workspace: Workspace): string {
  const index = indexWorkspace(workspace);
  const name = workspaceTitle(workspace);
  const agreementTitles = new Map(workspace.agreements.map((a) => [a.id, a.title ?? a.id]));
  const body = [
    `<header>\n<h1>${escapeHtml(name)}</h1>\n<p>${bilingual("Plan", "Rencana")} ${escapeHtml(plan.horizon.from)} – ${escapeHtml(plan.horizon.to)}</p>\n</header>`,
    summarySection(plan),
    calendarSection(plan, index),
    heatMapSection(plan, index),
    unassignedSection(plan, index),
    agreementsSection(plan, index, agreementTitles),
  ].join("\n");
  return [
    "<!DOCTYPE html>",
    `<html lang="en">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    // No network: forbid every fetch the page could make, whatever a name contains.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<meta name="generator" content="Lontar Planner">`,
    `<title>${escapeHtml(`${name} — plan ${plan.horizon.from} – ${plan.horizon.to}`)}</title>`,
    `<style>${PAGE_CSS}</style>`,
    "</head>",
    "<body>",
    body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
