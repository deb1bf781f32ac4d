import fc from "fast-check";
import { PartnerKind, type Partner } from "@lontar/core";
import { regionPathArb } from "./library.js";
import { identifierArb, sourceSpanArb, textArb } from "./primitives.js";

/** Partners of every kind, with or without region and contact. */
export const partnerArb = (): fc.Arbitrary<Partner> =>
  fc.record(
    {
      id: identifierArb(),
      name: textArb(),
      kind: fc.constantFrom(...PartnerKind.options),
      region: regionPathArb(),
      contact: fc.record(
        { person: textArb(), phone: fc.stringMatching(/^\+62[0-9]{8,11}$/), email: fc.emailAddress(), address: textArb() },
        { noNullPrototype: true, requiredKeys: [] },
      ),
      source: sourceSpanArb(),
    },
    { noNullPrototype: true, requiredKeys: ["id", "name", "kind"] },
  );
