/**
 * @lontar/core — the typed domain model of Lontar: libraries, partners, TPBIS stages,
 * resources, programs, agreements, rules and KPIs, as zod schemas with inferred types,
 * plus KPI and IPLM maths, and Indonesia's decreed national holidays and cuti bersama as
 * data. Validation returns data; nothing here throws on user input.
 *
 * @packageDocumentation
 */

export { countLabels, expectLanguage, labelledEnum, labelOf, localeLanguage, type Labels, type Language } from "./primitives/labels.js";
export { Identifier } from "./primitives/identifier.js";
export { Rupiah, formatRupiah, rupiahLabels } from "./primitives/money.js";
export { formatNumber, numberLabels } from "./primitives/numbers.js";
export { SourcePosition, SourceSpan } from "./primitives/source-span.js";
export { fail, issuesFromZod, ok, parseWith, type Issue, type Result } from "./primitives/result.js";
export { MAX_INPUT_DEPTH, inputDepthIssue } from "./primitives/depth.js";
export {
  DateRange,
  IsoDate,
  LocalDateTime,
  LocalTime,
  Period,
  TimeRange,
  TimeZoneName,
  WEEKDAYS,
  Weekday,
  WeeklyWindow,
  isIsoDate,
  isLocalDateTime,
  isLocalTime,
  isTimeZoneName,
  minutesOfDay,
  periodLabels,
  weekdayLabels,
} from "./primitives/calendar.js";
export { MONTH_NAMES, shortName, WEEKDAY_NAMES, weekdayWord } from "./primitives/calendar-words.js";

export { nearProvinces } from "./region/near-provinces.js";
export { nearestName } from "./workspace/nearest-name.js";
export { expectKnownOptions } from "./workspace/known-options.js";
export { damerauDistance, typoLimit } from "./primitives/edit-distance.js";
export { IndonesianTimeZone, PROVINCES, findProvince, indonesianZoneOf, inferTimeZone, indonesianTimeZoneLabels, provinceKey, type Province } from "./region/provinces.js";

export { Closure, Library, LibraryTier, RegionPath, SchoolLevel, hasSchoolLevel, libraryTierLabels, schoolLevelLabels } from "./library/library.js";
export { Contact, Partner, PartnerKind, partnerKindLabels } from "./partner/partner.js";

export { DEFAULT_STAGE_MODEL, Stage, StageModel, StageTransition } from "./tpbis/stage-model.js";
export { checkStageTransition, compareStages, findStage, stageLabels, stageRank } from "./tpbis/transitions.js";

export {
  Budget,
  BudgetCategory,
  CollectionPackage,
  Equipment,
  HoursCap,
  Resource,
  ResourceKind,
  Room,
  Staff,
  Vehicle,
  Volunteer,
  budgetCategoryLabels,
  isExclusiveKind,
  resourceKindLabels,
} from "./resource/resource.js";

export { ComparisonOperator, Condition } from "./condition/expression.js";
export { FACTS, FUNCTIONS, findFact, findFunction, type FactDefinition, type FactType, type FunctionDefinition } from "./condition/facts.js";
export { evaluateCondition, type ConditionContext, type FactValue } from "./condition/evaluate.js";
export { isSafePattern } from "./condition/safe-pattern.js";
export { compileLinearPattern, type LinearPattern, type LinearPatternResult } from "./condition/regex/linear-pattern.js";

export { AudienceGroup, ProgramCategory, audienceGroupLabels, programCategoryLabels } from "./program/category.js";
export { FlexibleSchedule, OnceSchedule, RangeSchedule, RecurringSchedule, Schedule } from "./program/schedule.js";
export { Audience, Cost, Need, Precedence, Program, StageGate } from "./program/program.js";

export { Agreement, Obligation, Party } from "./agreement/agreement.js";
export { Rule, RuleEffect } from "./rule/rule.js";

export {
  KpiDefinition,
  KpiIndicator,
  KpiMetric,
  indicatorPoints,
  kpiMetricLabels,
  PROJECTED_KPI_METRICS,
  scoreKpi,
  scoreOfPoints,
  type IndicatorScore,
  type KpiScore,
} from "./kpi/kpi.js";
export { IplmBand, IplmInput, computeIplm, iplmBand, iplmBandLabels, type IplmResult } from "./kpi/iplm.js";

export { WORKSPACE_VERSION, Workspace, type DeepReadonly, type WorkspaceInput } from "./workspace/workspace.js";
export { libraryTimeZone } from "./workspace/time-zone.js";
export { checkReferences } from "./workspace/references.js";
export { checkRecurrenceRules } from "./workspace/recurrence-rules.js";
export { unknownKeyIssues } from "./workspace/unknown-keys.js";
export { isNormalForm } from "./workspace/normal-form.js";
export { boundedFields, fieldBounds, fieldSchema, hasBounds, type BoundedField, type FieldBounds, type NumberBounds, type TextBounds } from "./workspace/field-bounds.js";
export { validateWorkspace } from "./workspace/validate.js";
export { workspaceJsonSchema } from "./workspace/json-schema.js";

export { Decree, DecreedHoliday, DecreedYear, HolidayKind, HolidayName, JointDecree, PresidentialDecree, holidayKindLabels } from "./holidays/schema.js";
export { DECREED_YEARS, FIRST_DECREED_YEAR, LAST_DECREED_YEAR, citeDecree, decreedHolidays, decreedYear } from "./holidays/decreed.js";
export { estimatedEaster, estimatedHolidayName } from "./holidays/names.js";
export {
  MAX_HOLIDAY_YEARS,
  holidaysBetween,
  type DatedHoliday,
  type EstimatedHoliday,
  type HolidayEstimator,
  type HolidayYearSource,
  type HolidaysBetween,
} from "./holidays/between.js";
export {
  FREQUENCIES,
  WEEKDAY_CODES,
  civilDate,
  dayNumber,
  daysInMonth,
  expandRecurrence,
  floatingAt,
  floatingDateTime,
  formatOffset,
  isLeapYear,
  parseFloating,
  parseRecurrenceRule,
  walkRule,
  writtenLocal,
  weekdayOf,
  evenStepSeconds,
  firstOverlap,
  firstSessionOverlap,
  leastSpacingSeconds,
  overlapVerdict,
  type OverlapVerdict,
  type SessionOverlap,
  zoneClock,
  zoneClocks,
  type CivilDate,
  type Frequency,
  type RecurrenceInput,
  type RecurrenceResult,
  type RecurrenceRule,
  type RecurrenceStart,
  type ResolvedLocalTime,
  type RuleParse,
  type RuleProblem,
  type RuleUntil,
  type RuleVisitor,
  type RuleWeekday,
  type WalkEnd,
  type ZoneClock,
} from "./recurrence/index.js";

export * from "./diagnostics/index.js";
