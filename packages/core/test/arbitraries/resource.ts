import fc from "fast-check";
import { BudgetCategory, Period, type Resource, type ResourceKind } from "@lontar/core";
import { dateRangeArb, identifierArb, rupiahArb, sourceSpanArb, textArb, weeklyWindowArb } from "./primitives.js";

const baseKeys = {
  id: identifierArb(),
  name: textArb(),
  library: identifierArb(),
  source: sourceSpanArb(),
};
const people = {
  roles: fc.array(identifierArb(), { maxLength: 3 }),
  skills: fc.array(identifierArb(), { maxLength: 3 }),
  availability: fc.array(weeklyWindowArb(), { maxLength: 2 }),
  maxHoursPerWeek: fc.integer({ min: 1, max: 168 }),
  maxHours: fc.array(fc.record({ hours: fc.integer({ min: 1, max: 8784 }), per: fc.constantFrom(...Period.options) }, { noNullPrototype: true }), { minLength: 1, maxLength: 2 }),
};
const features = fc.array(identifierArb(), { maxLength: 3 });
const positive = (max: number): fc.Arbitrary<number> => fc.integer({ min: 1, max });

/** Arbitraries of each resource kind, as parsed (defaults filled in). */
export const resourceArbs: { readonly [K in ResourceKind]: () => fc.Arbitrary<Extract<Resource, { kind: K }>> } = {
  room: () =>
    fc.record({ kind: fc.constant("room" as const), ...baseKeys, capacity: positive(500), features }, { noNullPrototype: true, requiredKeys: ["kind", "id", "capacity", "features"] }),
  vehicle: () => fc.record({ kind: fc.constant("vehicle" as const), ...baseKeys, capacityBooks: positive(5000) }, { noNullPrototype: true, requiredKeys: ["kind", "id", "capacityBooks"] }),
  staff: () =>
    fc.record({ kind: fc.constant("staff" as const), ...baseKeys, ...people }, { noNullPrototype: true, requiredKeys: ["kind", "id", "roles", "skills", "availability"] }),
  volunteer: () =>
    fc.record({ kind: fc.constant("volunteer" as const), ...baseKeys, ...people }, { noNullPrototype: true, requiredKeys: ["kind", "id", "roles", "skills", "availability"] }),
  collection: () =>
    fc.record(
      { kind: fc.constant("collection" as const), ...baseKeys, packages: positive(100), copiesPerPackage: positive(100) },
      { noNullPrototype: true, requiredKeys: ["kind", "id", "packages", "copiesPerPackage"] },
    ),
  equipment: () =>
    fc.record({ kind: fc.constant("equipment" as const), ...baseKeys, quantity: positive(50), features }, { noNullPrototype: true, requiredKeys: ["kind", "id", "quantity", "features"] }),
  budget: () =>
    fc.record(
      {
        kind: fc.constant("budget" as const),
        ...baseKeys,
        amount: rupiahArb(),
        period: dateRangeArb(),
        category: fc.constantFrom(...BudgetCategory.options),
        cap: fc.record({ amount: rupiahArb(), per: fc.constantFrom(...Period.options) }, { noNullPrototype: true }),
      },
      { noNullPrototype: true, requiredKeys: ["kind", "id", "amount", "period", "category"] },
    ),
};

/** Any resource. */
export const resourceArb = (): fc.Arbitrary<Resource> => fc.oneof(...Object.values(resourceArbs).map((arb) => arb() as fc.Arbitrary<Resource>));
