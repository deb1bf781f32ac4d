/**
 * The tests of a present value that need no call (see {@link InlineTest}): what the
 * normal-form check (`isNormalForm`) runs for most fields, in its closures and in the
 * code it generates.
 */
import type { z } from "zod";
import { type ZodCheck, zodInternals } from "./zod-definition.js";

/** A refinement's test (a check made by `.refine(…)`, as zod's custom check runs it): whether the value passes. */
export type Refinement = (value: unknown) => boolean;

/**
 * The test of a check made by `.refine(fn)` that always applies: zod calls `fn` with the
 * value and adds an issue when the result is falsy (a promise cannot be awaited in a
 * synchronous parse: not passing). Undefined for any other check.
 */
export function refinement(check: ZodCheck): Refinement | undefined {
  const def = check._zod.def;
  const fn = def.fn;
  if (def.check !== "custom" || def.type !== "custom" || def.when !== undefined || typeof fn !== "function") return undefined;
  return (value) => {
    const result = fn(value);
    return Boolean(result) && !(result instanceof Promise);
  };
}

/**
 * How a present value is tested without a call, for the schemas most fields are: a string,
 * a number or a boolean (with the checks core's schemas put on them: patterns, refinements,
 * bounds, safe integers), an enum or a literal. Any other schema is called.
 */
export interface InlineTest {
  readonly type: "string" | "number" | "boolean" | "enum";
  /** `enum` (an enum's or a literal's): its values. */
  readonly values?: ReadonlySet<unknown>;
  /** `string`: patterns it must match. */
  readonly patterns: readonly RegExp[];
  /** `string`: refinements it must pass, after the patterns (see {@link refinement}). */
  readonly refines: readonly Refinement[];
  /** `number`: a safe integer. */
  readonly integer: boolean;
  /** `number`: the bounds (inclusive or not). */
  readonly lower: number;
  readonly lowerInclusive: boolean;
  readonly upper: number;
  readonly upperInclusive: boolean;
}

/** The inline test of a present value of `schema` (an optional or defaulted one: its inner schema's), or undefined when it must be called. */
export function inlineTest(schema: z.ZodType): InlineTest | undefined {
  const zod = zodInternals(schema);
  const def = zod.def;
  if ((def.type === "optional" || def.type === "default") && def.innerType !== undefined) return inlineTest(def.innerType);
  if (def.coerce === true) return undefined;
  const test = { type: "string" as InlineTest["type"], patterns: [] as RegExp[], refines: [] as Refinement[], integer: false, lower: -Infinity, lowerInclusive: true, upper: Infinity, upperInclusive: true };
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.when !== undefined) return undefined;
    const refine = refinement(check);
    if (def.type === "string" && refine !== undefined) test.refines.push(refine);
    // Zod runs the checks in order: a pattern after a refinement is not tested inline.
    else if (def.type === "string" && test.refines.length > 0) return undefined;
    else if (def.type === "string" && c.check === "string_format" && c.format === "regex" && c.pattern !== undefined) test.patterns.push(c.pattern);
    else if (def.type === "number" && c.check === "number_format" && c.format === "safeint") test.integer = true;
    else if (def.type === "number" && c.check === "greater_than" && typeof c.value === "number" && test.lower === -Infinity) {
      test.lower = c.value;
      test.lowerInclusive = c.inclusive === true;
    } else if (def.type === "number" && c.check === "less_than" && typeof c.value === "number" && test.upper === Infinity) {
      test.upper = c.value;
      test.upperInclusive = c.inclusive === true;
    } else return undefined;
  }
  switch (def.type) {
    case "string":
    case "number":
    case "boolean":
      return { ...test, type: def.type };
    case "enum":
      return zod.values === undefined || (def.checks ?? []).length > 0 ? undefined : { ...test, type: "enum", values: zod.values };
    case "literal":
      return (def.checks ?? []).length > 0 ? undefined : { ...test, type: "enum", values: new Set(def.values ?? []) };
    default:
      return undefined;
  }
}

/** Whether a present value passes an inline test (as its schema's check would decide). */
export function passesInline(test: InlineTest, value: unknown): boolean {
  switch (test.type) {
    case "string": {
      if (typeof value !== "string") return false;
      for (const pattern of test.patterns) {
        pattern.lastIndex = 0;
        if (!pattern.test(value)) return false;
      }
      for (const refine of test.refines) if (!refine(value)) return false;
      return true;
    }
    case "number":
      return (
        typeof value === "number" &&
        Number.isFinite(value) &&
        (!test.integer || Number.isSafeInteger(value)) &&
        (test.lowerInclusive ? value >= test.lower : value > test.lower) &&
        (test.upperInclusive ? value <= test.upper : value < test.upper)
      );
    case "boolean":
      return typeof value === "boolean";
    case "enum":
      return test.values?.has(value) === true;
  }
}

