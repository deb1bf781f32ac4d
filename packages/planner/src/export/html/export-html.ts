import { type Language, type Workspace, expectLanguage } from "@lontar/core";
import type { Plan } from "../../plan/plan.js";
import { indexWorkspace, sortedOccurrences, workspaceTitle } from "../plan-view.js";
import { escapeHtml } from "./escape-html.js";
import { datesBetween } from "../long-date.js";
import { CALENDAR_CSS, PAGE_SCRIPT, PAGE_SCRIPT_SHA256 } from "./page-assets.generated.js";
import { reportData } from "./report-data.js";
import { REPORT_SECTIONS, sectionsOfSorted, type ReportSection } from "./report-sections.js";
import { reportWord } from "./report-words.js";
import { PAGE_CSS } from "./styles.js";
import { expectWorkspace } from "../../plan/workspace-shape.js";
import { expectPlanOfWorkspace } from "../plan-of-workspace.js";

/** Options of {@link exportHtml}. */
export interface HtmlOptions {
  /** The report's language (default English). */
  readonly language?: Language | undefined;
}

/**
 * JSON that can sit inside a script element: `<` is written `\u003c`, so no name can
 * close the element or open a comment; the parsed value is the same.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * index.html, the plan's report: one self-contained page in `language` (scripts, styles
 * and data inline; its Content-Security-Policy forbids every request) titled with the
 * workspace's name (see workspaceTitle). A summary in plain words; an interactive calendar
 * (month, week and list; filters by library, site, program, resource and person; a click
 * opens a session) with holidays, cuti bersama and closures named; the sessions not placed
 * by cause; agreements per period; budgets against their caps; the KPI projection; the
 * use of resources and people; printable rosters per person and vehicle. The calendar's
 * data is the JSON of {@link reportData} in `#lontar-report-data`. Every name is escaped.
 * Same input, same bytes.
 *
 * @example exportHtml(plan, workspace, { language: "id" }).startsWith("<!DOCTYPE html>") // true
 * @throws TypeError when `workspace` is plainly not a validated one (raw JSON: validate it with `validateWorkspace` first).
 */
export function exportHtml(given: Plan, workspace: Workspace, options: HtmlOptions = {}): string {
  if (options.language !== undefined) expectLanguage(options.language, "exportHtml");
  expectWorkspace(workspace, "exportHtml");
  expectPlanOfWorkspace(given, workspace, "exportHtml");
  // Sorted once: every section walks the sessions in time order, and finds them sorted.
  const plan: Plan = { ...given, occurrences: sortedOccurrences(given.occurrences) };
  const language = options.language ?? "en";
  const index = indexWorkspace(workspace);
  const name = workspaceTitle(workspace);
  const w = (key: Parameters<typeof reportWord>[0]): string => escapeHtml(reportWord(key, language));
  // In words, as an Indonesian reader writes dates: "1 Januari 2024 – 31 Desember 2024".
  const horizon = datesBetween(plan.horizon.from, plan.horizon.to, language);
  // The calendar comes second, after the summary.
  const sections = (ids: readonly ReportSection[]): string[] => sectionsOfSorted(plan, workspace, index, language, ids);
  const body = [
    `<header>\n<h1>${escapeHtml(name)}</h1>\n<p>${w("plan")} ${escapeHtml(horizon)}</p>\n<nav>${NAV.map(([id, key]) => `<a href="#${id}">${w(key)}</a>`).join(" · ")}</nav>\n</header>`,
    ...sections(["summary"]),
    // Read without scripts (a mail preview, a browser that blocks them), the calendar is empty: said, with where the sessions are (a walk of stop 58).
    `<section id="calendar">\n<h2>${w("calendar")}</h2>\n<div id="calendar-view" data-loading=""></div>\n<noscript><p>${w("calendarNeedsScript")}</p></noscript>\n</section>`,
    ...sections(REPORT_SECTIONS.filter((id) => id !== "summary")),
  ].join("\n");
  return [
    "<!DOCTYPE html>",
    `<html lang="${language}">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    // No network: every fetch is forbidden; only this page's own script (by its hash) runs.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${PAGE_SCRIPT_SHA256}'">`,
    `<meta name="generator" content="Lontar Planner">`,
    `<title>${escapeHtml(`${name} — ${reportWord("plan", language)} ${horizon}`)}</title>`,
    `<style>${CALENDAR_CSS}\n${PAGE_CSS}</style>`,
    "</head>",
    "<body>",
    body,
    `<script type="application/json" id="lontar-report-data">${scriptJson(reportData(plan, workspace, { language }))}</script>`,
    `<script>${PAGE_SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The page's sections in the header's links. */
const NAV: readonly (readonly [string, Parameters<typeof reportWord>[0]])[] = [
  ["summary", "summary"],
  ["calendar", "calendar"],
  ["unplaced", "notPlacedHeading"],
  ["agreements", "agreements"],
  ["budget", "budgetHeading"],
  ["kpi", "kpiHeading"],
  ["utilisation", "utilisation"],
  ["rosters", "rosters"],
];
