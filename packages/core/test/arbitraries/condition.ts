import fc from "fast-check";
import { ComparisonOperator, FACTS, type Condition } from "@lontar/core";
import { jsonNumberArb } from "./primitives.js";

/** Leaves of a condition: literals and facts (known names, Bahasa Indonesia names, unknown ones). */
export const conditionLeafArb = (): fc.Arbitrary<Condition> =>
  fc.oneof(
    fc.record({ kind: fc.constant("literal" as const), value: fc.oneof(fc.string({ maxLength: 10 }), jsonNumberArb(), fc.boolean()) }, { noNullPrototype: true }),
    fc.record({ kind: fc.constant("fact" as const), name: fc.oneof(fc.constantFrom(...FACTS.map((f) => f.name), ...FACTS.map((f) => f.nameId)), fc.string({ minLength: 1, maxLength: 12 })) }, { noNullPrototype: true }),
  );

/** Condition trees of every node kind, nested up to `maxDepth` levels. */
export const conditionArb = (maxDepth = 4): fc.Arbitrary<Condition> =>
  fc.letrec<{ condition: Condition }>((tie) => {
    const sub = tie("condition");
    return {
      condition: fc.oneof(
        { maxDepth, depthIdentifier: "condition" },
        conditionLeafArb(),
        fc.record({ kind: fc.constant("not" as const), operand: sub }, { noNullPrototype: true }),
        fc.record({ kind: fc.constantFrom("and" as const, "or" as const), left: sub, right: sub }, { noNullPrototype: true }),
        fc.record({ kind: fc.constant("compare" as const), op: fc.constantFrom(...ComparisonOperator.options), left: sub, right: sub }, { noNullPrototype: true }),
        fc.record({ kind: fc.constant("match" as const), subject: sub, pattern: fc.string({ maxLength: 8 }), flags: fc.constantFrom("", "i", "iu", "ms") }, { noNullPrototype: true }),
        fc.record({ kind: fc.constant("in" as const), subject: sub, collection: sub, negated: fc.boolean() }, { noNullPrototype: true }),
        fc.record({ kind: fc.constant("list" as const), items: fc.array(sub, { maxLength: 3 }) }, { noNullPrototype: true }),
        fc.record({ kind: fc.constantFrom("call" as const), name: fc.constantFrom("overlaps", "tumpang", "unknown_fn"), args: fc.array(sub, { maxLength: 2 }) }, { noNullPrototype: true }),
      ),
    };
  }).condition;
