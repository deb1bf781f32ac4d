/**
 * The exporters of a plan: iCalendar, CSV, HTML, JSON and the workbook, and every output file at once.
 * Pure functions, deterministic to the byte; the writer of all outputs (`writePlanOutputs`)
 * touches the file system and is exported from `@lontar/planner/node`.
 */
export { agreementStatusWord, type AgreementStatus } from "./agreement-status.js";
export { expectedText, expectedWords } from "../compliance/expected-text.js";
export { exportCsv, CSV_COLUMNS, type CsvOptions } from "./csv/export-csv.js";
export { defaultCsvSeparator, type CsvSeparator } from "./csv/csv-separator.js";
export { exportHtml, type HtmlOptions } from "./html/export-html.js";
export { MAX_REPORT_SESSIONS, reportData, type ReportOptions } from "./html/report-data.js";
export { REPORT_SECTIONS, reportSectionsHtml, type ReportSection } from "./html/report-sections.js";
export type { ReportClosedDay, ReportData, ReportPlace, ReportProgram, ReportResource, ReportSession } from "./html/report-model.js";
export { exportCalendars, type CalendarOptions } from "./ics/export-calendars.js";
export { exportIcs, LONTAR_PRODID, type IcsOptions } from "./ics/export-ics.js";
export { escapeText } from "./ics/ics-text.js";
export { occurrenceUid } from "./ics/uid.js";
export { exportJson } from "./json/export-json.js";
export { planJsonSchema } from "./json/plan-json-schema.js";
export { planOutputs, type OutputOptions } from "./plan-outputs.js";
export { plannedPlan, validPlan, type ValidPlan } from "./valid-plan.js";
export { exportXlsx, MAX_WORKBOOK_OCCURRENCES, type XlsxOptions } from "./xlsx/export-xlsx.js";
export { PLAN_OUTPUT_FILES, type PlanOutputFile } from "./output-files.js";
