import type { DeclarationKind } from "../../syntax/ast.js";

/** Value node kinds that are schedules. */
export const SCHEDULE_KINDS = ["EverySchedule", "OnceSchedule", "RangeSchedule", "RRuleSchedule", "FlexibleSchedule"] as const;
/** Value node kinds that are agreement obligations. */
export const OBLIGATION_KINDS = ["Provides", "Hosts", "Sessions", "BudgetShare"] as const;

/** What a property key accepts: the value node kinds, and whether it may repeat. */
interface KeyShape {
  readonly values: readonly string[];
  readonly repeats?: boolean;
  /** How to describe the expected value in LON3009. */
  readonly expected: string;
}

const text: KeyShape = { values: ["String"], expected: "a string in quotes" };
const word: KeyShape = { values: ["Reference", "String"], expected: "a name" };
const names: KeyShape = { values: ["List", "Reference", "String"], expected: "a list of names" };
const count: KeyShape = { values: ["Number"], expected: "a whole number" };
const windows: KeyShape = { values: ["Windows"], repeats: true, expected: "days and hours such as mon..fri 08:00-16:00" };

/** Every property key the checker knows, with the values it takes. */
export const KEY_SHAPES: Readonly<Record<string, KeyShape>> = {
  name: text,
  title: text,
  description: text,
  timezone: text,
  tier: word,
  kind: word,
  category: word,
  stage: word,
  level: word,
  school_level: word,
  library: word,
  region: { values: ["RegionPath", "String"], expected: "a region such as \"Sumatera Barat\" / \"Kota Solok\"" },
  open: { values: ["Windows", "OpenOnCollectiveLeave"], repeats: true, expected: "days and hours such as mon..fri 08:00-16:00, or `on collective leave`" },
  available: windows,
  closed: { values: ["Closed"], repeats: true, expected: "`on public holidays` or a date range" },
  capacity: { values: ["Capacity", "Number"], expected: "a capacity such as 60 or 600 books" },
  features: names,
  skills: names,
  role: names,
  roles: names,
  sites: names,
  partners: names,
  appliesTo: names,
  libraries: names,
  packages: count,
  copies: count,
  quantity: count,
  participants: count,
  amount: { values: ["Money"], expected: "an amount such as Rp 150.000.000" },
  period: { values: ["Number", "DateRange"], expected: "a year or a date range" },
  cap: { values: ["BudgetCap"], expected: "an amount per period" },
  max: { values: ["HoursCap"], expected: "hours per period, such as 30 hours per week" },
  requires: { values: ["Reference"], expected: "a TPBIS stage" },
  audience: { values: ["Audience", "Reference", "List"], repeats: true, expected: "an audience group" },
  schedule: { values: SCHEDULE_KINDS, repeats: true, expected: "a schedule" },
  route: { values: ["Route"], expected: "a list of sites" },
  needs: { values: ["Needs"], repeats: true, expected: "needs such as room aula, 2 staff" },
  costs: { values: ["Cost"], repeats: true, expected: "a cost such as Rp 50.000 per session" },
  before: { values: ["Precedence"], repeats: true, expected: "a program" },
  after: { values: ["Precedence"], repeats: true, expected: "a program" },
  precedence: { values: ["Precedence"], repeats: true, expected: "a program" },
  when: { values: ["Expr"], expected: "a condition" },
  scope: { values: ["Expr"], expected: "a condition" },
  then: { values: ["Effect"], expected: "forbid, require or warn with a message" },
  between: { values: ["Between"], expected: "a library and a partner" },
  valid: { values: ["DateRange"], expected: "a date range" },
  indicator: { values: ["Indicator"], repeats: true, expected: "an indicator" },
};

const RESOURCE = ["name", "description"];
const PEOPLE = [...RESOURCE, "role", "roles", "skills", "available", "max"];

/** The keys each declaration kind accepts. Obligations in agreements are recognised by value, whatever their key. */
export const ACCEPTED_KEYS: Readonly<Record<DeclarationKind, readonly string[]>> = {
  library: ["name", "description", "tier", "region", "timezone", "stage", "open", "closed", "level", "school_level"],
  partner: ["name", "description", "kind", "region"],
  room: [...RESOURCE, "capacity", "features"],
  vehicle: [...RESOURCE, "capacity"],
  staff: PEOPLE,
  volunteer: PEOPLE,
  collection: [...RESOURCE, "packages", "copies"],
  equipment: [...RESOURCE, "quantity", "features"],
  budget: [...RESOURCE, "amount", "period", "category", "cap"],
  program: ["title", "name", "description", "library", "category", "audience", "schedule", "sites", "route", "needs", "costs", "partners", "participants", "before", "after", "precedence", "when", "requires"],
  agreement: ["title", "name", "description", "kind", "between", "valid", "when"],
  rule: ["description", "when", "then", "scope"],
  kpi: ["name", "description", "indicator", "appliesTo", "libraries"],
};

/** What each declaration kind must have; a missing key is LON3007 (LON5001 for an agreement's parties). */
export const REQUIRED_KEYS: Readonly<Record<DeclarationKind, readonly string[]>> = {
  library: ["tier", "region"],
  partner: ["kind"],
  room: ["capacity"],
  vehicle: ["capacity"],
  staff: [],
  volunteer: [],
  collection: ["packages", "copies"],
  equipment: [],
  budget: ["amount", "period"],
  program: ["category", "schedule"],
  agreement: ["valid"],
  rule: ["when", "then"],
  kpi: ["indicator"],
};
