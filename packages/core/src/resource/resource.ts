import { z } from "zod";
import { DateRange, Period, WeeklyWindow } from "../primitives/calendar.js";
import { Identifier } from "../primitives/identifier.js";
import { labelledEnum } from "../primitives/labels.js";
import { Rupiah } from "../primitives/money.js";
import { SourceSpan } from "../primitives/source-span.js";

/** Labels of resource kinds. */
export const resourceKindLabels = {
  room: { id: "Ruang", en: "Room" },
  vehicle: { id: "Kendaraan", en: "Vehicle" },
  staff: { id: "Staf", en: "Staff" },
  volunteer: { id: "Relawan", en: "Volunteer" },
  collection: { id: "Paket koleksi", en: "Collection package" },
  equipment: { id: "Peralatan", en: "Equipment" },
  budget: { id: "Anggaran", en: "Budget" },
} as const;
/** The kind of a resource. */
export const ResourceKind = labelledEnum(resourceKindLabels, "The kind of a resource.");
/** See {@link ResourceKind}. */
export type ResourceKind = z.infer<typeof ResourceKind>;

/** Labels of budget categories. */
export const budgetCategoryLabels = {
  operations: { id: "Operasional", en: "Operations" },
  collection: { id: "Pengembangan koleksi", en: "Collection" },
  infrastructure: { id: "Sarana dan prasarana", en: "Infrastructure" },
  programs: { id: "Kegiatan", en: "Programs" },
} as const;
/** What a budget is for. */
export const BudgetCategory = labelledEnum(budgetCategoryLabels, "A budget category.");
/** See {@link BudgetCategory}. */
export type BudgetCategory = z.infer<typeof BudgetCategory>;

const base = {
  id: Identifier,
  name: z.string().min(1).optional(),
  library: Identifier.optional().describe("The library the resource belongs to."),
  source: SourceSpan.optional(),
};

/**
 * At most `hours` of work in each calendar `per` (weeks from Monday, semesters January–June
 * and July–December), counted in the zone of the person's library: `{ hours: 20, per:
 * "month" }` lets five 4-hour sessions into one month, however they fall in its weeks. At
 * most 8,784 hours (a leap year's).
 */
export const HoursCap = z.object({ hours: z.number().positive().max(8784), per: Period });
/** See {@link HoursCap}. */
export type HoursCap = z.infer<typeof HoursCap>;

const people = {
  roles: z.array(Identifier).default([]),
  skills: z.array(Identifier).default([]),
  availability: z.array(WeeklyWindow).default([]).describe("When the person can work; empty means any time."),
  maxHoursPerWeek: z.number().positive().max(168).optional().describe("At most this many hours of work in each week (Monday to Sunday)."),
  maxHours: z.array(HoursCap).optional().describe("Caps on hours of work per period of a kind (a day, a month…), each holding on its own; with `maxHoursPerWeek`, every cap holds."),
};

/** A room: an exclusive place with a capacity in people and features. */
export const Room = z.object({ kind: z.literal("room"), ...base, capacity: z.number().int().positive(), features: z.array(Identifier).default([]) });
/** A vehicle, e.g. a mobile library: exclusive, carrying up to `capacityBooks` books. */
export const Vehicle = z.object({ kind: z.literal("vehicle"), ...base, capacityBooks: z.number().int().positive() });
/** A staff member: exclusive in time, with roles, skills, availability and an hours cap. */
export const Staff = z.object({ kind: z.literal("staff"), ...base, ...people });
/** A volunteer: as staff, unpaid. */
export const Volunteer = z.object({ kind: z.literal("volunteer"), ...base, ...people });
/** Collection packages lent out: `packages` can be in use at once, each of `copiesPerPackage` books. */
export const CollectionPackage = z.object({
  kind: z.literal("collection"),
  ...base,
  packages: z.number().int().positive(),
  copiesPerPackage: z.number().int().positive(),
});
/** Equipment (projectors, laptops…): `quantity` units can be in use at once. */
export const Equipment = z.object({ kind: z.literal("equipment"), ...base, quantity: z.number().int().positive(), features: z.array(Identifier).default([]) });
/** A budget in rupiah for a period, optionally capped per sub-period (e.g. per month). */
export const Budget = z.object({
  kind: z.literal("budget"),
  ...base,
  amount: Rupiah,
  period: DateRange,
  category: BudgetCategory.default("programs"),
  cap: z.object({ amount: Rupiah, per: Period }).optional(),
});

/** Any resource, told apart by `kind`. */
export const Resource = z.discriminatedUnion("kind", [Room, Vehicle, Staff, Volunteer, CollectionPackage, Equipment, Budget]).describe("A resource.");
/** See {@link Resource}. */
export type Resource = z.infer<typeof Resource>;
/** See {@link Room}. */
export type Room = z.infer<typeof Room>;
/** See {@link Vehicle}. */
export type Vehicle = z.infer<typeof Vehicle>;
/** See {@link Staff}. */
export type Staff = z.infer<typeof Staff>;
/** See {@link Volunteer}. */
export type Volunteer = z.infer<typeof Volunteer>;
/** See {@link CollectionPackage}. */
export type CollectionPackage = z.infer<typeof CollectionPackage>;
/** See {@link Equipment}. */
export type Equipment = z.infer<typeof Equipment>;
/** See {@link Budget}. */
export type Budget = z.infer<typeof Budget>;

/** True for the kinds that one occurrence holds alone while it runs (rooms, vehicles, people). */
export function isExclusiveKind(kind: ResourceKind): boolean {
  return kind === "room" || kind === "vehicle" || kind === "staff" || kind === "volunteer";
}
