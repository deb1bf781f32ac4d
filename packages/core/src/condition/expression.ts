import { z } from "zod";

/** A comparison operator of a condition. */
export const ComparisonOperator = z.enum(["==", "!=", "<", "<=", ">", ">="]).describe("A comparison operator.");
/** See {@link ComparisonOperator}. */
export type ComparisonOperator = z.infer<typeof ComparisonOperator>;

/**
 * A condition, as written in VS Code's when-clause syntax and compiled to a tree:
 * literals, facts (`program.category`), `!`, `&&`, `||`, comparisons, `=~ /re/`,
 * `in` / `not in`, lists and calls (`overlaps(11:30, 13:00)`).
 */
export type Condition =
  | { readonly kind: "literal"; readonly value: string | number | boolean }
  | { readonly kind: "fact"; readonly name: string }
  | { readonly kind: "not"; readonly operand: Condition }
  | { readonly kind: "and" | "or"; readonly left: Condition; readonly right: Condition }
  | { readonly kind: "compare"; readonly op: ComparisonOperator; readonly left: Condition; readonly right: Condition }
  | { readonly kind: "match"; readonly subject: Condition; readonly pattern: string; readonly flags: string }
  | { readonly kind: "in"; readonly subject: Condition; readonly collection: Condition; readonly negated: boolean }
  | { readonly kind: "list"; readonly items: readonly Condition[] }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly Condition[] };

/** The zod schema of a {@link Condition} tree. */
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("literal"), value: z.union([z.string(), z.number(), z.boolean()]) }),
    z.object({ kind: z.literal("fact"), name: z.string().min(1) }),
    z.object({ kind: z.literal("not"), operand: Condition }),
    z.object({ kind: z.enum(["and", "or"]), left: Condition, right: Condition }),
    z.object({ kind: z.literal("compare"), op: ComparisonOperator, left: Condition, right: Condition }),
    z.object({ kind: z.literal("match"), subject: Condition, pattern: z.string(), flags: z.string().regex(/^[imsu]*$/) }),
    z.object({ kind: z.literal("in"), subject: Condition, collection: Condition, negated: z.boolean() }),
    z.object({ kind: z.literal("list"), items: z.array(Condition) }),
    z.object({ kind: z.literal("call"), name: z.string().min(1), args: z.array(Condition) }),
  ]),
).describe("A condition tree (when-clause syntax).");
