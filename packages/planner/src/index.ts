/**
 * @lontar/planner — resolves a Lontar workspace into a plan: recurrence expansion in each
 * library's zone, resource allocation, agreement compliance, KPI projection, and
 * calendars (iCalendar, JSON, CSV, HTML). It takes plain core models and does not import
 * the DSL, so an app can feed it JSON validated by @lontar/core. Free of Node built-ins (it
 * runs in a browser); worker threads and writing files are in `@lontar/planner/node`.
 *
 * @packageDocumentation
 */
export { Assignment, ComplianceFinding, Justification, OccurrenceStatus, Plan, PlanScore, PlannedOccurrence } from "./plan/plan.js";

export type { DroppedOccurrence, Occurrence, Slot } from "./expand/occurrence.js";
export { DEFAULT_MAX_OCCURRENCES_PER_SCHEDULE, compareOccurrences, expandWorkspace, type ExpansionOptions } from "./expand/workspace.js";
export { closureCalendar, estimatedHolidays, indonesianHolidays, type ClosedDay, type ClosureCalendar } from "./expand/closures.js";
export type { ExpansionFinding, ExpansionFindingCode, ExpansionResult } from "./expand/findings.js";

export { planParts, planWorkspace, type PlanWorkspaceOptions } from "./plan-workspace.js";
export { planRefusal, WORKSPACE_LIMIT } from "./plan/refused-plan.js";
export { DEFAULT_MAX_OCCURRENCES, MAX_OCCURRENCES_OPTION, boundFinding, countOccurrencesUpTo, type BoundPassed, type CountOptions } from "./expand/workspace-bound.js";
export { REPAIR_WEIGHT, partBudgets, type PartBudget, type PartSize } from "./partition/part-budgets.js";
export { partitionWorkspace, type WorkspacePart } from "./partition/partition-workspace.js";
export { needKey, type KnownCandidates, type NeedCandidates } from "./allocate/candidates.js";
export { expansionMemo, type ExpansionMemo } from "./expand/expansion-memo.js";
export { expandRecurrence, type RecurrenceInput, type RecurrenceResult, type RecurrenceStart } from "./expand/recurrence.js";
export { zoneClock, type ResolvedLocalTime, type ZoneClock } from "./expand/zone-clock.js";

export { allocate, type AllocateOptions, type AllocationResult, type AllocationStats } from "./allocate/allocate.js";
export { MAX_SEED, MAX_STEPS } from "./allocate/search-bounds.js";

export { activeSpan, agreementApplies, checkCompliance, isOutsideWindow, isPartialFinding, plannedCost, type AgreementReport } from "./compliance/check-compliance.js";
export { complianceFindings, type ComplianceDiagnostic } from "./compliance/findings.js";
export { PERIODS_PLURAL } from "./compliance/period-names.js";
export { missedWords, type MissedWords } from "./compliance/missed-periods.js";
export type { DateSpan } from "./plan/date-span.js";
export type { HorizonOrigin, PlanningHorizon } from "./plan/horizon-origin.js";
export { planningHorizon, type HorizonOverride } from "./plan/planning-horizon.js";
export { horizonYears, MAX_HORIZON_YEARS, spansTooManyYears } from "./plan/horizon-shape.js";
export { projectKpis } from "./kpi/project-kpis.js";
export { closedSessionViolations, countedViolations, planVerdict, programsAllCancelled, programsWithoutSessions, unpaidTotals, type PlanVerdict, type UnpaidShare } from "./export/counted-violations.js";

export {
  CSV_COLUMNS,
  LONTAR_PRODID,
  agreementStatusWord,
  expectedText,
  expectedWords,
  type AgreementStatus,
  escapeText,
  exportCalendars,
  exportCsv,
  exportHtml,
  exportIcs,
  exportJson,
  occurrenceUid,
  planJsonSchema,
  planOutputs,
  type IcsOptions,
} from "./export/index.js";
export { unassignedFindings, type UnassignedDiagnostic } from "./diagnostics/unassigned-findings.js";
export { complianceDiagnostics, findingLabels, planDiagnostics, refusalDiagnostics, unassignedDiagnostics } from "./diagnostics/plan-diagnostics.js";
export { gateDiagnostics } from "./diagnostics/gate-diagnostics.js";
export { neverRunsDiagnostics } from "./diagnostics/never-runs.js";
export { cancelledBy } from "./plan/cancel-reasons.js";
export { openingHoursDiagnostics } from "./diagnostics/opening-hours.js";
export { precedenceDiagnostics } from "./diagnostics/precedences.js";
export { budgetPeriodDiagnostics, unpaidCosts, type UnpaidCost } from "./diagnostics/budget-periods.js";
export { estimatedHolidayDiagnostics, estimatedHolidayYears } from "./diagnostics/estimated-holidays.js";
export { plannedPlan, validPlan, type ValidPlan } from "./export/index.js";
export { exportXlsx, MAX_WORKBOOK_OCCURRENCES, type XlsxOptions } from "./export/index.js";
export { PLAN_OUTPUT_FILES, type PlanOutputFile } from "./export/index.js";
export { REPORT_SECTIONS, reportSectionsHtml, type ReportSection } from "./export/index.js";
export { MAX_REPORT_SESSIONS, reportData, type HtmlOptions, type ReportClosedDay, type ReportData, type ReportOptions, type ReportPlace, type ReportProgram, type ReportResource, type ReportSession } from "./export/index.js";
export { defaultCsvSeparator, type CalendarOptions, type CsvOptions, type CsvSeparator, type OutputOptions } from "./export/index.js";
