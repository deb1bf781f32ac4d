/**
 * @lontar/planner/report — the report's calendar in a browser: `renderReport` draws the
 * data of `reportData` (from the main entry) into an element, as index.html does and as
 * the docs site's playground does with a live plan. Browser only (it needs a DOM); bring
 * event-calendar's style sheet (`@event-calendar/core/index.css`) into the page.
 *
 * @packageDocumentation
 */
export { clockTime, renderReport, type FilterName, type RenderedReport } from "./export/html/browser/render-report.js";
export { sessionFacts, type SessionFacts } from "./export/html/browser/session-facts.js";
export type { ReportClosedDay, ReportData, ReportPlace, ReportProgram, ReportResource, ReportSession } from "./export/html/report-model.js";
export { REPORT_WORDS, reportWord, type ReportWord } from "./export/html/report-words.js";
