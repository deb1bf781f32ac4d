import fc from "fast-check";
import { RuleEffect, type Rule } from "@lontar/core";
import { conditionArb } from "./condition.js";
import { identifierArb, sourceSpanArb } from "./primitives.js";

/** Rules with nested condition trees in `when` and `scope`. */
export const ruleArb = (): fc.Arbitrary<Rule> =>
  fc.record(
    { id: identifierArb(), when: conditionArb(5), scope: conditionArb(3), effect: fc.constantFrom(...RuleEffect.options), message: fc.string({ minLength: 1, maxLength: 30 }), source: sourceSpanArb() },
    { noNullPrototype: true, requiredKeys: ["id", "when", "effect", "message"] },
  );
