import fc from "fast-check";
import { Party, Period, type Agreement, type Obligation } from "@lontar/core";
import { conditionArb } from "./condition.js";
import { dateRangeArb, identifierArb, rupiahArb, sourceSpanArb, textArb } from "./primitives.js";

const party = (): fc.Arbitrary<Party> => fc.constantFrom(...Party.options);
const period = (): fc.Arbitrary<Period> => fc.constantFrom(...Period.options);

/** Arbitraries of each obligation kind, as parsed; `sessions` always has min and/or max with min <= max. */
export const obligationArbs: { readonly [K in Obligation["kind"]]: () => fc.Arbitrary<Extract<Obligation, { kind: K }>> } = {
  provides: () =>
    fc.record(
      { kind: fc.constant("provides" as const), source: sourceSpanArb(), party: party(), resource: identifierArb(), quantity: fc.integer({ min: 1, max: 100 }), per: period(), to: textArb() },
      { noNullPrototype: true, requiredKeys: ["kind", "party", "resource", "quantity", "per"] },
    ),
  hosts: () => fc.record({ kind: fc.constant("hosts" as const), source: sourceSpanArb(), party: party(), program: identifierArb() }, { noNullPrototype: true, requiredKeys: ["kind", "party", "program"] }),
  sessions: () =>
    fc
      .record(
        { kind: fc.constant("sessions" as const), source: sourceSpanArb(), program: identifierArb(), min: fc.integer({ min: 1, max: 20 }), max: fc.nat(20), per: period() },
        { noNullPrototype: true, requiredKeys: ["kind", "program", "per"] },
      )
      .filter((o) => o.min !== undefined || o.max !== undefined)
      .map((o) => (o.min !== undefined && o.max !== undefined && o.min > o.max ? { ...o, max: o.min } : o)),
  budget_share: () =>
    fc.record(
      { kind: fc.constant("budget_share" as const), source: sourceSpanArb(), party: party(), amount: rupiahArb(), program: identifierArb(), budget: identifierArb() },
      { noNullPrototype: true, requiredKeys: ["kind", "party", "amount"] },
    ),
};

/** Any obligation. */
export const obligationArb = (): fc.Arbitrary<Obligation> => fc.oneof(...Object.values(obligationArbs).map((arb) => arb() as fc.Arbitrary<Obligation>));

/** Agreements as parsed; `obligation` fixes the obligation arbitrary (e.g. one kind only). */
export const agreementArb = (obligation: fc.Arbitrary<Obligation> = obligationArb()): fc.Arbitrary<Agreement> =>
  fc.record(
    {
      id: identifierArb(),
      title: textArb(),
      kind: fc.constantFrom("mou" as const, "pks" as const),
      library: identifierArb(),
      partner: identifierArb(),
      validity: dateRangeArb(),
      obligations: fc.array(obligation, { minLength: 1, maxLength: 3 }),
      conditions: fc.array(conditionArb(3), { maxLength: 2 }),
      source: sourceSpanArb(),
    },
    { noNullPrototype: true, requiredKeys: ["id", "kind", "library", "partner", "validity", "obligations", "conditions"] },
  );
