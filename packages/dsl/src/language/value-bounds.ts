/**
 * The bounds of what a planner writes: each place in a property's value where a number or a
 * text goes that core's model bounds (`capacity 0`, `title ""`, `max 200 hours per week`),
 * with the core field it sets. The bounds themselves are read from core's schemas
 * (`fieldBounds`), so a bound is stated once, in core; the checker reports a value outside
 * them at the value, naming the keyword written (checker/value-bounds.ts). A test walks core's
 * schemas and fails on a bounded field that no entry here covers.
 */
import * as core from "@lontar/core";
import type { FieldBounds, Labels } from "@lontar/core";
import type { Range } from "../diagnostics/diagnostic.js";
import type { DeclarationKind, KeywordLanguage, PropertyValue } from "../syntax/ast.js";

/** A core schema, as core's field readers take it. */
export type CoreSchema = Parameters<typeof core.fieldSchema>[0];

/** The core schema each declaration kind compiles to (its element of the workspace). */
export const DECLARATION_SCHEMAS: Readonly<Record<DeclarationKind, CoreSchema>> = {
  library: core.Library,
  partner: core.Partner,
  room: core.Room,
  vehicle: core.Vehicle,
  staff: core.Staff,
  volunteer: core.Volunteer,
  collection: core.CollectionPackage,
  equipment: core.Equipment,
  budget: core.Budget,
  program: core.Program,
  agreement: core.Agreement,
  rule: core.Rule,
  kpi: core.KpiDefinition,
};

/**
 * For a number written per period (`20 hours per month`): how many of the written unit make
 * one of the core field's (the core bound is multiplied by it) and the unit's words.
 */
export interface WrittenUnit {
  /** Written units per core unit (weeks in the period, for hours per week). */
  readonly factor: number;
  /** The unit's words after a number: ` hours per month` / ` jam per bulan`. */
  readonly unit: Labels;
}

/** Receives each number or text written at a place: the value (for a number, in the written unit), where it is, and its unit. */
export type VisitWritten = (value: number | string, range: Range, per?: WrittenUnit) => void;

/** The words naming a part inside a value, by the keyword spelt in the value's language. */
export type PartName = (keyword: string, lang: KeywordLanguage) => Labels;

/** One place in a property's value where core bounds what is written. */
export interface BoundedPlace {
  /** The property key (`capacity`, `needs`; an obligation's `provides`, `pays`, `sessions`). */
  readonly key: string;
  /** The declaration kinds it applies in; absent: every kind whose table entry has the key. */
  readonly kinds?: readonly DeclarationKind[];
  /**
   * The core fields it sets, each a path below the declaration's element (`*` for a list's
   * items); absent: the property's own core field (the table's `fields`, one). The first
   * path's bounds are the ones checked; the others are fields with the same bounds.
   */
  readonly fields?: readonly (readonly string[])[];
  /** The path below the property's own field (`["*", "quantity"]` for a need's quantity). */
  readonly below?: readonly string[];
  /** How the part is named, when it is not the property's keyword alone. */
  readonly part?: PartName;
  /** Gives `visit` each value written at this place. */
  readonly read: (value: PropertyValue, visit: VisitWritten) => void;
  /**
   * The checks another message already makes, with where: these bounds are left to it.
   * `lower`: the least value (zero) is reported by the schedule checks.
   */
  readonly elsewhere?: { readonly side: "lower"; readonly by: string };
  /** Bounds the field's form sets rather than its schema's checks, with the reason (a budget's year). */
  readonly bounds?: { readonly bounds: FieldBounds; readonly reason: string };
}

/** `` `keyword` `` in the value of `` `property` ``, in each language. */
const inProperty = (en: string, id: string): PartName => (keyword) => ({ en: `${en} \`${keyword}\``, id: `${id} \`${keyword}\`` });

/** A number or string node (present or not), given to `visit` as written. */
function written(node: { readonly value: number | string; readonly range: Range } | undefined, visit: VisitWritten): void {
  if (node !== undefined) visit(node.value, node.range);
}

/** Weeks in one of each period, as core counts hours per week (a month is 52/12 weeks). */
export const WEEKS_PER_PERIOD: Readonly<Record<core.Period, number>> = { day: 1 / 7, week: 1, month: 52 / 12, quarter: 13, semester: 26, year: 52 };

/** Hours per period as core keeps them, hours per week: rounded to hundredths. */
export function hoursPerWeek(hours: number, per: core.Period): number {
  return Math.round((hours / WEEKS_PER_PERIOD[per]) * 100) / 100;
}

/** Hours written per each period, against core's hours per week. */
const HOURS_PER: Readonly<Record<core.Period, WrittenUnit>> = Object.fromEntries(
  (Object.keys(core.periodLabels) as core.Period[]).map((p) => [p, { factor: WEEKS_PER_PERIOD[p], unit: { en: ` hours per ${core.periodLabels[p].en}`, id: ` jam per ${core.periodLabels[p].id}` } }]),
) as Record<core.Period, WrittenUnit>;

/** Minutes, core's unit of a duration. */
const MINUTES: WrittenUnit = { factor: 1, unit: { en: " minutes", id: " menit" } };

/** A year as a budget's period: its dates are written `YYYY-01-01` and `YYYY-12-31`, so the year has four digits. */
const YEAR: FieldBounds = { type: "number", integer: true, min: 1000, minInclusive: true, max: 9999, maxInclusive: true };

/** The parts of a region in order, as core's `RegionPath` lists them, and how a message names them. */
export const REGION_PARTS: { readonly fields: readonly string[]; readonly names: Labels } = {
  fields: Object.keys(core.RegionPath.shape),
  names: { en: "province / regency or city / district / village", id: "provinsi / kabupaten atau kota / kecamatan / desa" },
};

/** Every bounded place of the language. */
export const BOUNDED_PLACES: readonly BoundedPlace[] = [
  // Texts that name or describe: an empty one names nothing.
  { key: "name", read: (v, visit) => (v.kind === "String" ? written(v, visit) : undefined) },
  { key: "title", read: (v, visit) => (v.kind === "String" ? written(v, visit) : undefined) },
  {
    key: "region",
    fields: [["region", "province"], ["region", "regency"], ["region", "district"], ["region", "village"]],
    part: inProperty("each part of", "tiap bagian"),
    read: (v, visit) => {
      if (v.kind === "String") written(v, visit);
      else if (v.kind === "RegionPath") for (const part of v.parts) written(part, visit);
    },
  },
  { key: "closed", below: ["*", "reason"], part: inProperty("the reason in", "alasan dalam"), read: (v, visit) => (v.kind === "Closed" ? written(v.reason, visit) : undefined) },
  { key: "then", fields: [["message"]], part: inProperty("the message in", "pesan dalam"), read: (v, visit) => (v.kind === "Effect" ? written(v.message, visit) : undefined) },
  // Counts of people, books, packages, units.
  { key: "capacity", read: (v, visit) => (v.kind === "Capacity" ? written(v.amount, visit) : v.kind === "Number" ? written(v, visit) : undefined) },
  { key: "packages", read: (v, visit) => (v.kind === "Number" ? written(v, visit) : undefined) },
  { key: "copies", read: (v, visit) => (v.kind === "Number" ? written(v, visit) : undefined) },
  { key: "quantity", read: (v, visit) => (v.kind === "Number" ? written(v, visit) : undefined) },
  { key: "participants", read: (v, visit) => (v.kind === "Number" ? written(v, visit) : undefined) },
  {
    key: "max",
    read: (v, visit) => {
      if (v.kind === "HoursCap") visit(v.hours.value, v.hours.range, HOURS_PER[v.per]);
    },
  },
  // Money.
  { key: "amount", read: (v, visit) => (v.kind === "Money" ? visit(v.rupiah, v.range) : undefined) },
  { key: "cap", below: ["amount"], read: (v, visit) => (v.kind === "BudgetCap" ? visit(v.amount.rupiah, v.amount.range) : undefined) },
  {
    key: "period",
    bounds: { bounds: YEAR, reason: "a year's dates are written YYYY-MM-DD, so the year has four digits" },
    read: (v, visit) => (v.kind === "Number" ? written(v, visit) : undefined),
  },
  { key: "costs", below: ["*", "amount"], part: inProperty("the amount in", "jumlah dalam"), read: (v, visit) => (v.kind === "Cost" ? visit(v.amount.rupiah, v.amount.range) : undefined) },
  // A program's needs, order and schedules.
  {
    key: "needs",
    below: ["*", "quantity"],
    part: inProperty("the quantity in", "jumlah dalam"),
    read: (v, visit) => {
      if (v.kind === "Needs") for (const need of v.needs) written(need.quantity, visit);
    },
  },
  {
    key: "needs",
    below: ["*", "minCapacity"],
    part: inProperty("the capacity in", "kapasitas dalam"),
    read: (v, visit) => {
      if (v.kind === "Needs") for (const need of v.needs) written(need.minCapacity, visit);
    },
  },
  { key: "before", below: ["*", "gapDays"], part: inProperty("the number of days in", "jumlah hari dalam"), read: (v, visit) => (v.kind === "Precedence" ? written(v.gap, visit) : undefined) },
  { key: "after", below: ["*", "gapDays"], part: inProperty("the number of days in", "jumlah hari dalam"), read: (v, visit) => (v.kind === "Precedence" ? written(v.gap, visit) : undefined) },
  {
    key: "schedule",
    below: ["*", "durationMinutes"],
    part: inProperty("the duration in", "durasi dalam"),
    elsewhere: { side: "lower", by: "a duration of zero is LON3009 (schedules.ts), with the schedule checks" },
    read: (v, visit) => {
      if ("duration" in v && v.duration !== undefined) visit(v.duration.minutes, v.duration.range, MINUTES);
    },
  },
  {
    key: "schedule",
    below: ["*", "count"],
    part: inProperty("the number of sessions in", "jumlah sesi dalam"),
    elsewhere: { side: "lower", by: "no session at all is LON3009 (schedules.ts), with the schedule checks" },
    read: (v, visit) => (v.kind === "FlexibleSchedule" ? written(v.count, visit) : undefined),
  },
  // KPI indicators.
  { key: "indicator", below: ["*", "weight"], part: inProperty("the weight in", "bobot dalam"), read: (v, visit) => (v.kind === "Indicator" ? written(v.weight, visit) : undefined) },
  { key: "indicator", below: ["*", "target"], part: inProperty("the target in", "target dalam"), read: (v, visit) => (v.kind === "Indicator" ? written(v.target, visit) : undefined) },
  // Agreement obligations (lines of their own, not table properties).
  {
    key: "provides",
    kinds: ["agreement"],
    fields: [["obligations", "*", "quantity"]],
    part: inProperty("the quantity in", "jumlah dalam"),
    read: (v, visit) => (v.kind === "Provides" ? written(v.quantity, visit) : undefined),
  },
  {
    key: "sessions",
    kinds: ["agreement"],
    fields: [["obligations", "*", "min"]],
    part: inProperty("the number of sessions in", "jumlah sesi dalam"),
    read: (v, visit) => (v.kind === "Sessions" && v.bound === "at_least" ? written(v.count, visit) : undefined),
  },
  {
    key: "sessions",
    kinds: ["agreement"],
    fields: [["obligations", "*", "max"]],
    part: inProperty("the number of sessions in", "jumlah sesi dalam"),
    read: (v, visit) => (v.kind === "Sessions" && v.bound === "at_most" ? written(v.count, visit) : undefined),
  },
  {
    key: "pays",
    kinds: ["agreement"],
    fields: [["obligations", "*", "amount"]],
    part: inProperty("the amount in", "jumlah dalam"),
    read: (v, visit) => (v.kind === "BudgetShare" ? visit(v.amount.rupiah, v.amount.range) : undefined),
  },
];
