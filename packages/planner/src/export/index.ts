/**
 * The exporters of a plan: iCalendar, CSV, HTML and JSON, and the writer of all outputs.
 * Pure functions (only {@link writePlanOutputs} touches the file system), deterministic
 * to the byte.
 */
export { exportCsv, CSV_COLUMNS, type CsvOptions } from "./csv/export-csv.js";
export { defaultCsvSeparator, type CsvSeparator } from "./csv/csv-separator.js";
export { exportHtml } from "./html/export-html.js";
export { exportCalendars, type CalendarOptions } from "./ics/export-calendars.js";
export { exportIcs, LONTAR_PRODID, type IcsOptions } from "./ics/export-ics.js";
export { escapeText } from "./ics/ics-text.js";
export { occurrenceUid } from "./ics/vevent.js";
export { exportJson } from "./json/export-json.js";
export { exportXlsx, MAX_WORKBOOK_OCCURRENCES, type XlsxOptions } from "./xlsx/export-xlsx.js";
export { planJsonSchema } from "./json/plan-json-schema.js";
export { isPlanOutputPath, planOutputs, writePlanOutputs, type OutputOptions, type WriteOptions } from "./write-plan-outputs.js";
export { plannedPlan, validPlan, type ValidPlan } from "./valid-plan.js";
export { clearLeftovers } from "./whole-folder.js";
